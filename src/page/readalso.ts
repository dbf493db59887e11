import type {Related} from '../article/types.js';
import {isJunk} from './judge.js';
import {linkDensity, type Measure} from './measure.js';
import type {Element} from './parse.js';
import {collapseSpace, pushChildren, textOf} from './tree.js';

/*
Read-also boxes: the publisher's links to other stories, set inside the article's text. They are
not paragraphs; each link becomes a `related` entry, labelled as the box labels it.
1. A box is a block whose text starts with a READ_ALSO phrase (Hindi or English, any case,
   followed or not by a colon, dash or bar) and whose other text is its links: what is neither
   the phrase nor link text is at most a few characters (LOOSE_TEXT), none of them a letter: in
   "Related Coverage" followed by links, "Related" is not a label with the rest its links.
2. Its label is the phrase as the page writes it; each link's text is a title.
3. A block that is only the phrase (a heading over a list) labels the links of the next block.
4. A line of JSON-LD articleBody that starts with a phrase is an entry too: the rest of the line
   is its title. Having no links to go by, an English phrase there needs a colon, dash or bar
   after it ("Read more about the budget" is a sentence; "Read more: Budget" is an entry).
5. A block whose first element is only the phrase (a heading or label) and whose text is at least
   LABELLED_LINKS link text is a box whatever else it holds: its links are the entries, the
   teasers' other text is dropped.
*/

// The phrases, Hindi and English. Pages write ढ़ and ख़ with the nukta after the letter,
// precomposed (U+095D, U+0959) or without it: `flexible` matches all three.
const PHRASES = [
	'यह भी पढ़ें',
	'ये भी पढ़ें',
	'इसे भी पढ़ें',
	'इन्हें भी पढ़ें',
	'यह खबर भी पढ़ें',
	'ये खबर भी पढ़ें',
	'ये खबरें भी पढ़ें',
	'यह भी पढ़े',
	'ये भी पढ़े',
	'इसे भी पढ़े',
	'यह भी पढ़िए',
	'ये भी पढ़िए',
	'इसे भी पढ़िए',
	'यह भी देखें',
	'ये भी देखें',
	'और पढ़ें',
	'संबंधित खबरें',
	'also read',
	'read also',
	'read more',
	'see also',
	'also see',
	'must read',
	'related stories',
	'related news',
	'related',
];
/** A phrase as a pattern: ढ़ and ख़ with the nukta after the letter, precomposed, or left out. */
const flexible = (phrase: string) => phrase.replace(/ढ़?/gu, '(?:ढ़?|\u095D)').replace(/ख़?/gu, '(?:ख़?|\u0959)');

const READ_ALSO = new RegExp(`^(${PHRASES.map(flexible).join('|')})(?=$|[\\s:：\\-–—|।])[\\s:：\\-–—|]*`, 'iu');

const SEPARATOR = /[:：\-–—|]/;
const LATIN = /^[a-z]/i;
const LETTER = /\p{L}/u;

/** Non-link text a box may have besides its phrase (rule 1), and how many nodes are read to find it. */
const LOOSE_TEXT = 12;
const LOOSE_NODES = 64;
/** The share of link text a labelled box of teasers has at least (rule 5). */
const LABELLED_LINKS = 0.2;

export type ReadAlso = {label: string; titles: string[]};

/** The label of `text` when it starts with a read-also phrase, and the text after it. */
export function readAlsoLabel(text: string): {label: string; rest: string} | undefined {
	const match = READ_ALSO.exec(text);
	return match ? {label: match[1], rest: text.slice(match[0].length)} : undefined;
}

/** The label and title of an articleBody line that is a read-also entry (rule 4), or undefined. */
export function readAlsoLine(line: string): {label: string; rest: string} | undefined {
	const found = readAlsoLabel(line);
	if (!found || (LATIN.test(found.label) && found.rest !== '' && !SEPARATOR.test(line.slice(0, line.length - found.rest.length))))
		return undefined;
	return found;
}

/** The texts of the links in `element` (a link inside a link is part of it), in order, without empty ones. */
export function linkTitles(element: Element): string[] {
	const titles: string[] = [];
	const stack: Element[] = [element];
	while (stack.length > 0) {
		const next = stack.pop() as Element;
		if (next.tag === 'a') {
			const title = textOf(next);
			if (title !== '') titles.push(title);
			continue;
		}
		pushChildren(stack, next);
	}
	return titles;
}

/** The text of `element` outside links and junk, or undefined when that takes more than LOOSE_NODES nodes to find. */
function looseText(element: Element): string | undefined {
	let out = '';
	let budget = LOOSE_NODES;
	const stack: (Element | string)[] = [element];
	while (stack.length > 0) {
		if (--budget < 0) return undefined;
		const node = stack.pop() as Element | string;
		if (typeof node === 'string') out += node;
		else if (node === element || (node.tag !== 'a' && !isJunk(node)))
			for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
	}
	return out;
}

/** Whether the first child element of `element` is only a read-also phrase (rule 5). */
function startsWithLabel(element: Element, measures: Map<Element, Measure>): boolean {
	const first = element.children.find((child): child is Element => typeof child !== 'string' && measures.has(child));
	const measure = first && measures.get(first);
	if (!measure || measure.links > 0) return false;
	const found = readAlsoLabel(measure.lead);
	return found !== undefined && found.rest === '' && measure.text <= measure.lead.length;
}

/** The box `element` is (rules 1 and 5), or undefined; `labelOnly` (rule 3) when it is just the phrase. */
export function readAlsoBox(element: Element, measures: Map<Element, Measure>): ReadAlso | {labelOnly: string} | undefined {
	const measure = measures.get(element);
	const found = measure && readAlsoLabel(measure.lead);
	if (!measure || !found) return undefined;
	const phrase = measure.lead.length - found.rest.length;
	if (found.rest === '' && measure.text <= phrase) return {labelOnly: found.label};
	if (measure.links === 0) return undefined;
	if (linkDensity(measure) >= LABELLED_LINKS && startsWithLabel(element, measures))
		return {label: found.label, titles: linkTitles(element)};
	if (measure.text - measure.links - phrase > LOOSE_TEXT) return undefined;
	const loose = looseText(element);
	if (loose === undefined || LETTER.test(readAlsoLabel(collapseSpace(loose))?.rest ?? '')) return undefined;
	return {label: found.label, titles: linkTitles(element)};
}

// The titles each list of entries has, so that adding one costs the same however long the list is.
const TITLES = new WeakMap<Related[], Set<string>>();

/** Adds entries to `related` (a list only this adds to), leaving out a title it already has. */
export function addRelated(related: Related[], label: string, titles: string[]): void {
	const seen = TITLES.get(related) ?? new Set(related.map((entry) => entry.title));
	TITLES.set(related, seen);
	for (const title of titles) {
		if (seen.has(title)) continue;
		seen.add(title);
		related.push({label, title});
	}
}
