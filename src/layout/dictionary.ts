import {bmpKinds, Kind} from './breaks.js';
import type {LineSpan} from './line-buffer.js';
import {scanCluster, scanned} from './segment.js';

/*
Line breaks inside runs of Thai, Lao, Khmer and Myanmar, which put no spaces between words. The
wrapper (wrap.ts) scans such a run as one piece; when a cluster of it would overflow the line,
`breakLine` decides where the line ends, by these rules:

1. The break opportunities inside a run are ICU's word boundaries (Intl.Segmenter, granularity
   'word', whose dictionaries ship with Node), where a letter of the run follows a letter of the
   run or one of its closing marks (ฯ ๆ ។ ၊ …, Kind.Close: they stay with the word before them).
   At the edges of a run the rules of breaks.ts hold.
2. The line ends at the last opportunity before the overflowing cluster (or at the start of the
   piece, a break by the rules of breaks.ts), if the word that starts there fits a line on its own.
3. Otherwise that word is wider than a line: it fills the current line and is cut before the
   overflowing cluster, or before the cluster before it when the overflowing one is a closing mark.

Time is linear. A run that fits on the line is never segmented, and ICU only ever sees a window of
WINDOW characters on each side of an overflowing cluster: Intl.Segmenter on Node 20 is far from
linear in the length of its input (145,000 Thai characters take 14 s). The window is enough
because ICU's dictionary engines choose words left to right, each choice looking at the text from
its own position onward (up to three words ahead) and at nothing before it. So two segmentations
of the same text that share one boundary agree from there on, as far as both have text to look
ahead into. A window that starts inside a word agrees with the whole paragraph once it has reached
a boundary of the paragraph's segmentation, which happens within a word or two; and its last words
may differ, cut short by its end. The boundary used lies in the middle, WINDOW characters from
either end. test/layout/dictionary.test.ts checks this against ICU on whole paragraphs.
*/

/** Characters of context that ICU gets on each side of the position it is asked about. */
const WINDOW = 24;
/** How many recent cluster starts of the run are kept: enough to cover a window. */
const RECENT = 64;

let segmenter: Intl.Segmenter | undefined;

/** The line being filled, as wrap.ts's LineFiller keeps it. */
export type FilledLine = {
	readonly text: string;
	readonly width: number;
	readonly grapheme: boolean;
	readonly lines: LineSpan[];
	/** The line: from `start`; content up to `end` (`cells` cells), then `tail` cells of spaces. */
	start: number;
	end: number;
	cells: number;
	tail: number;
	hasContent: boolean;
};

/** Breaks lines inside the dictionary runs of one paragraph. */
export class DictionaryBreaker {
	/** The starts of the last RECENT clusters of runs, as a ring: ICU's boundaries must fall on one. */
	private readonly recent = new Int32Array(RECENT);
	private count = 0;
	/** After `breakLine`: where the piece in progress now starts, and its cells up to the overflowing cluster. */
	pieceStart = 0;
	pieceCells = 0;
	/** Found by findWord. */
	private wordStart = -1;
	private wordEnd = 0;

	constructor(private readonly line: FilledLine) {}

	/** Notes that a cluster of a run (a letter or a closing mark) starts at `start`. */
	note(start: number): void {
		this.recent[this.count++ & (RECENT - 1)] = start;
	}

	/**
	The cluster at `at`, of kind `kind`, does not fit on the line after the piece [pieceStart, at)
	of `pieceCells` cells. Ends the line (rules above); the piece goes on from `this.pieceStart`.
	*/
	breakLine(pieceStart: number, pieceCells: number, at: number, kind: Kind): void {
		const {line} = this;
		this.pieceStart = pieceStart;
		this.findWord(pieceStart, at);
		// Rule 2: the last opportunity, from ICU or the piece's start, if the word from there fits a line.
		const start = this.wordStart > pieceStart ? this.wordStart : line.hasContent ? pieceStart : -1;
		if (start >= 0) {
			const head = this.cellsBetween(start, at, line.width);
			if (head + this.cellsBetween(at, this.wordEnd, line.width - head) <= line.width) {
				this.endLine(start, pieceCells, head);
				return;
			}
		}
		// Rule 3: cut the word, keeping a closing mark with the cluster before it.
		let cut = at;
		if (kind === Kind.Close) {
			const previous = this.notedBefore(at);
			if (previous >= pieceStart && previous > (line.hasContent ? line.start : pieceStart)) cut = previous;
		}
		this.endLine(cut, pieceCells, this.cellsBetween(cut, at));
	}

