import type {Related} from '../article/types.js';
import {isParagraph, type Unlikely} from './body.js';
import {isAdLabel, isFurnitureLabel, isJunk} from './judge.js';
import {isLink, linkDensity, type Measure} from './measure.js';
import type {Element} from './parse.js';
import {addRelated, linkTitles, readAlsoBox, readAlsoLine} from './readalso.js';
import {collapseSpace, pushChildren, rawText} from './tree.js';

/*
The article's headings and paragraphs, read from the content containers (body.ts) in document
order:
1. <h2> and <h3> are headings; <h1> (the headline) is left out. A <p> that is all bold (one
   <strong> or <b> and nothing else) is a heading too when it is short (at most BOLD_HEADING
   characters), not a link, not ending as a sentence or a lead-in does (. ! । : ; ,), not in a
   list item or quote, and not right after a heading (then it is that section's first line):
   many sites write subheadings that way. One that no paragraph follows (a closing line in
   bold, "The author is …") stays a paragraph.
2. A <p>, an <h4>-<h6>, a block of loose text (body.ts, rule 1), and a <li>, <blockquote> or
   <dd> with no block inside it are paragraphs; other elements are read through. A paragraph's
   text is flattened and its white space collapsed; two line breaks in a row (<br><br>) split it.
3. Left out: junk and (in the first try) unlikely elements (judge.ts), except inside a paragraph,
   where only junk is: class words never cut a sentence. Also lists that are mostly links,
   paragraphs and list items that are mostly links (a teaser or a "more" link), empty ones, and
   headings and paragraphs inside a link (a teaser card that is one link: its text is the link's).
4. A furniture label ("Comments", "Most read", judge.ts rule 6) is left out with what follows it
   in its container: the comments or list it heads. An ad's label is left out by itself.
5. Read-also boxes (readalso.ts) are not read: their links are `related` entries. So are the
   read-also lines of a paragraph split by <br><br> (read as articleBody lines are, readalso.ts).
6. Headings (h2 to h4) whose text is mostly a link, or that are inside a link (a whole teaser
   card can be one link), are counted, and so are <article> elements inside the content: they
   tell a page of teasers from an article (article.ts).
*/

export type Block = {heading: string} | {paragraph: string};

export type Collected = {
	blocks: Block[];
	related: Related[];
	/** Headings that are mostly link text, and all headings (h2 to h4) seen (rule 6). */
	linkedHeadings: number;
	headings: number;
	/** <article> elements inside the content: teaser cards, when there are several (rule 6). */
	articles: number;
};

const LINE_BREAK = '\0'; // never in page text: the tokenizer turns NUL into U+FFFD
const PARAGRAPH_BREAK = /\0[ \t\n\r\f]*\0[\0 \t\n\r\f]*/;
const HEADINGS = new Set(['h2', 'h3']);
const PARAGRAPHS = new Set(['p', 'h4', 'h5', 'h6']);
const ITEMS = new Set(['li', 'blockquote', 'dd', 'dt']);
const LISTS = new Set(['ul', 'ol', 'dl', 'menu']);
const MOSTLY_LINKS = 0.5;
const BOLD_HEADING = 120;
const BOLD = new Set(['strong', 'b']);
const SENTENCE_END = /[.!।:;,]$/u;
const NOT_SPACE = /[^ \t\n\r\f]/;

/** The text of a <p> that is a subheading written in bold (rule 1), or undefined. */
function boldHeading(element: Element, measure: Measure): string | undefined {
	if (element.tag !== 'p' || measure.text > BOLD_HEADING || measure.links > 0) return undefined;
	if (element.parent && ITEMS.has(element.parent.tag)) return undefined;
	let bold: Element | undefined;
	for (const child of element.children) {
		if (typeof child === 'string') {
			if (NOT_SPACE.test(child)) return undefined;
		} else if (bold || !BOLD.has(child.tag)) return undefined;
		else bold = child;
	}
	const text = bold && paragraphsOf(bold).join(' ');
	return text && !SENTENCE_END.test(text) ? text : undefined;
}

/** How far up a link around a heading is looked for (rule 6). */
const LINK_AROUND = 8;

/** Whether `element` is inside a link to somewhere else, within LINK_AROUND levels. */
function insideLink(element: Element): boolean {
	let ancestor = element.parent;
	for (let level = 0; ancestor && level < LINK_AROUND; level++, ancestor = ancestor.parent) if (isLink(ancestor)) return true;
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
	const bold: number[] = []; // where the headings of bold paragraphs are in out.blocks
	let label: string | undefined; // a read-also phrase waiting for the links after it (readalso.ts, rule 3)
	const stack = [...roots].reverse();
	while (stack.length > 0) {
		const element = stack.pop() as Element;
		const measure = measures.get(element);
		if (!measure || measure.text === 0) continue;
		if (measure.links === 0 && isAdLabel(measure.text, measure.lead)) continue;
		if (measure.links === 0 && isFurnitureLabel(measure.text, measure.lead)) {
			while (stack.length > 0 && stack[stack.length - 1].parent === element.parent) stack.pop();
			continue;
		}
		const box = readAlsoBox(element, measures);
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
		const leaf = PARAGRAPHS.has(tag) || (ITEMS.has(tag) && !measure.blocky) || isParagraph(element, measure);
		const linked = (leaf || HEADINGS.has(tag)) && insideLink(element);
		if (HEADINGS.has(tag) || tag === 'h4') {
			out.headings++;
			if (linky || linked) out.linkedHeadings++;
		}
		if (tag === 'article') out.articles++;
		if (tag === 'h1' || linked) continue;
		if (HEADINGS.has(tag)) {
			const heading = paragraphsOf(element).join(' ');
			if (heading !== '') out.blocks.push({heading});
			continue;
		}
		if (leaf || LISTS.has(tag)) {
			if (linky) continue;
			const previous = out.blocks[out.blocks.length - 1];
			const heading = previous && 'heading' in previous ? undefined : boldHeading(element, measure);
			if (heading) {
				bold.push(out.blocks.length);
				out.blocks.push({heading});
				continue;
			}
			if (leaf) {
				const pieces = paragraphsOf(element);
				for (const paragraph of pieces) {
					const readAlso = pieces.length > 1 ? readAlsoLine(paragraph) : undefined;
					if (readAlso?.rest) addRelated(out.related, readAlso.label, [readAlso.rest]);
					else out.blocks.push({paragraph});
				}
				continue;
			}
		}
		pushChildren(stack, element);
	}
	for (const at of bold) {
		const next = out.blocks[at + 1];
		if (!next || 'heading' in next) out.blocks[at] = {paragraph: (out.blocks[at] as {heading: string}).heading};
	}
	return out;
}
