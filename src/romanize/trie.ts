/*
A set of strings that can say which of them a word ends with (or starts with) by walking the
word's code units once, without cutting the word into pieces: the morphology asks this of every
word it has not seen, so it must not allocate for each guess.
*/

type Node = {next: Map<number, Node>; end: boolean};

const NONE: readonly number[] = [];

export class Trie {
	private readonly root: Node = {next: new Map(), end: false};
	private readonly backward: boolean;

	/** `backward`: match at the end of a text (suffixes); otherwise at its start (prefixes). */
	constructor(words: Iterable<string>, {backward}: {backward: boolean}) {
		this.backward = backward;
		for (const word of words) {
			let node = this.root;
			for (let k = 0; k < word.length; k++) {
				const unit = word.charCodeAt(backward ? word.length - 1 - k : k);
				let child = node.next.get(unit);
				if (!child) {
					child = {next: new Map(), end: false};
					node.next.set(unit, child);
				}
				node = child;
			}
			node.end = true;
		}
	}

	/** Lengths of the stored strings that `text` ends with (backward) or starts with, shortest first. */
	matches(text: string): readonly number[] {
		let found: number[] | undefined;
		let node: Node | undefined = this.root;
		for (let k = 0; k < text.length; k++) {
			node = node.next.get(text.charCodeAt(this.backward ? text.length - 1 - k : k));
			if (!node) break;
			if (!node.end) continue;
			found ??= [];
			found.push(k + 1);
		}
		return found ?? NONE;
	}
}
