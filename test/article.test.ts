// data/article.json is the seed converted word for word by scripts/make-article.mjs.
// The first test only compares the file with its generator's output; the second checks the words
// against the seed without the generator.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {expect, test} from 'vitest';

const root = new URL('..', import.meta.url).pathname;

test('the bundled article is the seed, converted by scripts/make-article.mjs', () => {
	const out = join(mkdtempSync(join(tmpdir(), 'news-read-article-')), 'article.json');
	execFileSync(process.execPath, [join(root, 'scripts/make-article.mjs'), join(root, 'data/source/article.txt'), out]);
	expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(root, 'data/article.json'), 'utf8'));
});

test('its words are the seed’s words, in order, spellings kept', () => {
	const article = JSON.parse(readFileSync(join(root, 'data/article.json'), 'utf8'));
	const seed = readFileSync(join(root, 'data/source/article.txt'), 'utf8');
	const words = (text: string) => text.split(/\s+/u).filter(Boolean);
	const ours = [
		`${article.topic} : ${article.headline} ${article.summary}`,
		...article.sections.flatMap((s: {heading?: string; paragraphs: string[]}) => [s.heading ?? '', ...s.paragraphs]),
		`${article.related[0].label}- ${article.related[0].title}`,
	].join(' ');
	expect(words(ours)).toEqual(words(seed));
	expect(article.topic).toBe('Russia-Chian Relation');
});
