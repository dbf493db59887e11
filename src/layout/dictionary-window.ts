import {bmpKinds, Kind} from './breaks.js';
import {wordBoundaries} from './dictionary-engine.js';
import {BLOCKS, engineFor, isMark, shortest} from './dictionary-scripts.js';

/*
ICU's word boundaries near one position of a paragraph, from a bounded window of it.

Only BEFORE characters before the position and AFTER after it are segmented, here
(dictionary-engine.ts) or by ICU: Intl.Segmenter on Node 20 is far from linear in the length of
its input (145,000 Thai characters take 14 s), and even our own engine should not read a whole
run per line. The window is enough because ICU's dictionary engines (Thai, Lao, Khmer, Burmese)
choose words left to right, each choice looking at the text from its own position
onward, up to three words ahead, and at nothing before it. So:
- A window that starts at a boundary of the paragraph's segmentation (after spaces, or at `from`,
  a break already made) agrees with it from its start. One that starts inside a word agrees once
  its own segmentation reaches one of the paragraph's boundaries, within a word or two.
- A window that ends at a space ends where ICU's run ends in the whole paragraph too. One that ends
  inside a run may differ in its last words, which had too little text to look ahead into.
The boundaries used lie between: the last one at or before the position, and the next one after
it. No bound holds for every text, so the sizes are measured, on 576,000 positions of the words of
our texts in the four scripts, in random order, run together without spaces (the hard case): 32
characters before the position and 24 after were the least that gave ICU's boundaries at every
one (28 before, or 20 after, gave a few wrong ones in 100,000). 8 more on each side are to spare,
for texts we have not seen; test/layout/dictionary.test.ts checks windows against whole paragraphs.
*/

/** Characters of context before the position asked about, and after it (above). */
const BEFORE = 40;
const AFTER = 32;

/** A word of a window, as positions in the paragraph. */
export type Word = {readonly start: number; readonly end: number};

/** ICU's words in a window of a paragraph, which starts at `low`. */
export type WindowWords = {
	readonly low: number;
	/** The word that holds position `at`, which is inside the window. */
	word(at: number): Word;
};

let segmenter: Intl.Segmenter | undefined;

/**
ICU's words in the window around `at` that rule 1 uses, and where it starts: from the start of
the word after the last spaces before `at`, or from `from` (a boundary of the paragraph's before
`at`), if within BEFORE characters, else BEFORE characters back, and on past combining marks (ICU
would make marks at the start of its text a word of their own); to the next space (ICU's run ends
there too) or AFTER characters on.

A window is segmented by dictionary-engine.ts, which finds the words ICU would and is much faster
than a call into ICU, unless it holds what knownBoundaries leaves to ICU itself.
*/
export function segmentWindow(text: string, from: number, at: number): WindowWords {
	const kinds = bmpKinds();
	let high = at + 1;
	while (high < text.length && high < at + AFTER && kinds[text.charCodeAt(high)] !== Kind.Space) high++;
	// Back to the start of a word after spaces; closing punctuation after spaces ("มาก ๆ") goes with the word before them.
	let low = at;
	while (low > from && low > at - BEFORE) {
		const next = kinds[text.charCodeAt(low)];
		if (kinds[text.charCodeAt(low - 1)] === Kind.Space && next !== Kind.Space && next !== Kind.Close) break;
		low--;
	}
	while (low < at && isMark(text.charCodeAt(low))) low++;
	const own = knownBoundaries(text, low, high, at);
	if (own) return new KnownWords(low, own);
	// ICU takes a short run as one word (dictionary-engine.ts, rule 6), and it counts the run from
	// where its text starts: a window that starts at `from`, in a run that began before, starts
	// BEFORE characters back, so that ICU sees the run whole.
	if (low === from && sameRun(text, low - 1, low, -1) > 0 && sameRun(text, low, low, 1) <= shortest(engineFor(text.charCodeAt(low)))) {
		return segmentWindow(text, 0, at);
	}
	segmenter ??= new Intl.Segmenter('th', {granularity: 'word'});
	return new IcuWords(low, segmenter.segment(text.slice(low, high)));
}

/*
How ICU's word rules (UAX #29) treat what may stand in a window besides the letters, so that the
window's boundaries are ICU's without asking it. Letters and marks of one script form runs, which
the dictionary engine divides. Around them, ICU puts a boundary:
- not between a letter and a digit, nor between digits (rules WB8 to WB10: "ปี๒๕๖๖" is one word),
  for the digits that breaks.ts knows (ASCII, Devanagari, Thai, Lao, Khmer, Myanmar);
- not around a colon between letters, a comma or semicolon between digits, or a full stop or
  apostrophe between letters or between digits (WB6, WB7, WB11, WB12: "ไทย.ไทย", "๑,๐๐๐");
- on both sides of a run of spaces (WB3d keeps spaces together);
- on both sides of any other of these signs, which no rule joins to anything: brackets, quotes,
  dashes, symbols such as % / & + = * # @ ฿ €, the tab, the no-break and zero width spaces, and the
  punctuation of these scripts that is not a letter (๏ ๚ ๛ ។ ៕ ៖ ៘ ៙ ៚ ၊ ။ ၌ ၍ ၎ ၏).
A mark after anything but a letter of the run, the letters of two scripts side by side, and any
other character send the window to ICU.
*/
// Classes of what may stand in a window. A letter of the script of engine k (dictionary-engine.ts)
// is LETTER + k; a mark, MARK + k.
const UNKNOWN = 0;
const DIGIT = 1;
const SPACE = 2;
const APART = 3;
/** Joins letters (WB6, WB7). */
const MID_LETTER = 4;
/** Joins digits (WB11, WB12). */
const MID_NUM = 5;
/** Joins letters, or digits. */
const MID_NUM_LET = 6;
const LETTER = 8;
const MARK = 12;

