import {hintWeight, isUnlikely} from './judge.js';
import {linkDensity, type Measure} from './measure.js';
import type {Element} from './parse.js';

/*
Where the article's text is: the container that holds most of its paragraphs, found by scoring
as Mozilla's Readability does (`_grabArticle`), on the measures of measure.ts.
1. Paragraphs: <p>, and blocks with no block inside them (a <div> of text), of at least
   MIN_PARAGRAPH characters, outside junk and (in the first try) outside unlikely elements.
2. Each scores 1, plus one per comma or danda (up to 50), plus one per 100 characters up to 3. Its score
   goes to its parent in full, its grandparent in half, and the next three ancestors in a sixth,
   a ninth and a twelfth.
3. A container starts at a score by its tag (TAG_SCORES) plus its class, id and itemprop weight
   (±25, judge.ts);
   its final score is multiplied by (1 - its link density).
4. The best container is the content, unless two or more of the next RIVALS best score at least
   3/4 of it (a live blog's entries): then the nearest ancestor that holds three of them, or both.
   Else its ancestors are looked at, going up while their scores stay above a third of it: the
   first that scores more than the one below it is the content (the story's first paragraphs
   beside a "read more" box that holds the rest).
5. While the content is its parent's only element, the parent is the content. Its siblings join
   it, in document order, when they have its class, or score at least a fifth of it (and at least
   SIBLING_MIN), or are a paragraph of more than 80 characters with little link text (a story
   cut into parts by figures or a "read more" box).
6. Unlikely elements are left out only in the first try (article.ts tries again with them). The
   parts JSON-LD hasPart names (metadata.ts: a paywalled part, often class "paywall") never are.
7. When the content holds an element the publisher marks as the article's body (itemprop or name
   "articleBody", as schema.org microdata has it) with at least MARKED_SHARE of its text, that
   element alone is the content: what the content has besides it is the page around the body
   (a print-edition line, a related-coverage box, the header).
*/

const MIN_PARAGRAPH = 25;
const SIBLING_MIN = 10;
const CLOSE_SCORE = 0.75;
const CLOSE_COUNT = 3;
const RIVALS = 4;
const ANCESTOR_LEVELS = 5;
const MARKED_SHARE = 2 / 3;
const ARTICLE_BODY = /(?:^|\s)articlebody(?:\s|$)/i;
const TAG_SCORES: Record<string, number> = {
	div: 5,
	article: 10,
	main: 5,
	section: 3,
	pre: 3,
	td: 3,
	blockquote: 3,
	form: -3,
	ol: -3,
	ul: -3,
	dl: -3,
	dd: -3,
	dt: -3,
	li: -3,
	address: -3,
	th: -5,
	h1: -5,
	h2: -5,
	h3: -5,
	h4: -5,
	h5: -5,
	h6: -5,
};
export const TEXT_BLOCKS = new Set(['div', 'section', 'article', 'main', 'td', 'center']);

export type Content = {
	/** The containers whose text is the article, in document order. */
	roots: Element[];
};

/** Which elements are left out as unlikely: judge.ts's rule, given each one's share of the page's text. */
export type Unlikely = (element: Element) => boolean;

/** The unlikely test for a page measured in `measures`, whose whole text is `total` characters; `isPart` elements are the article's. */
export function unlikelyIn(measures: Map<Element, Measure>, total: number, isPart: (element: Element) => boolean): Unlikely {
	return (element) => {
		if (isPart(element)) return false;
		const text = measures.get(element)?.text ?? 0;
		return isUnlikely(element, text, total > 0 ? text / total : 0);
	};
}

/** Whether an element is a paragraph for scoring (rule 1). */
export function isParagraph(element: Element, measure: Measure): boolean {
	return element.tag === 'p' || (TEXT_BLOCKS.has(element.tag) && !measure.blocky && measure.text > 0);
}

/** Elements of `order` that are not inside an unlikely element, when there is a test. */
function likely(order: Element[], isUnlikely: Unlikely | undefined): Element[] {
	if (!isUnlikely) return order;
	const out: Element[] = [];
	const unlikely = new Set<Element>();
	for (const element of order) {
		if ((element.parent && unlikely.has(element.parent)) || isUnlikely(element)) unlikely.add(element);
		else out.push(element);
	}
	return out;
}

