import {Tokenizer, type TokenizerCallbacks} from 'htmlparser2';

/*
HTML text to a light tree, tolerant of tag soup, in time linear in the length of the page.
htmlparser2's Tokenizer finds the tags, attributes and text and decodes entities (with the
`entities` package); the tree is built here, not by htmlparser2's Parser, whose open-element
stack is shifted and searched from the front on every tag: 100,000 nested elements take it
seconds. The rules:
1. Open elements are a stack, and a count per tag name says at once whether a tag is open.
2. An end tag closes the innermost open element of its name and everything inside it; an end tag
   of nothing open is ignored (`</br>` is a line break, as browsers have it).
3. Some start tags close an open element first, as browsers do: a block closes an open <p>;
   <li> an open <li>, <dd>/<dt> one another, a heading an open heading, <a> an open <a>, table
   parts their siblings. These are looked for among the nearest LOOK_BACK open elements only,
   which keeps every tag's cost bounded.
4. Void elements (<br>, <img>, <meta>, …) have no children; `<div/>` opens a <div>, as in HTML.
5. Script and style text is not parsed as markup (the tokenizer's raw-text states). Only the
   text of JSON-LD scripts is kept; other scripts and styles keep none, whatever their size.
6. Only the attributes the reader looks at are kept (KEPT_ATTRIBUTES), their names lower-cased.
7. Comments, doctypes and processing instructions are dropped.
*/

export type Element = {
	tag: string;
	attrs: Record<string, string>;
	children: Node[];
	parent: Element | undefined;
};

/** A text node is its decoded text. */
export type Node = Element | string;

const VOID = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'param',
	'source',
	'track',
	'wbr',
	'keygen',
]);

const KEPT_ATTRIBUTES = new Set([
	'class',
	'id',
	'role',
	'hidden',
	'aria-hidden',
	'style',
	'itemprop',
	'itemtype',
	'type',
	'rel',
	'href',
	'name',
	'property',
	'content',
	'lang',
	'datetime',
]);

/** How far up the stack an implied end (rule 3) is looked for. */
const LOOK_BACK = 16;

const CLOSES_P = new Set(
	'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul li dd dt'.split(
		' ',
	),
);
const P = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LIST_SCOPE = new Set(['ul', 'ol', 'menu', 'table', 'td', 'th', 'html', 'body']);
const TABLE_SCOPE = new Set(['table', 'html', 'body']);
const P_SCOPE = new Set(['button', 'table', 'td', 'th', 'caption', 'html', 'body', 'object', 'marquee', 'template']);

/** For a start tag: which open elements it ends, and which open elements stop the search. */
const IMPLIED_ENDS: Record<string, {ends: Set<string>; stopAt: Set<string>}> = {
	li: {ends: new Set(['li']), stopAt: LIST_SCOPE},
	dd: {ends: new Set(['dd', 'dt']), stopAt: LIST_SCOPE},
	dt: {ends: new Set(['dd', 'dt']), stopAt: LIST_SCOPE},
	a: {ends: new Set(['a']), stopAt: TABLE_SCOPE},
	tr: {ends: new Set(['tr', 'td', 'th']), stopAt: TABLE_SCOPE},
	td: {ends: new Set(['td', 'th']), stopAt: new Set(['tr', ...TABLE_SCOPE])},
	th: {ends: new Set(['td', 'th']), stopAt: new Set(['tr', ...TABLE_SCOPE])},
	option: {ends: new Set(['option']), stopAt: new Set(['select', 'datalist', ...TABLE_SCOPE])},
};
for (const h of HEADINGS) IMPLIED_ENDS[h] = {ends: HEADINGS, stopAt: P_SCOPE};

// Shared by every element without kept attributes, and every void element's (empty) children:
// most elements have none, and a page has hundreds of thousands of elements.
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NO_CHILDREN: Node[] = Object.freeze([]) as unknown as Node[];

const JSON_LD = /ld\+json/i;

/** Whether an element is a JSON-LD script. */
export const isJsonLd = (element: Element) => element.tag === 'script' && JSON_LD.test(element.attrs.type ?? '');

