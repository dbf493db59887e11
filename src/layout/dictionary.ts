import {bmpKinds, DICTIONARY_CLOSING, Kind} from './breaks.js';
import {segmentWindow} from './dictionary-window.js';
import type {FilledLine} from './filled-line.js';
import {RecentClusters} from './recent-clusters.js';
import {scanCluster, scanned} from './segment.js';

/*
Line breaks inside runs of Thai, Lao, Khmer and Myanmar, which put no spaces between words. The
wrapper (wrap.ts) scans such a run as one piece; when a cluster of it would overflow the line,
`breakLine` decides where the line ends, by these rules:

1. The break opportunities inside a run are ICU's word boundaries (Intl.Segmenter, granularity
   'word', whose dictionaries ship with Node), where a letter of the run follows a letter of the
   run or one of its closing marks (ฯ ๆ ។ ၊ ၏ …, breaks.ts DICTIONARY_CLOSING; being closing
   punctuation, they stay with the word before them).
   At the edges of a run the rules of breaks.ts hold.
2. The line ends at the last opportunity before the overflowing cluster (or at the start of the
   piece, a break by the rules of breaks.ts), if the word that starts there fits a line on its own.
3. Otherwise that word is wider than a line: it fills the current line and is cut before the
   overflowing cluster, or, when that is a closing mark, before the last cluster that is not.

Time is linear: a run that fits on the line is never segmented, and ICU sees only a small window
around an overflowing cluster (dictionary-window.ts).
*/

/** Breaks lines inside the dictionary runs of one paragraph. */
export class DictionaryBreaker {
	/** The starts of the last clusters of runs: ICU's boundaries must fall on one. */
	private readonly recent = new RecentClusters();
	/** Where the last noted cluster ends. */
	private lastEnd = -1;
	/** After `breakLine`: where the piece in progress now starts, and its cells up to the overflowing cluster. */
	pieceStart = 0;
	pieceCells = 0;
	/** Found by findWord. */
	private wordStart = -1;
	private wordEnd = 0;
	/** The last piece start that is not a boundary of ICU's (a cut inside a word), and the last boundary before it. */
	private cut = -1;
	private boundary = -1;

	constructor(private readonly line: FilledLine) {}

	/** Whether the piece that starts at `pieceStart` holds a cluster of a run: then the run's rules end its lines, not the cutter. */
	holds(pieceStart: number): boolean {
		return this.lastEnd > pieceStart;
	}

	/**
	Whether a cluster of kind `kind` at `start` goes on a run: right after its last cluster, or, if
	closing punctuation, after spaces that follow it ("มาก ๆ").
	*/
	continues(start: number, kind: Kind): boolean {
		if (this.lastEnd === start) return true;
		if (kind !== Kind.Close || this.lastEnd < 0) return false;
		const {text} = this.line;
		let i = this.lastEnd;
		while (i < start && bmpKinds()[text.charCodeAt(i)] === Kind.Space) i++;
		return i === start;
	}

	/**
	Takes the cluster [start, end) of `cells` cells and kind `kind`, which goes on a run, after the
	piece [pieceStart, start) of `pieceCells` cells (`contentCells` of them before its trailing
	spaces). If it overflows the line, ends the line (rules above) and returns true: the piece then
	goes on from `this.pieceStart`, with `this.pieceCells` cells.
	*/
	endsLine(pieceStart: number, pieceCells: number, contentCells: number, start: number, end: number, cells: number, kind: Kind): boolean {
		const {line} = this;
		let ended = false;
		if (line.cutting) {
			// A word of another script wider than a line, glued before the run, was being cut: it ends here.
			this.endCut(pieceStart, pieceCells, contentCells, start, cells);
			pieceStart = start;
			pieceCells = contentCells = 0;
			ended = true;
		}
		const before = line.hasContent ? line.cells + line.tail : 0;
		const fitted = contentCells > 0 ? before + contentCells : line.cells;
		if ((line.hasContent || contentCells > 0) && before + pieceCells + cells > line.width) {
			ended =
				fitted > line.width
					? this.cutBefore(pieceStart, pieceCells, contentCells, start, cells, kind)
					: this.breakLine(pieceStart, pieceCells, start, kind, 0);
		}
		this.recent.note(start);
		this.lastEnd = end;
		return ended;
	}