function score(order: Element[], measures: Map<Element, Measure>): Map<Element, number> {
	const scores = new Map<Element, number>();
	const add = (element: Element | undefined, points: number) => {
		if (!element || !measures.has(element)) return;
		scores.set(element, (scores.get(element) ?? (TAG_SCORES[element.tag] ?? 0) + hintWeight(element)) + points);
	};
	for (const element of order) {
		const measure = measures.get(element) as Measure;
		if (!isParagraph(element, measure) || measure.text < MIN_PARAGRAPH) continue;
		const points = 1 + Math.min(measure.marks, 50) + Math.min(Math.floor(measure.text / 100), 3);
		let ancestor = element.parent;
		for (let level = 0; ancestor && level < ANCESTOR_LEVELS; level++, ancestor = ancestor.parent) {
			add(ancestor, level === 0 ? points : level === 1 ? points / 2 : points / (level * 3));
		}
	}
	for (const [element, points] of scores) scores.set(element, points * (1 - linkDensity(measures.get(element))));
	return scores;
}

/** The best container, or the ancestor that holds its close rivals (rule 4). */
function best(scores: Map<Element, number>): Element | undefined {
	let top: Element | undefined;
	for (const [element, points] of scores) if (!top || points > (scores.get(top) as number)) top = element;
	if (!top) return undefined;
	const bar = (scores.get(top) as number) * CLOSE_SCORE;
	const rivals = [...scores]
		.filter(([element, points]) => element !== top && points >= bar)
		.sort((a, b) => b[1] - a[1])
		.slice(0, RIVALS);
	if (rivals.length < 2) return betterAncestor(top, scores);
	const needed = Math.min(CLOSE_COUNT, rivals.length);
	const held = new Map<Element, number>(); // ancestor: how many rivals it holds
	for (const [rival] of rivals) for (let e = rival.parent; e; e = e.parent) held.set(e, (held.get(e) ?? 0) + 1);
	for (let ancestor = top.parent; ancestor; ancestor = ancestor.parent) if ((held.get(ancestor) ?? 0) >= needed) return ancestor;
	return betterAncestor(top, scores);
}

/** Whether `element` is the page's <body> or the document above it: the content goes no higher. */
const isPageRoot = (element: Element) => element.tag === 'body' || element.tag === '#document';

/** An ancestor of `top` that scores better than the one below it, before scores fall under a third (rule 4), or `top`. */
function betterAncestor(top: Element, scores: Map<Element, number>): Element {
	let last = scores.get(top) as number;
	const floor = last / 3;
	for (let ancestor = top.parent; ancestor && !isPageRoot(ancestor); ancestor = ancestor.parent) {
		const points = scores.get(ancestor);
		if (points === undefined) continue;
		if (points < floor) break;
		if (points > last) return ancestor;
		last = points;
	}
	return top;
}

/** Whether `element` has just one child element. */
function onlyElement(element: Element): boolean {
	let count = 0;
	for (const child of element.children) if (typeof child !== 'string' && ++count > 1) return false;
	return count === 1;
}

/** The first element of `order` marked as the article's body (rule 7), if it lies inside `content` with enough of its text. */
function markedBody(order: Element[], content: Element, measures: Map<Element, Measure>): Element | undefined {
	const marked = order.find((e) => ARTICLE_BODY.test(e.attrs.itemprop ?? '') || ARTICLE_BODY.test(e.attrs.name ?? ''));
	if (!marked || marked === content) return undefined;
	let inside = false;
	for (let e = marked.parent; e && !inside; e = e.parent) inside = e === content;
	const share = (measures.get(marked)?.text ?? 0) / (measures.get(content)?.text || 1);
	return inside && share >= MARKED_SHARE ? marked : undefined;
}

/** The content of the page (rules above), or undefined when it has no paragraphs; unlikely elements are left out when `unlikely` is given. */
export function findContent(order: Element[], measures: Map<Element, Measure>, unlikely?: Unlikely): Content | undefined {
	const candidates = likely(order, unlikely);
	const scores = score(candidates, measures);
	const top = best(scores);
	if (!top) return undefined;
	const threshold = Math.max(SIBLING_MIN, (scores.get(top) ?? 0) / 5);
	let content = top;
	while (content.parent && !isPageRoot(content.parent) && onlyElement(content.parent)) content = content.parent;
	const marked = markedBody(candidates, content, measures);
	if (marked) return {roots: [marked]};
	const className = content.attrs.class?.trim();
	const parent = content.parent;
	if (!parent || isPageRoot(content)) return {roots: [content]};
	const roots = parent.children.filter((sibling): sibling is Element => {
		if (typeof sibling === 'string') return false;
		if (sibling === content) return true;
		const measure = measures.get(sibling);
		if (!measure || measure.text === 0 || unlikely?.(sibling)) return false;
		if ((className && sibling.attrs.class?.trim() === className) || (scores.get(sibling) ?? 0) >= threshold) return true;
		return isParagraph(sibling, measure) && measure.text > 80 && linkDensity(measure) < 0.25;
	});
	return {roots};
}