/** Builds the tree from the tokenizer's events (rules above). */
class TreeBuilder implements TokenizerCallbacks {
	readonly root: Element = {tag: '#document', attrs: {}, children: [], parent: undefined};
	private readonly stack: Element[] = [this.root];
	private readonly open = new Map<string, number>();
	private pending: Element | undefined; // a start tag whose attributes are being read
	private attribute = '';
	private value = '';

	constructor(private readonly html: string) {}

	private get current(): Element {
		return this.stack[this.stack.length - 1];
	}

	private pop(): Element {
		const element = this.stack.pop() as Element;
		this.open.set(element.tag, (this.open.get(element.tag) ?? 1) - 1);
		return element;
	}

	/** Closes the nearest open element named in `ends`, unless a `stopAt` element or LOOK_BACK comes first. */
	private endImplied(ends: Set<string>, stopAt: Set<string>): void {
		let anyOpen = false;
		for (const tag of ends) anyOpen ||= (this.open.get(tag) ?? 0) > 0;
		if (!anyOpen) return;
		const last = Math.max(1, this.stack.length - LOOK_BACK);
		for (let i = this.stack.length - 1; i >= last; i--) {
			const tag = this.stack[i].tag;
			if (ends.has(tag)) {
				while (this.stack.length > i) this.pop();
				return;
			}
			if (stopAt.has(tag)) return;
		}
	}

	private text(text: string): void {
		const parent = this.current;
		if (parent.tag === 'style' || (parent.tag === 'script' && !isJsonLd(parent))) return;
		const last = parent.children.length - 1;
		if (last >= 0 && typeof parent.children[last] === 'string') parent.children[last] += text;
		else parent.children.push(text);
	}

	ontext(start: number, end: number): void {
		this.text(this.html.slice(start, end));
	}
	ontextentity(codepoint: number): void {
		this.text(String.fromCodePoint(codepoint));
	}
	onopentagname(start: number, end: number): void {
		const tag = this.html.slice(start, end).toLowerCase();
		if (CLOSES_P.has(tag)) this.endImplied(P, P_SCOPE);
		const implied = IMPLIED_ENDS[tag];
		if (implied) this.endImplied(implied.ends, implied.stopAt);
		this.pending = {tag, attrs: NO_ATTRIBUTES, children: VOID.has(tag) ? NO_CHILDREN : [], parent: this.current};
	}
	onattribname(start: number, end: number): void {
		this.attribute = this.html.slice(start, end).toLowerCase();
		this.value = '';
	}
	onattribdata(start: number, end: number): void {
		this.value += this.html.slice(start, end);
	}
	onattribentity(codepoint: number): void {
		this.value += String.fromCodePoint(codepoint);
	}
	onattribend(): void {
		const element = this.pending;
		if (!element || !KEPT_ATTRIBUTES.has(this.attribute) || this.attribute in element.attrs) return;
		if (element.attrs === NO_ATTRIBUTES) element.attrs = {};
		element.attrs[this.attribute] = this.value;
	}
	onopentagend(): void {
		const element = this.pending;
		if (!element) return;
		this.pending = undefined;
		this.current.children.push(element);
		if (VOID.has(element.tag)) return;
		this.stack.push(element);
		this.open.set(element.tag, (this.open.get(element.tag) ?? 0) + 1);
	}
	onselfclosingtag(): void {
		this.onopentagend();
	}
	onclosetag(start: number, end: number): void {
		const tag = this.html.slice(start, end).toLowerCase();
		if (tag === 'br') {
			this.current.children.push({tag: 'br', attrs: NO_ATTRIBUTES, children: NO_CHILDREN, parent: this.current});
			return;
		}
		if ((this.open.get(tag) ?? 0) === 0) return;
		while (this.pop().tag !== tag) {}
	}
	oncdata(): void {}
	oncomment(): void {}
	ondeclaration(): void {}
	onprocessinginstruction(): void {}
	onend(): void {}
}

/** The page as a tree under a `#document` root (rules above). */
export function parseHtml(html: string): Element {
	const builder = new TreeBuilder(html);
	const tokenizer = new Tokenizer({decodeEntities: true}, builder);
	tokenizer.write(html);
	tokenizer.end();
	return builder.root;
}
