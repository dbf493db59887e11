// Makes data/article.json from the seed text (data/source/article.txt), word for word.
// Run: node scripts/make-article.mjs [seed.txt [out.json]]. The output (data/article.json by default) is
// committed; news-read never reads the seed. A test checks that the committed file is this script's output.
//   line 1: "<topic> : <headline sentence>. <summary sentence>."
//   line 2: the untitled lead section
//   then:   a short line is a section heading; longer lines are its paragraphs
//   last:   "<label>- <title>", a related article
import {readFileSync, writeFileSync} from 'node:fs';

const seedPath = process.argv[2] ?? new URL('../data/source/article.txt', import.meta.url);
const lines = readFileSync(seedPath, 'utf8')
	.split('\n')
	.filter((line) => line.trim() !== '');

const first = lines[0];
const topicEnd = first.indexOf(' : ');
const rest = first.slice(topicEnd + 3);
const sentenceEnd = rest.indexOf('. ') + 1;
const [label, title] = lines.at(-1).split(/- (.*)/su);

const sections = [{paragraphs: [lines[1]]}];
for (const line of lines.slice(2, -1)) {
	if ([...line].length <= 120) sections.push({heading: line, paragraphs: []});
	else sections.at(-1).paragraphs.push(line);
}

const article = {
	language: 'hi',
	topic: first.slice(0, topicEnd),
	headline: rest.slice(0, sentenceEnd),
	summary: rest.slice(sentenceEnd + 1),
	sections,
	related: [{label, title}],
};
writeFileSync(process.argv[3] ?? new URL('../data/article.json', import.meta.url), `${JSON.stringify(article, null, 2)}\n`);
