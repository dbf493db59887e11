import type {Element} from './parse.js';

/*
Walks over the page tree. Every walk is a loop over an explicit stack, never recursion, so a page
of 100,000 nested elements cannot overflow the call stack; each visits every node once.
*/

/** Pushes `element`'s child elements on `stack`, last first, so that they pop in document order. */
export function pushChildren(stack: Element[], element: Element): void {
	const {children} = element;
	for (let i = children.length - 1; i >= 0; i--) {
		const child = children[i];
		if (typeof child !== 'string') stack.push(child);
	}
}

/** `root` and the elements under it, in document order, leaving out the subtrees `skip` says no to. */
export function elementsIn(root: Element, skip?: (element: Element) => boolean): Element[] {
	const out: Element[] = [];
	const stack: Element[] = [root];
	while (stack.length > 0) {
		const element = stack.pop() as Element;
		if (skip?.(element) && element !== root) continue;
		out.push(element);
		pushChildren(stack, element);
	}
	return out;
}

/** The text of the first `tag` element with any text; the insides of those without are not searched again. */
export function firstText(root: Element, tag: string): string | undefined {
	const stack: Element[] = [root];
	while (stack.length > 0) {
		const element = stack.pop() as Element;
		if (element.tag === tag) {
			const text = textOf(element);
			if (text !== '') return text;
			continue;
		}
		pushChildren(stack, element);
	}
	return undefined;
}

// HTML's white space: runs of it are one space in a paragraph. No-break spaces are the publisher's and stay.
const HTML_SPACE = /[ \t\n\r\f]+/g;

/** Collapses runs of HTML white space to one space and trims the ends. */
export function collapseSpace(text: string): string {
	return text.replace(HTML_SPACE, ' ').trim();
}

/**
The text of `root` with inline markup flattened: its text nodes in order, a <br> as a space (or
as `breakMark` when given), the subtrees `skip` says no to left out. Not collapsed.
*/
export function rawText(root: Element, skip?: (element: Element) => boolean, breakMark = ' '): string {
	let out = '';
	const stack: (Element | string)[] = [root];
	while (stack.length > 0) {
		const node = stack.pop() as Element | string;
		if (typeof node === 'string') {
			out += node;
			continue;
		}
		if (node.tag === 'br') out += breakMark;
		if (node !== root && skip?.(node)) continue;
		for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
	}
	return out;
}

/** The collapsed text of `root` (rawText, then collapseSpace). */
export function textOf(root: Element, skip?: (element: Element) => boolean): string {
	return collapseSpace(rawText(root, skip));
}
