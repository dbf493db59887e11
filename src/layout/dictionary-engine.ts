import {BytesTrie, FINAL, NO_MATCH} from './bytes-trie.js';
import {type Dictionary, dictionary} from './dictionary-data.js';
import {ENGINES, type Engine, isMark, shortest} from './dictionary-scripts.js';

/*
The words ICU finds in a run of Thai, Lao, Khmer or Myanmar letters (its dictionary break
engines, dictbe.cpp, with its dictionaries: dictionary-data.ts), found here in JavaScript because a
call into ICU through Intl.Segmenter costs about 3 µs on Node 20, as much as laying out a whole
line. The result must be ICU's, word for word: the tests hold it against Intl.Segmenter. The
rules, for a run of letters and marks of one script, read left to right from a word start `p`:

1. The candidates at p are the dictionary words that start there, at most 20, shortest first.
   Looking for them also tells how far the text matched the start of some word ("prefix", in
   code points, counting the first one that did not match).
2. One candidate is the word. Of several, the word is the longest that is followed by a word that
   is itself followed by a word (the second tried longest first); failing that, the longest that
   is followed by any word; failing that, the longest.
3. If the word is shorter than 3 code points (or there is none), and no word starts after it,
   and there was none or the text after it is the prefix of no word longer than 2 code points:
   letters are passed over, as part of the word, up to a letter that can end a word followed by
   one that can begin one where some word begins, or up to the end of the run.
4. A word never ends before a combining mark: the marks after it are part of it.
5. Thai only: if no word starts after it, ฯ (unless after ฯ or ๆ) and then ๆ (unless after ๆ)
   are part of it.
6. Its end is a boundary, unless it is the end of the run. A run of at most 4 code points (Thai)
   or 3 (the others) is one word.

Every letter of these scripts is in the Basic Multilingual Plane, so positions in code units and
in code points agree inside a run.
*/

const MAX_CANDIDATES = 20;
const PAIYANNOI = 0x0e2f;
const MAIYAMOK = 0x0e46;

/** The candidates at one position (rule 1), kept while the position is looked at again. */
class Candidates {
	at = -1;
	count = 0;
	prefix = 0;
	/** The one being tried, and the one chosen. */
	current = 0;
	chosen = 0;
	readonly lengths = new Int32Array(MAX_CANDIDATES);
}

/** Finds the words of runs of one script (rules above). */
class Segmenter {
	private readonly trie: BytesTrie;
	private readonly offset: number;
	private readonly slots = [new Candidates(), new Candidates(), new Candidates()];
	private text = '';
	private end = 0;
	/** Where the reading stands, as ICU's text index does. */
	private pos = 0;

	constructor(
		readonly engine: Engine,
		{trie, offset}: Dictionary,
	) {
		this.trie = new BytesTrie(trie);
		this.offset = offset;
	}

	/**
	Pushes onto `out` the boundaries inside the run text[start, end), in order, up to the first after
	`until`. The run has `runLength` letters in all (more than end − start if it goes on beyond the
	part given: rule 6 counts the whole run).
	*/
	divide(text: string, start: number, end: number, until: number, runLength: number, out: number[]): void {
		if (runLength <= shortest(this.engine)) return;
		this.text = text;
		this.end = end;
		for (const slot of this.slots) slot.at = -1;
		const {slots, engine} = this;
		let found = 0;
		this.pos = start;
		while (this.pos < end) {
			const current = this.pos;
			let length = 0;
			const word = slots[found % 3];
			const count = this.candidates(word);
			if (count === 1) {
				length = this.accept(word);
				found++;
			} else if (count > 1) {
				this.choose(word, slots[(found + 1) % 3], slots[(found + 2) % 3]);
				length = this.accept(word);
				found++;
			}
			if (this.pos < end && length < 3) {
				const after = slots[found % 3];
				if (this.candidates(after) <= 0 && (length === 0 || after.prefix < 3)) {
					const passed = this.passOver(current + length, slots[(found + 1) % 3]);
					if (length <= 0) found++;
					length += passed;
				} else this.pos = current + length;
			}
			while (this.pos < end && isMark(text.charCodeAt(this.pos))) {
				this.pos++;
				length++;
			}
			if (engine.thai && this.pos < end && length > 0) {
				const next = this.candidates(slots[found % 3]) <= 0 ? text.charCodeAt(this.pos) : 0;
				if (next === PAIYANNOI || next === MAIYAMOK) length += this.suffixes(next);
				else this.pos = current + length;
			}
			if (length > 0 && current + length < end) {
				out.push(current + length);
				if (current + length > until) return;
			}
		}
	}

