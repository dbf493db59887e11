/*
JSON.parse for article files, read from pieces of the text (UTF-16LE bytes, decode.ts), so that a
large article's strings are not all held twice (issue 13: peak memory at most 3x the file size):
JSON.parse holds the whole text as one string beside a copy of every string in it. Here the text
is read through a window of about one piece, and a string is a slice of the window, which V8 keeps
as a reference (for 13 characters or more), not a copy. A string with escapes has to be a copy;
where a window holds many (a backslash per ESCAPES_FOR_COPIES code units or more), every string of
it is copied, so that the window can go, and an object or array that ends in it is read by one
JSON.parse call rather than a call per string.

It accepts what JSON.parse accepts and returns the same value (RFC 8259):
1. White space is space, tab, LF and CR, and may stand around every value and punctuation mark.
2. A string ends at the first double quote not escaped by a backslash. A raw control character
   (below U+0020) in it is an error. Copies are made by JSON.parse itself.
3. A number follows the JSON grammar and is read by Number; true, false and null are themselves.
4. In an object a later duplicate key wins, and "__proto__" is an ordinary own property, as
   JSON.parse makes it.
5. After the value only white space may follow.
Nesting is kept on an explicit stack: 200,000 nested arrays cost memory, not the call stack.
On any error it returns undefined, and the caller asks JSON.parse (and json-error.ts) for the error.
*/

type Container = unknown[] | Record<string, unknown>;

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding raw controls in strings is rule 2
const CONTROL = /[\x00-\x1f]/g;
/** Code units that end a number, true, false or null: white space, comma and closing brackets. */
const SCALAR_END = new Set([0x20, 0x0a, 0x0d, 0x09, 0x2c, 0x5d, 0x7d]);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const ESCAPES_FOR_COPIES = 2000;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const endIfNone = (index: number, text: string) => (index === -1 ? text.length : index);

/** Whether the code unit at `at` is escaped: an odd run of backslashes stands before it. */
function escaped(text: string, at: number): boolean {
	let run = 0;
	while (text.charCodeAt(at - 1 - run) === BACKSLASH) run++;
	return run % 2 === 1;
}

/** Where the first double quote at or after `from` that no backslash escapes is, or -1. */
function closingQuote(text: string, from: number): number {
	for (let close = text.indexOf('"', from); close !== -1; close = text.indexOf('"', close + 1)) if (!escaped(text, close)) return close;
	return -1;
}

/** Whether `text` has at least one backslash per ESCAPES_FOR_COPIES code units. */
function manyEscapes(text: string): boolean {
	let count = 0;
	for (let i = text.indexOf('\\'); i !== -1; i = text.indexOf('\\', i + 2)) count++;
	return count * ESCAPES_FOR_COPIES >= text.length;
}

function set(container: Container, key: string | undefined, value: unknown): void {
	if (Array.isArray(container)) container.push(value);
	else if (key === '__proto__') Object.defineProperty(container, key, {value, writable: true, enumerable: true, configurable: true});
	else container[key as string] = value;
}

/**
Tokens of JSON text that arrives in pieces. The window is the text from the token being read to
the end of the last piece taken; a token that runs past it takes more pieces (a string may span
several). `at` is the position in the window.
*/
class Tokens {
	at = 0;
	private text = '';
	/** Whether strings are copied from this window (see above). */
	private copies = false;
	/** Where the next backslash and the next control character in the window are (at or after some position passed), or its end. */
	private backslash = -1;
	private control = -1;

	constructor(private readonly pieces: Iterator<Buffer>) {}

	/**
	Drops the window before `keep` and adds the next piece to it, or the pieces up to one holding
	`until`; false when there are none. The window is made from bytes in one step: pieces made
	strings first would each be copied again, and could outlive their use in the old generation.
	*/
	private more(keep: number, until?: string): boolean {
		let next = this.pieces.next();
		if (next.done) return false;
		const rest = this.text.slice(keep);
		const bytes = rest === '' ? next.value : Buffer.concat([Buffer.from(rest, 'utf16le'), next.value]);
		let text = bytes.toString('utf16le');
		if (until !== undefined && !text.includes(until, rest.length)) {
			// A token longer than a piece (a long string): the pieces up to its end, each made a string
			// as it comes, since the bytes of all of them together would be a third copy of it.
			const parts = [text];
			for (next = this.pieces.next(); !next.done; next = this.pieces.next()) {
				parts.push(next.value.toString('utf16le'));
				if (parts[parts.length - 1].includes(until)) break;
			}
			text = parts.join('');
		}
		this.text = text;
		this.copies = manyEscapes(this.text);
		this.at -= keep;
		this.backslash = this.control = -1;
		return true;
	}

	/** The code unit after white space, moving past the white space; NaN at the end of the text. */
	peek(): number {
		for (;;) {
			const {text} = this;
			while (this.at < text.length && isSpace(text.charCodeAt(this.at))) this.at++;
			if (this.at < text.length) return text.charCodeAt(this.at);
			if (!this.more(this.at)) return Number.NaN;
		}
	}