/** Closing marks that are letters, and so go into ICU's runs: ฯ ๆ ໆ ៗ. */
const CLOSING_LETTERS = 'ฯๆໆៗ';
const SIGNS: [number, string][] = [
	[APART, '()[]{}<>"“”„«»‹›「」!?、。–—‐‑…%/\\&+-−=*×÷#@$€£°§•|~^฿\t\u00a0\u200b๏๚๛។៕៖៘៙៚៛၊။၌၍၎၏'],
	[MID_LETTER, ':·'],
	[MID_NUM, ',;'],
	[MID_NUM_LET, ".'‘’"],
];

let classes: Uint8Array | undefined;

function classTable(): Uint8Array {
	const kinds = bmpKinds();
	const table = new Uint8Array(0x10000); // UNKNOWN
	for (let c = 0; c < 0x10000; c++) if (kinds[c] === Kind.Digit) table[c] = DIGIT;
	for (const [first, last, engine] of BLOCKS) {
		for (let c = first; c <= last; c++) {
			if (kinds[c] === Kind.Dictionary || CLOSING_LETTERS.includes(String.fromCharCode(c))) table[c] = (isMark(c) ? MARK : LETTER) + engine;
		}
	}
	table[0x20] = SPACE;
	for (const [kind, signs] of SIGNS) for (const ch of signs) table[ch.charCodeAt(0)] = kind;
	return table;
}

/**
How many letters and marks of the script of the one at `of` stand from `position` on, going
`step` (1 or -1): at most one more than a short run of that script has (dictionary-scripts.ts).
*/
function sameRun(text: string, position: number, of: number, step: 1 | -1): number {
	classes ??= classTable();
	const run = classes[text.charCodeAt(of)];
	if (run < LETTER) return 0;
	const enough = shortest(run & 3) + 1;
	let count = 0;
	for (let i = position; i >= 0 && i < text.length && count < enough; i += step) {
		const kind = classes[text.charCodeAt(i)];
		if (kind < LETTER || (kind & 3) !== (run & 3)) break;
		count++;
	}
	return count;
}

/** Whether the sign of class `sign` is joined to what stands on each side of it, of classes `before` and `after` (rules above). */
function joins(sign: number, before: number, after: number): boolean {
	if (before >= LETTER && after >= LETTER) return sign === MID_LETTER || sign === MID_NUM_LET;
	return before === DIGIT && after === DIGIT && (sign === MID_NUM || sign === MID_NUM_LET);
}

/**
The boundaries of text[low, high) as ICU has them (rules above), ascending, from `low` up to the
first after `until` (or `high`): what follows that boundary cannot change those before it. Or
undefined, if the window holds anything before it that those rules leave to ICU, or if the
script's dictionary cannot be had.
*/
export function knownBoundaries(text: string, low: number, high: number, until = high): number[] | undefined {
	classes ??= classTable();
	const boundaries = [low];
	let engine = -1;
	let run = -1;
	let previous = UNKNOWN;
	/** Whether the sign before is joined to what follows it. */
	let joinedSign = false;
	/** Letters of the run [start, end), with those beyond the window's edges (as many as rule 6 needs). */
	const length = (start: number, end: number) =>
		end - start + (start === low ? sameRun(text, low - 1, low, -1) : 0) + (end === high ? sameRun(text, high, high - 1, 1) : 0);
	for (let i = low; i < high; i++) {
		const kind = classes[text.charCodeAt(i)];
		if (kind === UNKNOWN) return undefined;
		const letter = kind >= LETTER;
		if (letter) {
			if (engine < 0) engine = kind & 3;
			else if ((kind & 3) !== engine) return undefined;
			if (run < 0) {
				if (kind >= MARK) return undefined;
				run = i;
			}
		} else if (run >= 0) {
			if (!wordBoundaries(engine, text, run, i, until, length(run, i), boundaries)) return undefined;
			if (boundaries[boundaries.length - 1] > until) return boundaries;
			run = -1;
		}
		let joined: boolean;
		if (kind >= MID_LETTER && kind <= MID_NUM_LET) {
			joined = joins(kind, previous, i + 1 < high ? classes[text.charCodeAt(i + 1)] : UNKNOWN);
			joinedSign = joined;
		} else {
			// Letters and digits join each other; spaces join spaces.
			joined = joinedSign || (letter || kind === DIGIT ? previous >= LETTER || previous === DIGIT : kind === SPACE && previous === SPACE);
			joinedSign = false;
		}
		if (i > low && !joined) {
			boundaries.push(i);
			if (i > until) return boundaries;
		}
		previous = kind;
	}
	if (run >= 0 && !wordBoundaries(engine, text, run, high, until, length(run, high), boundaries)) return undefined;
	if (boundaries[boundaries.length - 1] <= until) boundaries.push(high);
	return boundaries;
}

/** Words from boundaries found here, ascending, from `low` to the window's end. */
class KnownWords implements WindowWords {
	constructor(
		readonly low: number,
		private readonly boundaries: number[],
	) {}

	word(at: number): Word {
		const {boundaries} = this;
		let i = boundaries.length - 2;
		while (boundaries[i] > at) i--;
		return {start: boundaries[i], end: boundaries[i + 1]};
	}
}

/** Words from ICU's segmentation of the window. */
class IcuWords implements WindowWords {
	constructor(
		readonly low: number,
		private readonly segments: Intl.Segments,
	) {}

	word(at: number): Word {
		const found = this.segments.containing(at - this.low) as Intl.SegmentData;
		const start = this.low + found.index;
		return {start, end: start + found.segment.length};
	}
}
