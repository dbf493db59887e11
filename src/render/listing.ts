import type {ChalkInstance} from 'chalk';
import type {Article} from '../article/types.js';
import {cleanLine} from './clean.js';
import {safeJson} from './json.js';
import {escapeMarkdown} from './markdown.js';

/*
The list of sections (--list-sections), one entry per section, numbered from 1 as --section counts.
An entry's title is its heading; the untitled lead section shows the start of its first paragraph
(whole words up to LEAD_EXCERPT characters, then …). The styles:
- json: [{number, heading}], heading null for the lead;
- markdown: a numbered list, the lead's excerpt in emphasis;
- tab-separated (piped): number, a tab, the title; for cut and awk;
- aligned (for people): numbers right-aligned in a two-cell margin, in colour when there is colour.
Titles are cleaned (clean.ts) and kept to one line.
*/

export type ListingStyle = 'json' | 'markdown' | 'tab-separated' | 'aligned';

type Entry = {number: number; title: string; lead: boolean};

/** Characters of the lead paragraph's start shown in a listing. */
const LEAD_EXCERPT = 40;

function excerpt(text: string): string {
	let out = '';
	for (const word of text.split(/\s+/u)) {
		if ([...out].length + [...word].length > LEAD_EXCERPT && out) return `${out}…`;
		out = out ? `${out} ${word}` : word;
	}
	return out;
}

function entries(article: Article): Entry[] {
	return article.sections.map((section, i) =>
		section.heading !== undefined
			? {number: i + 1, title: section.heading, lead: false}
			: {number: i + 1, title: excerpt(section.paragraphs[0] ?? ''), lead: true},
	);
}

/** The listing's lines, without newlines, in `style`. */
export function* listingLines(article: Article, style: ListingStyle, chalk: ChalkInstance | undefined): Generator<string> {
	const list = entries(article);
	if (style === 'json') return yield safeJson(list.map((e) => ({number: e.number, heading: e.lead ? null : e.title})));
	if (style === 'markdown') {
		for (const e of list) yield `${e.number}. ${e.lead ? `*${escapeMarkdown(e.title)}*` : escapeMarkdown(e.title)}`;
		return;
	}
	if (style === 'tab-separated') {
		for (const e of list) yield `${e.number}\t${cleanLine(e.title)}`;
		return;
	}
	const digits = String(list.length).length;
	for (const e of list) {
		const number = String(e.number).padStart(digits);
		const title = cleanLine(e.title);
		yield `  ${chalk?.cyan(number) ?? number}  ${(e.lead ? chalk?.italic(title) : chalk?.bold(title)) ?? title}`;
	}
}

/** The sections on one line, for a message: "1 title; 2 title". Not cleaned: messages are cleaned as a whole. */
export function sectionsInOneLine(article: Article): string {
	return entries(article)
		.map((e) => `${e.number} ${e.title}`)
		.join('; ');
}