	/** Ends the line before `end`, where `rest` of the piece's `pieceCells` cells move to the next line, which starts empty. */
	private endLine(end: number, pieceCells: number, rest: number): void {
		const {line} = this;
		if (end === this.pieceStart && line.hasContent) line.lines.push({start: line.start, end: line.end, cells: line.cells});
		else {
			const before = line.hasContent ? line.cells + line.tail : 0;
			line.lines.push({start: line.hasContent ? line.start : this.pieceStart, end, cells: before + pieceCells - rest});
		}
		this.pieceStart = end;
		this.pieceCells = rest;
		line.start = line.end = end;
		line.cells = line.tail = 0;
		line.hasContent = false;
	}

	/**
	ICU's word around the cluster at `at`: `wordStart` is the last opportunity (rule 1) in
	(from, at], or -1 if there is none; `wordEnd` is the next boundary after `at`.
	*/
	private findWord(from: number, at: number): void {
		const {text} = this.line;
		const kinds = bmpKinds();
		// The window ends at a space within reach (ICU's run ends there too), else WINDOW characters on.
		let high = at + 1;
		while (high < text.length && high < at + WINDOW && kinds[text.charCodeAt(high)] !== Kind.Space) high++;
		let low = at;
		while (low > from && low > at - WINDOW && kinds[text.charCodeAt(low - 1)] !== Kind.Space) low--;
		segmenter ??= new Intl.Segmenter('th', {granularity: 'word'});
		const segments = segmenter.segment(text.slice(low, high));
		const found = segments.containing(at - low) as Intl.SegmentData;
		this.wordEnd = low + found.index + found.segment.length;
		this.wordStart = -1;
		// Index 0 is the window's own start, not a boundary of the paragraph's.
		for (
			let word = found;
			word && word.index > 0 && low + word.index > from;
			word = segments.containing(word.index - 1) as Intl.SegmentData
		) {
			if (this.isOpportunity(low + word.index, at)) {
				this.wordStart = low + word.index;
				return;
			}
		}
	}

	/** Whether a boundary at `start` (at most `at`) lies between clusters of a run, a letter after a letter or closing mark. */
	private isOpportunity(start: number, at: number): boolean {
		const {text} = this.line;
		const previous = this.notedBefore(start);
		if (previous < 0 || scanCluster(text, previous) !== start) return false;
		if (start < at && !this.isNoted(start)) return false;
		scanCluster(text, start);
		return scanned.kind === Kind.Dictionary;
	}

	/** The newest noted cluster start before `position`, or -1. */
	private notedBefore(position: number): number {
		for (let i = this.count - 1; i >= 0 && i >= this.count - RECENT; i--) {
			const start = this.recent[i & (RECENT - 1)];
			if (start < position) return start;
		}
		return -1;
	}

	private isNoted(position: number): boolean {
		return this.notedBefore(position + 1) === position;
	}

	/** Cells of the clusters from `from` up to `to` (cluster starts), counted no further than past `limit`. */
	private cellsBetween(from: number, to: number, limit = Number.POSITIVE_INFINITY): number {
		const {text, grapheme} = this.line;
		let cells = 0;
		for (let start = from; start < to && cells <= limit; ) {
			start = scanCluster(text, start);
			cells += grapheme ? scanned.graphemeCells : scanned.cells;
		}
		return cells;
	}
}
