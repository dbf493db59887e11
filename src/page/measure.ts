import {isJunk} from './judge.js';
import type {Element} from './parse.js';
import {collapseSpace, elementsIn} from './tree.js';

/*
Sizes of every element that is not junk (judge.ts), found in one pass from the leaves up, so the
scorer and the collector never re-read a subtree to decide about it:
- text: characters of its text; a text node of only white space counts for nothing (others are
  counted as they are: a close measure, without copying every text to collapse it);
- links: the part of that inside links (<a>) to somewhere else: a link within the page (`#id`,
  a table of contents or a heading's anchor) is not counted;
- lead: the start of its text (at least LEAD characters when it has that many), for spotting
  read-also phrases;
- marks: commas and dandas in its text (prose has them; menus do not);
- blocky: whether a block element is inside it (then it is not one paragraph).
Junk elements have no entry: they count for nothing.
*/

export type Measure = {text: number; links: number; lead: string; marks: number; blocky: boolean};

const LEAD = 48;
const PROSE_MARKS = [',', '،', '，', '।'];
const NOT_SPACE = /[^ \t\n\r\f]/;
const IN_PAGE = /^\s*#./;

/** How many commas and dandas `text` has. */
function proseMarks(text: string): number {
	let count = 0;
	for (const mark of PROSE_MARKS) for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) count++;
	return count;
}

export const BLOCK_TAGS = new Set(
	'address article aside blockquote center dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr td th ul'.split(
		' ',
	),
);

/** Measures of the non-junk elements under `root` (rules above), and them in document order. */
export function measureTree(root: Element): {measures: Map<Element, Measure>; order: Element[]} {
	const order = elementsIn(root, isJunk);
	const measures = new Map<Element, Measure>();
	for (let i = order.length - 1; i >= 0; i--) {
		const element = order[i];
		let text = 0;
		let links = 0;
		let lead = '';
		let marks = 0;
		let blocky = false;
		for (const child of element.children) {
			if (typeof child === 'string') {
				if (!NOT_SPACE.test(child)) continue;
				text += child.length;
				marks += proseMarks(child);
				if (lead.length < LEAD) {
					const piece = collapseSpace(child.slice(0, LEAD * 2));
					lead = lead === '' ? piece : `${lead} ${piece}`;
				}
				continue;
			}
			const inner = measures.get(child);
			if (!inner) continue;
			text += inner.text;
			links += inner.links;
			marks += inner.marks;
			if (lead.length < LEAD && inner.lead !== '') lead = lead === '' ? inner.lead : `${lead} ${inner.lead}`;
			blocky ||= inner.blocky || BLOCK_TAGS.has(child.tag);
		}
		measures.set(element, {
			text,
			links: element.tag === 'a' && !IN_PAGE.test(element.attrs.href ?? '') ? text : links,
			lead: lead.slice(0, LEAD * 2),
			marks,
			blocky,
		});
	}
	return {measures, order};
}

/** The share of an element's text that is link text, 0 to 1. */
export function linkDensity(measure: Measure | undefined): number {
	return measure && measure.text > 0 ? measure.links / measure.text : 0;
}
