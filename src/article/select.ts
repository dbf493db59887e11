import type {Article, Section} from './types.js';

/*
Choosing sections with --section. A spec is one of:
- a number, from 1; the untitled lead section counts as 1;
- a range "2-3" (both ends included);
- otherwise text to find in a heading, compared after NFC normalisation with Latin case and the
  marks on Latin letters ignored (so `rahat` finds a romanised "rāhat"; marks of other scripts,
  such as Devanagari vowel signs, count).
Chosen sections come back in article order, each once.
*/

/** A spec that is not valid at all (a usage error), such as "0" or "3-1". */
export class SpecError extends Error {}

/** Valid specs that match no section (bad input); `article` holds the sections there are to choose from. */
export class NoMatchError extends Error {
	constructor(
		message: string,
		readonly article: Article,
	) {
		super(message);
	}
}

type Spec = {from: number; to: number} | {text: string};

export function parseSpec(spec: string): Spec {
	const range = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(spec);
	if (range) {
		const from = Number(range[1]);
		const to = range[2] === undefined ? from : Number(range[2]);
		if (from < 1 || to < from) throw new SpecError(`invalid section ${JSON.stringify(spec)}: numbers start at 1, ranges go up, like 2-3`);
		return {from, to};
	}
	if (spec.trim() === '') throw new SpecError('a section spec must not be empty');
	return {text: fold(spec.trim())};
}

const LATIN = /\p{Script=Latin}/gu;
const MARKS_ON_LATIN = /(?<=\p{Script=Latin})\p{M}+/gu;
function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(MARKS_ON_LATIN, '')
		.normalize('NFC')
		.replace(LATIN, (c) => c.toLowerCase());
}

function matches(spec: Spec, section: Section, number: number, other?: string): boolean {
	if ('text' in spec) return [section.heading, other].some((heading) => heading !== undefined && fold(heading).includes(spec.text));
	return number >= spec.from && number <= spec.to;
}

/**
The article with only the sections that the specs choose. `otherHeadings[i]`, if given, is another
heading that section i answers to as well (its original, when the article shown is romanised).
*/
export function selectSections(article: Article, specs: readonly string[], otherHeadings: readonly (string | undefined)[] = []): Article {
	if (specs.length === 0) return article;
	const parsed = specs.map(parseSpec);
	const chosen = (spec: Spec, s: Section, n: number) => matches(spec, s, n + 1, otherHeadings[n]);
	const unmatched = specs.filter((_, i) => !article.sections.some((s, n) => chosen(parsed[i], s, n)));
	if (unmatched.length > 0) throw new NoMatchError(`no section matches ${unmatched.map((s) => JSON.stringify(s)).join(', ')}`, article);
	return {...article, sections: article.sections.filter((s, n) => parsed.some((spec) => chosen(spec, s, n)))};
}
