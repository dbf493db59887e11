import type {Related} from '../article/types.js';
import {isParagraph, type Unlikely} from './body.js';
import {isJunk} from './judge.js';
import {linkDensity, type Measure} from './measure.js';
import type {Element} from './parse.js';
import {addRelated, linkTitles, readAlsoBox} from './readalso.js';
import {collapseSpace, pushChildren, rawText} from './tree.js';

/*
The article's headings and paragraphs, read from the content containers (body.ts) in document
order:
1. <h2> and <h3> are headings; <h1> (the headline) is left out.
2. A <p>, an <h4>-<h6>, a block of loose text (body.ts, rule 1), and a <li>, <blockquote> or
   <dd> with no block inside it are paragraphs; other elements are read through. A paragraph's
   text is flattened and its white space collapsed; two line breaks in a row (<br><br>) split it.
3. Left out: junk and (in the first try) unlikely elements (judge.ts), except inside a paragraph,
   where only junk is: class words never cut a sentence. Also lists that are mostly links,
   paragraphs and list items that are mostly links (a teaser or a "more" link), empty ones.
4. Read-also boxes (readalso.ts) are not read: their links are `related` entries.
5. Headings (h2 to h4) whose text is mostly a link, or that are inside a link (a whole teaser
   card can be one link), are counted, and so are <article> elements inside the content: they
   tell a page of teasers from an article (article.ts).
*/

export type Block = {heading: string} | {paragraph: string};

export type Collected = {
	blocks: Block[];
	related: Related[];
	/** Headings that are mostly link text, and all headings (h2 to h4) seen (rule 5). */
	linkedHeadings: number;
	headings: number;
	/** <article> elements inside the content: teaser cards, when there are several (rule 5). */
	articles: number;
};

const LINE_BREAK = '\0'; // never in page text: the tokenizer turns NUL into U+FFFD
const PARAGRAPH_BREAK = /\0[ \t\n\r\f]*\0[\0 \t\n\r\f]*/;
const HEADINGS = new Set(['h2', 'h3']);
const PARAGRAPHS = new Set(['p', 'h4', 'h5', 'h6']);
const ITEMS = new Set(['li', 'blockquote', 'dd', 'dt']);
const LISTS = new Set(['ul', 'ol', 'dl', 'menu']);
const MOSTLY_LINKS = 0.5;

/** How far up a link around a heading is looked for (rule 5). */
const LINK_AROUND = 8;

/** Whether `element` is inside a link, within LINK_AROUND levels. */
function insideLink(element: Element): boolean {
	let ancestor = element.parent;
	for (let level = 0; ancestor && level < LINK_AROUND; level++, ancestor = ancestor.parent) if (ancestor.tag === 'a') return true;
	return false;
}

/** The paragraphs of a paragraph element (rule 2). Inside it only junk is left out: class words do not cut the publisher's sentences. */
function paragraphsOf(element: Element): string[] {
	return rawText(element, isJunk, LINE_BREAK)
		.split(PARAGRAPH_BREAK)
		.map((piece) => collapseSpace(piece.replaceAll(LINE_BREAK, ' ')))
		.filter((text) => text !== '');
}

/** The headings, paragraphs and read-also links of the content (rules above). */
export function collect(roots: Element[], measures: Map<Element, Measure>, unlikely?: Unlikely): Collected {
	const out: Collected = {blocks: [], related: [], linkedHeadings: 0, headings: 0, articles: 0};
	let label: string | undefined; // a read-also phrase waiting for the links after it (readalso.ts, rule 3)
	const stack = [...roots].reverse();
	while (stack.length > 0) {
		const element = stack.pop() as Element;
		const measure = measures.get(element);
		if (!measure || measure.text === 0) continue;
		const box = readAlsoBox(element, measure);
		if (!box && unlikely?.(element)) continue;
		const {tag} = element;
		if (box && 'labelOnly' in box) {
			label = box.labelOnly;
			continue;
		}
		if (box) {
			addRelated(out.related, box.label, box.titles);
			label = undefined;
			continue;
		}
		const linky = linkDensity(measure) > MOSTLY_LINKS;
		if (label !== undefined && linky) {
			addRelated(out.related, label, linkTitles(element));
			label = undefined;
			continue;
		}
		label = undefined;
		if (HEADINGS.has(tag) || tag === 'h4') {
			out.headings++;
			if (linky || insideLink(element)) out.linkedHeadings++;
		}
		if (tag === 'article') out.articles++;
		if (tag === 'h1') continue;
		if (HEADINGS.has(tag)) {
			const heading = paragraphsOf(element).join(' ');
			if (heading !== '') out.blocks.push({heading});
			continue;
		}
		const leaf = PARAGRAPHS.has(tag) || (ITEMS.has(tag) && !measure.blocky) || isParagraph(element, measure);
		if (leaf || LISTS.has(tag)) {
			if (linky) continue;
			if (leaf) {
				for (const paragraph of paragraphsOf(element)) out.blocks.push({paragraph});
				continue;
			}
		}
		pushChildren(stack, element);
	}
	return out;
}
