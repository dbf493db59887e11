// The article shapes npm run bench measures on. Each is built from the seed text
// (data/source/article.txt) and word lists written here, chosen by a seeded generator: every run
// measures the same text. A shape makes an article of about `size` bytes of JSON, and the same text
// as lines (each heading and paragraph one line) for `fold`.
import {seedParagraphs} from './bench-common.mjs';

/** A small seeded generator (mulberry32): numbers in [0, 1), the same sequence for the same seed. */
export function random(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const DEVANAGARI = /[\u0900-\u097f]/u;

/** The Devanagari words of the seed, without the punctuation glued to them. */
function hindiWords() {
	const words = seedParagraphs()
		.join(' ')
		.split(/\s+/u)
		.map((w) => w.replace(/[.,:;!?()]+/gu, ''))
		.filter((w) => DEVANAGARI.test(w));
	return [...new Set(words)];
}

// Thai written for this bench: no spaces between words, a space between phrases.
const THAI_WORDS = (
	'ประธานาธิบดี รัสเซีย จีน ได้ พูดคุย กัน ผ่าน การ ประชุม ทาง วิดีโอ เมื่อ วันพุธ ที่ผ่านมา ทั้งสอง ประเทศ ' +
	'ความร่วมมือ ด้าน เศรษฐกิจ และ ความมั่นคง ระหว่าง สงคราม ใน ยูเครน รัฐบาล ประกาศ นโยบาย ใหม่ เกี่ยวกับ ' +
	'การค้า พลังงาน น้ำมัน ก๊าซ ธรรมชาติ นักท่องเที่ยว วีซ่า ฟรี ผู้นำ กล่าว ว่า เรา จะ ยังคง สนับสนุน ซึ่งกันและกัน ' +
	'อย่างต่อเนื่อง ใน อนาคต ตลาด หุ้น ราคา สินค้า เพิ่มขึ้น ลดลง ประชาชน หลาย ล้าน คน ติดตาม ข่าว นี้ อย่างใกล้ชิด'
).split(' ');

// Latin words written for this bench.
const LATIN_WORDS = (
	'the presidents of russia and china spoke by video on wednesday about trade energy visas and security ' +
	'while the war in ukraine went on both leaders said their countries would keep supporting each other ' +
	'markets rose and fell as millions of readers followed the news closely through the long night'
).split(' ');

const pick = (rng, list) => list[Math.floor(rng() * list.length)];
const between = (rng, low, high) => low + Math.floor(rng() * (high - low + 1));

/** `count` words chosen from `words`, joined by `separator`. */
function words(rng, list, count, separator = ' ') {
	const out = [];
	for (let i = 0; i < count; i++) out.push(pick(rng, list));
	return out.join(separator);
}

/** A Hindi sentence ending in `end`: plain words, and with `glued` punctuation also asides in brackets and quotes. */
function hindiSentence(rng, list, end, glued) {
	const parts = [];
	const count = between(rng, 6, 16);
	for (let i = 0; i < count; i++) {
		const r = glued ? rng() : 1;
		if (r < 0.08) parts.push(`( ${words(rng, list, between(rng, 1, 4))} )`);
		else if (r < 0.14) parts.push(`(${words(rng, list, between(rng, 1, 3))})`);
		else if (r < 0.19) parts.push(`“${words(rng, list, between(rng, 1, 4))}”`);
		else if (r < 0.23) parts.push(`"${words(rng, list, between(rng, 1, 3))}"`);
		else if (r < 0.26) parts.push(`'${pick(rng, list)}'`);
		else if (r < 0.3) parts.push(`${pick(rng, list)} ,`);
		else parts.push(pick(rng, list));
	}
	return `${parts.join(' ')}${end}`;
}

/** Words chosen from `list` until they make `size` bytes, counting `separator` bytes after each. */
function wordsUpTo(rng, list, size, separator) {
	const out = [];
	for (let bytes = 0; bytes < size; ) {
		const word = pick(rng, list);
		out.push(word);
		bytes += Buffer.byteLength(word) + separator;
	}
	return out;
}

/** Sections of paragraphs, added until the JSON passes `size` bytes. */
function sectionsUpTo(size, makeSection) {
	const sections = [];
	let bytes = 0;
	while (bytes < size) {
		const section = makeSection(sections.length);
		bytes += Buffer.byteLength(JSON.stringify(section)) + 1;
		sections.push(section);
	}
	return sections;
}

/** An article of about `size` bytes of `sections`, and its text as lines for fold. */
function article(language, sections) {
	const json = JSON.stringify({language, headline: 'बड़ा लेख', sections});
	const text = `${sections.flatMap((s) => (s.heading === undefined ? s.paragraphs : [s.heading, ...s.paragraphs])).join('\n')}\n`;
	return {json, text};
}

/**
An article of Hindi sections of about `size` bytes, from a generator seeded with `seed`: headings of
`headingWords` words, `paragraphs` paragraphs of `sentences` sentences each ([fewest, most]), each
sentence ending in " ।", with asides and quotes if `glued`.
*/
function hindiSections(size, seed, {headingWords, paragraphs, sentences, glued}) {
	const rng = random(seed);
	const list = hindiWords();
	const sentence = () => hindiSentence(rng, list, ' ।', glued);
	const sections = sectionsUpTo(size, () => ({
		heading: words(rng, list, between(rng, ...headingWords)),
		paragraphs: Array.from({length: between(rng, ...paragraphs)}, () =>
			Array.from({length: between(rng, ...sentences)}, sentence).join(' '),
		),
	}));
	return article('hi', sections);
}

/**
The shapes, each `{name, what, make(size)}`; make returns `{json, text}`. Every shape has the same
seed on every run, so the text is the same from run to run.
*/
export const SHAPES = [
	{
		name: 'long paragraphs',
		what: 'the seed paragraphs (up to 1,600 characters), four to a section with a heading',
		make(size) {
			const paragraphs = seedParagraphs();
			let i = 0;
			const sections = sectionsUpTo(size, (n) => ({
				heading: `खंड ${n + 1}`,
				paragraphs: [0, 1, 2, 3].map(() => paragraphs[i++ % paragraphs.length]),
			}));
			return article('hi', sections);
		},
	},
	{
		name: 'short sections',
		what: 'about 1,100 sections per MB, each a heading of 2-6 words and one or two paragraphs of 2-4 sentences',
		make: (size) => hindiSections(size, 13, {headingWords: [2, 6], paragraphs: [1, 2], sentences: [2, 4], glued: false}),
	},
	{
		name: 'one unbroken paragraph',
		what: 'one section of one paragraph: Devanagari words with no space between them',
		make: (size) => article('hi', [{paragraphs: [wordsUpTo(random(17), hindiWords(), size, 0).join('')]}]),
	},
	{
		name: 'danda, brackets, quotes',
		what: 'a space before every danda and comma; asides in ( ) and (…); “ ” and straight quotes',
		make: (size) => hindiSections(size, 19, {headingWords: [2, 5], paragraphs: [2, 5], sentences: [2, 8], glued: true}),
	},
	{
		name: 'Thai',
		what: 'Thai phrases of 3-12 words written without spaces, a space between phrases',
		make(size) {
			const rng = random(23);
			const phrase = () => words(rng, THAI_WORDS, between(rng, 3, 12), '');
			const sections = sectionsUpTo(size, () => ({
				heading: phrase(),
				paragraphs: Array.from({length: between(rng, 1, 4)}, () => Array.from({length: between(rng, 3, 14)}, phrase).join(' ')),
			}));
			return article('th', sections);
		},
	},
];

/**
Text for the unbroken-paragraph measure: about `size` bytes of words of `script` ('devanagari' or
'latin') joined by spaces. The same without spaces is the unbroken paragraph.
*/
export function spacedText(script, size) {
	return wordsUpTo(random(29), script === 'latin' ? LATIN_WORDS : hindiWords(), size, 1).join(' ');
}