	/** Where the first `char` at or after `from` is, taking more pieces as needed; -1 if there is none. */
	private find(char: string, from: number): number {
		for (let searched = from; ; ) {
			const found = this.text.indexOf(char, searched);
			if (found !== -1) return found;
			searched = this.text.length - this.at; // the window is about to start at `at`
			if (!this.more(this.at, char)) return -1;
		}
	}

	/** The string whose opening quote is at `at` (rule 2), moving past it; undefined if it is not a valid one. */
	string(): string | undefined {
		let close = this.find('"', this.at + 1);
		if (close === -1) return undefined;
		const {text} = this;
		const start = this.at + 1;
		if (this.backslash < start) this.backslash = endIfNone(text.indexOf('\\', start), text);
		if (this.copies || this.backslash < close) {
			// The string ends at the first quote that no backslash escapes.
			while (escaped(this.text, close)) {
				close = this.find('"', close + 1);
				if (close === -1) return undefined;
			}
			const quoted = this.text.slice(this.at, close + 1);
			this.at = close + 1;
			try {
				return JSON.parse(quoted) as string;
			} catch {
				return undefined;
			}
		}
		if (this.control < start) {
			CONTROL.lastIndex = start;
			this.control = endIfNone(CONTROL.exec(text)?.index ?? -1, text);
		}
		this.at = close + 1;
		return this.control < close ? undefined : text.slice(start, close);
	}

	/**
	In a window whose strings are copied: the object or array at `at`, read by one JSON.parse call
	and moved past, if it ends in the window and is valid; else undefined (and `at` stays).
	*/
	wholeValue(): unknown {
		if (!this.copies) return undefined;
		const {text} = this;
		for (let i = this.at, depth = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (c === QUOTE) {
				i = closingQuote(text, i + 1);
				if (i === -1) return undefined;
			} else if (c === 0x7b || c === 0x5b) depth++;
			else if ((c === 0x7d || c === 0x5d) && --depth === 0) {
				try {
					const value: unknown = JSON.parse(text.slice(this.at, i + 1));
					this.at = i + 1;
					return value;
				} catch {
					return undefined;
				}
			}
		}
		return undefined;
	}

	/** A number, true, false or null at `at`, moving past it; undefined if there is none. */
	scalar(): number | boolean | null | undefined {
		let end = this.at;
		for (;;) {
			const {text} = this;
			while (end < text.length && !SCALAR_END.has(text.charCodeAt(end))) end++;
			const at = this.at;
			if (end < text.length || !this.more(at)) break;
			end -= at;
		}
		const word = this.text.slice(this.at, end);
		this.at = end;
		if (NUMBER.test(word)) return Number(word);
		return word === 'true' ? true : word === 'false' ? false : word === 'null' ? null : undefined;
	}

	/** `"key" :` at `at`, moving past it; undefined if it is not there. */
	key(): string | undefined {
		if (this.peek() !== QUOTE) return undefined;
		const key = this.string();
		if (key === undefined || this.peek() !== 0x3a) return undefined;
		this.at++;
		return key;
	}
}

/** The value of the JSON text that `pieces` (UTF-16LE bytes) make, or undefined if it is not valid JSON. */
export function parseJsonPieces(pieces: Iterable<Buffer>): unknown {
	const tokens = new Tokens(pieces[Symbol.iterator]());
	const containers: Container[] = [];
	const keys: (string | undefined)[] = []; // for each container: the key of the value being read
	for (;;) {
		// A value.
		let value: unknown;
		const c = tokens.peek();
		const whole = c === 0x7b || c === 0x5b ? tokens.wholeValue() : undefined;
		if (whole !== undefined) value = whole;
		else if (c === 0x7b || c === 0x5b) {
			const object = c === 0x7b;
			tokens.at++;
			if (tokens.peek() === (object ? 0x7d : 0x5d)) {
				tokens.at++;
				value = object ? {} : [];
			} else {
				const key = object ? tokens.key() : undefined;
				if (object && key === undefined) return undefined;
				containers.push(object ? {} : []);
				keys.push(key);
				continue;
			}
		} else {
			value = c === QUOTE ? tokens.string() : tokens.scalar();
			if (value === undefined) return undefined;
		}
		// After a value: into its container, then a comma (the next value) or the container's end.
		for (;;) {
			const container = containers.at(-1);
			if (container === undefined) return Number.isNaN(tokens.peek()) ? value : undefined;
			const array = Array.isArray(container);
			set(container, keys.at(-1), value);
			const next = tokens.peek();
			tokens.at++;
			if (next === 0x2c) {
				if (!array) {
					const key = tokens.key();
					if (key === undefined) return undefined;
					keys[keys.length - 1] = key;
				}
				break;
			}
			if (next !== (array ? 0x5d : 0x7d)) return undefined;
			value = containers.pop();
			keys.pop();
		}
	}
}
