import {TEXT_BLOCKS} from './body.js';
import {BLOCK_TAGS} from './measure.js';
import type {Element, Node} from './parse.js';
import {pushChildren} from './tree.js';

/*
Loose text into paragraphs, as Readability does before it scores: many pages write their body as
text and line breaks straight inside a <div> (or <td>, <section>, …), between ads, boxes and other
blocks, or as one block whose paragraphs are separated by <br><br>. Such text would not be a
paragraph of its own (its container holds blocks) and would be read as one piece.
1. A text block (body.ts) with a text node of its own that is not white space, and a block element
   or two line breaks in a row among its children, has its children regrouped: each run of
   inline content (text, inline elements, single line breaks) becomes a <p> in its place. So has
   a quote or list item (QUOTE_ITEMS) with a block and any inline content besides: the <cite>
   under a quote's paragraphs, an item's bold name before its paragraph.
2. A run ends at a block element and at two <br>s with only white space between them (which
   stay outside the paragraphs); white space alone and lone <br>s are not wrapped.
3. One pass over the tree; each child is looked at a bounded number of times: time is linear.
*/

const SPACE_ONLY = /^[ \t\n\r\f]*$/;
const QUOTE_ITEMS = new Set(['blockquote', 'li', 'dd']);
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;

const isSpace = (node: Node) => typeof node === 'string' && SPACE_ONLY.test(node);
const isBreak = (node: Node | undefined) => typeof node !== 'string' && node?.tag === 'br';

/** Whether the <br> at `at` is followed, past white space, by another <br> (rule 2). */
function doubleBreak(children: Node[], at: number): boolean {
	if (!isBreak(children[at])) return false;
	let next = at + 1;
	while (next < children.length && isSpace(children[next])) next++;
	return isBreak(children[next]);
}

/** Whether `element`'s children are regrouped (rule 1). */
function hasLooseText(element: Element): boolean {
	const quoteOrItem = QUOTE_ITEMS.has(element.tag);
	if (!quoteOrItem && !TEXT_BLOCKS.has(element.tag)) return false;
	const {children} = element;
	let text = false;
	let split = false;
	for (let i = 0; i < children.length && !(text && split); i++) {
		const child = children[i];
		if (typeof child === 'string') text ||= !SPACE_ONLY.test(child);
		else if (BLOCK_TAGS.has(child.tag) || doubleBreak(children, i)) split = true;
		else text ||= quoteOrItem && child.tag !== 'br';
	}
	return text && split;
}

/** `element`'s children with each run of inline content in a new <p> (rules 1 and 2). */
function regrouped(element: Element): Node[] {
	const out: Node[] = [];
	let run: Node[] = [];
	const flush = () => {
		if (run.some((node) => !isSpace(node) && !isBreak(node))) {
			const paragraph: Element = {tag: 'p', attrs: NO_ATTRIBUTES, children: run, parent: element};
			for (const node of run) if (typeof node !== 'string') node.parent = paragraph;
			out.push(paragraph);
		} else for (const node of run) out.push(node);
		run = [];
	};
	const {children} = element;
	for (let i = 0; i < children.length; i++) {
		const child = children[i];
		if (typeof child !== 'string' && (BLOCK_TAGS.has(child.tag) || doubleBreak(children, i))) {
			flush();
			out.push(child);
		} else run.push(child);
	}
	flush();
	return out;
}

/** Wraps the loose text of every text block under `root` in paragraphs (rules above). */
export function wrapLooseText(root: Element): void {
	const stack: Element[] = [root];
	while (stack.length > 0) {
		const element = stack.pop() as Element;
		if (hasLooseText(element)) element.children = regrouped(element);
		pushChildren(stack, element);
	}
}