	/** Rule 2: marks the candidate of `word` to take, looking at most two words ahead. */
	private choose(word: Candidates, second: Candidates, third: Candidates): void {
		if (this.pos >= this.end) return;
		do {
			if (this.candidates(second) > 0) {
				word.chosen = word.current;
				if (this.pos >= this.end) return;
				do {
					if (this.candidates(third) > 0) {
						word.chosen = word.current;
						return;
					}
				} while (this.backUp(second));
			}
		} while (this.backUp(word));
	}

	/** Rule 3: passes over letters from `from` to a plausible word start; returns how many. */
	private passOver(from: number, probe: Candidates): number {
		const {text, engine} = this;
		let passed = 0;
		this.pos = from;
		for (let remaining = this.end - from; ; ) {
			const previous = text.charCodeAt(this.pos++);
			passed++;
			if (--remaining <= 0) return passed;
			if (engine.canEnd(previous) && engine.canBegin(text.charCodeAt(this.pos))) {
				const count = this.candidates(probe);
				this.pos = from + passed;
				if (count > 0) return passed;
			}
		}
	}

	/** Rule 5: ฯ and ๆ at the reading position; returns how many join the word. */
	private suffixes(c: number): number {
		const {text} = this;
		let joined = 0;
		if (c === PAIYANNOI) {
			const before = text.charCodeAt(this.pos - 1);
			if (before !== PAIYANNOI && before !== MAIYAMOK) {
				this.pos++;
				joined++;
				c = this.pos < this.end ? text.charCodeAt(this.pos) : -1;
			}
		}
		if (c === MAIYAMOK && text.charCodeAt(this.pos - 1) !== MAIYAMOK) {
			this.pos++;
			joined++;
		}
		return joined;
	}

	/** Rule 1 at the reading position, which moves past the longest candidate (if any). */
	private candidates(slot: Candidates): number {
		const at = this.pos;
		if (slot.at !== at) {
			slot.at = at;
			this.match(slot);
		}
		if (slot.count > 0) this.pos = at + slot.lengths[slot.count - 1];
		slot.current = slot.chosen = slot.count - 1;
		return slot.count;
	}

	/** Walks the trie from `slot.at`, noting every word found and how far the walk went. */
	private match(slot: Candidates): void {
		const {text, trie, offset} = this;
		let count = 0;
		let read = 0;
		const firstByte = toByte(text.charCodeAt(slot.at), offset);
		for (let i = slot.at; i < this.end; ) {
			const byte = toByte(text.charCodeAt(i++), offset);
			const result = read === 0 ? trie.first(byte) : read === 1 ? trie.firstTwo(firstByte, byte) : trie.next(byte);
			read++;
			if (result >= FINAL) {
				if (count < MAX_CANDIDATES) slot.lengths[count++] = read;
				if (result === FINAL) break;
			} else if (result === NO_MATCH) break;
		}
		slot.count = count;
		slot.prefix = read;
	}

	private accept(slot: Candidates): number {
		this.pos = slot.at + slot.lengths[slot.chosen];
		return slot.lengths[slot.chosen];
	}

	private backUp(slot: Candidates): boolean {
		if (slot.current <= 0) return false;
		this.pos = slot.at + slot.lengths[--slot.current];
		return true;
	}
}

/** A code point as a byte of a dictionary whose letters start at `offset`; others read as 0xFF, as in ICU. */
function toByte(c: number, offset: number): number {
	if (c === 0x200d) return 0xff;
	if (c === 0x200c) return 0xfe;
	const byte = c - offset;
	return byte < 0 || byte > 0xfd ? 0xff : byte;
}

const segmenters: (Segmenter | null)[] = [];

/**
Pushes onto `out` ICU's word boundaries inside text[start, end), part of a run of `runLength`
letters and marks of the script of engine `engine` (engineFor), in order, up to the first after `until`
(those after it are not needed), and returns true; or returns false, having pushed nothing, if that
script's dictionary cannot be had.
*/
export function wordBoundaries(
	engine: number,
	text: string,
	start: number,
	end: number,
	until: number,
	runLength: number,
	out: number[],
): boolean {
	if (segmenters[engine] === undefined) {
		const words = dictionary(ENGINES[engine].name);
		segmenters[engine] = words ? new Segmenter(ENGINES[engine], words) : null;
	}
	segmenters[engine]?.divide(text, start, end, until, runLength, out);
	return segmenters[engine] !== null;
}