	/**
	The cluster at `at`, of kind `kind`, does not fit on the line after the piece [pieceStart, at)
	of `pieceCells` cells. Ends the line (rules above) and returns true; the piece goes on from
	`this.pieceStart`. If the line overflowed before `at` (by `excess` cells), the break must leave
	that many cells behind; if none does, returns false: the piece is cut when placed.
	*/
	private breakLine(pieceStart: number, pieceCells: number, at: number, kind: Kind, excess: number): boolean {
		const {line} = this;
		this.pieceStart = pieceStart;
		this.findWord(pieceStart, at, excess);
		// Rule 2: the last opportunity, from ICU or the piece's start, if the word from there fits a line.
		const start = this.wordStart > pieceStart ? this.wordStart : line.hasContent ? pieceStart : -1;
		if (start >= 0) {
			const head = this.cellsBetween(start, at, line.width);
			if (head + this.cellsBetween(at, this.wordEnd, line.width - head) <= line.width) {
				this.endLine(start, pieceCells, head);
				return true;
			}
		}
		if (excess > 0) return false;
		// Rule 3: cut the word, keeping closing marks with the cluster before them.
		let cut = at;
		if (kind === Kind.Close) {
			const lineStart = line.hasContent ? line.start : pieceStart;
			let previous = this.recent.before(at);
			while (previous > lineStart && this.scan(previous) && scanned.kind === Kind.Close) previous = this.recent.before(previous);
			if (previous >= pieceStart && previous > lineStart) cut = previous;
		}
		this.markCut(cut, this.wordStart > pieceStart ? this.wordStart : this.boundaryAt(pieceStart));
		this.endLine(cut, pieceCells, this.cellsBetween(cut, at));
		return true;
	}

	/**
	The line overflowed before the run went on at `start` (a long word glued before it): if no
	break leaves a line that fits, the piece so far is cut between clusters as any word wider than a
	line, and the run starts a new piece on what is left.
	*/
	private cutBefore(pieceStart: number, pieceCells: number, contentCells: number, start: number, cells: number, kind: Kind): boolean {
		const {line} = this;
		const before = line.hasContent ? line.cells + line.tail : 0;
		if (this.breakLine(pieceStart, pieceCells, start, kind, before + pieceCells - line.width)) return true;
		if (contentCells === 0) {
			// The line is one cluster wider than itself: it ends there.
			line.lines.push(line.currentLine());
			this.startLine(start);
			this.markCut(start, this.boundaryAt(pieceStart === start ? line.start : pieceStart));
			this.pieceStart = start;
			this.pieceCells = 0;
			return true;
		}
		line.startCut(pieceStart, start, false);
		this.endCut(pieceStart, pieceCells, contentCells, start, cells);
		return true;
	}

	/**
	Ends the cut of the piece [pieceStart, start) (`contentCells` of its `pieceCells` before its
	trailing spaces): what is left becomes the line, and the run goes on at `start`, with a
	cluster of `cells` cells, as a new piece, on the next line if the cluster does not fit.
	*/
	private endCut(pieceStart: number, pieceCells: number, contentCells: number, start: number, cells: number): void {
		const {line} = this;
		line.endCut(pieceCells - contentCells);
		this.markCut(start, this.boundaryAt(pieceStart));
		if (line.cells + line.tail + cells > line.width) {
			line.lines.push(line.currentLine());
			this.startLine(start);
		}
		this.pieceStart = start;
		this.pieceCells = 0;
	}

