import type {Article, Related, Section} from '../article/types.js';
import {findContent, unlikelyIn} from './body.js';
import {type Block, collect} from './collect.js';
import {isJunk} from './judge.js';
import {measureTree} from './measure.js';
import {type Metadata, readMetadata} from './metadata.js';
import {type Element, parseHtml} from './parse.js';
import {addRelated, readAlsoLine} from './readalso.js';
import {collapseSpace, firstText, rawText} from './tree.js';

/*
A page to an Article, the same type JSON input gives, or the reason there is none.
1. The body: the page's own headings and paragraphs (body.ts, collect.ts). JSON-LD articleBody
   is used instead when the page shows none of it or less than half as much text (text put in
   by scripts, or cut short): its lines are paragraphs, read-also lines become related entries.
   An articleBody written in HTML is read as the content of a page (collect.ts), or, with no
   paragraph elements, line by line.
2. Sections: the paragraphs before the first heading are the untitled lead; each heading starts
   a section. A heading with no paragraph after it is left out.
3. The summary is left out when it only repeats the start of the first paragraph (or the headline).
4. No article: a page without paragraphs or without a headline; a page with no article in its
   JSON-LD that reads like a list of teasers (three or more headings that are links, at least
   half of its headings, or three or more <article> elements in its content), unless og:type
   says article and JSON-LD does not call it a collection (articles have linked subheadings and
   related cards too); a page
   that says neither in JSON-LD nor with og:type that it is an article, with less than
   SHORTEST_ARTICLE characters of text.
*/

export const NO_ARTICLE = 'no article found in this page';

export type PageResult = {article: Article} | {refusal: string};

const SHORTEST_ARTICLE = 200;
const ELLIPSIS = /(?:\.\.\.|…)$/u;
// An articleBody written in HTML has paragraph or line-break tags.
const HTML_BODY = /<(?:p|br|div|h[2-6])[\s/>]/i;
const LINE_END = /\r\n|[\n\r\u2028\u2029]/;

function sections(blocks: Block[]): Section[] {
	const out: Section[] = [{paragraphs: []}];
	for (const block of blocks) {
		if ('heading' in block) out.push({heading: block.heading, paragraphs: []});
		else out[out.length - 1].paragraphs.push(block.paragraph);
	}
	return out.filter((section) => section.paragraphs.length > 0);
}

/** articleBody's paragraphs and read-also entries (rule 1). */
function fromArticleBody(body: string): {blocks: Block[]; related: Related[]} {
	let lines = body;
	if (HTML_BODY.test(body)) {
		// All of it is the article: collected without scoring; loose text and <br>s make lines.
		const root = parseHtml(body);
		const found = collect([root], measureTree(root).measures);
		if (found.blocks.length > 0) return found;
		lines = rawText(root, isJunk, '\n');
	}
	const blocks: Block[] = [];
	const related: Related[] = [];
	for (const line of lines.split(LINE_END)) {
		const text = collapseSpace(line);
		const readAlso = readAlsoLine(text);
		if (readAlso) addRelated(related, readAlso.label, readAlso.rest === '' ? [] : [readAlso.rest]);
		else if (text !== '') blocks.push({paragraph: text});
	}
	return {blocks, related};
}

type Body = {blocks: Block[]; related: Related[]; teasers: boolean};

function readBody(root: Element): Body | undefined {
	const {measures, order} = measureTree(root);
	for (const unlikely of [unlikelyIn(measures, measures.get(root)?.text ?? 0), undefined]) {
		const content = findContent(order, measures, unlikely);
		if (!content) continue;
		const found = collect(content.roots, measures, unlikely);
		if (found.blocks.length === 0) continue;
		const teasers = (found.linkedHeadings >= 3 && found.linkedHeadings * 2 >= found.headings) || found.articles >= 3;
		return {blocks: found.blocks, related: found.related, teasers};
	}
	return undefined;
}

const textLength = (blocks: Block[]) => blocks.reduce((sum, b) => sum + ('paragraph' in b ? b.paragraph.length : 0), 0);

function chooseBody(html: Body | undefined, meta: Metadata): Body | undefined {
	if (meta.articleBody === undefined) return html;
	const fallback = fromArticleBody(meta.articleBody);
	if (html && textLength(html.blocks) * 2 >= textLength(fallback.blocks)) return html;
	const related = [...(html?.related ?? [])];
	for (const entry of fallback.related) addRelated(related, entry.label ?? '', [entry.title]);
	return {blocks: fallback.blocks, related, teasers: false};
}

function withoutRepeat(summary: string | undefined, headline: string, first: string | undefined): string | undefined {
	if (summary === undefined) return undefined;
	const start = summary.replace(ELLIPSIS, '').trimEnd();
	if (start === '' || summary === headline || first?.startsWith(start)) return undefined;
	return summary;
}

/** The article of an HTML page (rules above). */
export function readPage(html: string): PageResult {
	const root = parseHtml(html);
	const meta = readMetadata(root);
	const body = chooseBody(readBody(root), meta);
	if (!body || body.blocks.length === 0) return {refusal: NO_ARTICLE};
	if (!meta.ldArticle && body.teasers && (!meta.ogArticle || meta.ldCollection)) return {refusal: NO_ARTICLE};
	if (!meta.ldArticle && !meta.ogArticle && textLength(body.blocks) < SHORTEST_ARTICLE) return {refusal: NO_ARTICLE};
	const headline = meta.headline ?? meta.ogTitle ?? firstText(root, 'h1') ?? meta.pageTitle;
	const parts = sections(body.blocks);
	if (!headline || parts.length === 0) return {refusal: NO_ARTICLE};
	const summary = withoutRepeat(meta.summary, headline, parts[0].paragraphs[0]);
	return {
		article: {
			language: meta.language,
			...(meta.topic !== undefined && {topic: meta.topic}),
			headline,
			...(summary !== undefined && {summary}),
			...(meta.published !== undefined && {published: meta.published}),
			...(meta.authors !== undefined && {authors: meta.authors}),
			...(meta.source !== undefined && {source: meta.source}),
			sections: parts,
			...(body.related.length > 0 && {related: body.related}),
		},
	};
}