	/** Ends the line before `end`, where `rest` of the piece's `pieceCells` cells move to the next line, which starts empty. */
	private endLine(end: number, pieceCells: number, rest: number): void {
		const {line} = this;
		if (end === this.pieceStart && line.hasContent) line.lines.push({start: line.start, end: line.end, cells: line.cells});
		else {
			// Spaces before a closing mark that starts the next line (too narrow for both) stay behind, uncounted.
			let contentEnd = end;
			while (contentEnd > this.pieceStart && bmpKinds()[line.text.charCodeAt(contentEnd - 1)] === Kind.Space) contentEnd--;
			const before = line.hasContent ? line.cells + line.tail : 0;
			const cells = before + pieceCells - rest - this.cellsBetween(contentEnd, end);
			line.lines.push({start: line.hasContent ? line.start : this.pieceStart, end: contentEnd, cells});
		}
		this.pieceStart = end;
		this.pieceCells = rest;
		this.startLine(end);
	}

	/** Notes that a piece starts at `cut`, inside a word that starts at or after `boundary`, one of ICU's boundaries. */
	private markCut(cut: number, boundary: number): void {
		this.cut = cut;
		this.boundary = boundary;
	}

	/** The last of ICU's boundaries at or before `pieceStart`: itself, unless it is a cut inside a word. */
	private boundaryAt(pieceStart: number): number {
		return pieceStart === this.cut ? this.boundary : pieceStart;
	}

	/** Starts an empty line at `start`. */
	private startLine(start: number): void {
		const {line} = this;
		line.start = line.end = start;
		line.cells = line.tail = 0;
		line.hasContent = false;
	}

	/**
	ICU's word around the cluster at `at`: `wordStart` is the last opportunity (rule 1) in
	(from, at] with at least `excess` cells from it to `at`, or -1 if there is none; `wordEnd` is
	the next boundary after `at`.
	*/
	private findWord(from: number, at: number, excess: number): void {
		// After a cut inside a word, ICU gets the word from its start: its own segmentation starts at a boundary.
		const words = segmentWindow(this.line.text, this.boundaryAt(from), at);
		let word = words.word(at);
		this.wordEnd = word.end;
		this.wordStart = -1;
		// The window's own start is `from` itself (handled by the caller) or no boundary of the paragraph's.
		for (; word.start > words.low && word.start > from; word = words.word(word.start - 1)) {
			if (this.isOpportunity(word.start, at) && (excess <= 0 || this.cellsBetween(word.start, at) >= excess)) {
				this.wordStart = word.start;
				return;
			}
		}
	}

	/** Whether a boundary at `start` (at most `at`) lies between clusters of a run, a letter after a letter or closing mark. */
	private isOpportunity(start: number, at: number): boolean {
		const {text} = this.line;
		const previous = this.recent.before(start);
		if (previous >= 0 && this.scan(previous) === start) {
			if (scanned.kind !== Kind.Dictionary && !DICTIONARY_CLOSING.includes(text[previous])) return false;
		} else if (!DICTIONARY_CLOSING.includes(text[start - 1]) || this.scan(start - 1) !== start) {
			// Not after a cluster of the run, nor after a closing mark that stands before it ("ab ๆกรม").
			return false;
		}
		if (start < at && !this.recent.has(start)) return false;
		this.scan(start);
		return scanned.kind === Kind.Dictionary;
	}

	/** Cells of the clusters from `from` up to `to` (cluster starts), counted no further than past `limit`. */
	private cellsBetween(from: number, to: number, limit = Number.POSITIVE_INFINITY): number {
		let cells = 0;
		for (let start = from; start < to && cells <= limit; ) {
			start = this.scan(start);
			cells += this.line.grapheme ? scanned.graphemeCells : scanned.cells;
		}
		return cells;
	}

	/** Where the cluster at `start` ends; its facts are left in `scanned`. */
	private scan(start: number): number {
		return scanCluster(this.line.text, start, this.line.table);
	}
}
