import {canBreakBefore, Kind, quoteKind} from './breaks.js';
import {DictionaryBreaker} from './dictionary.js';
import {LineBuffer, type LineSpan} from './line-buffer.js';
import {scanCluster, scanned} from './segment.js';
import {scanTableOf, type WidthModel} from './width-model.js';

export type {LineSpan} from './line-buffer.js';

export type WrapOptions = {
	/** How the terminal measures text; see `WidthModel`. Default `codepoint`. */
	widthModel?: WidthModel;
};

/*
Greedy line filling, in one pass over the grapheme clusters.

The text is cut into pieces, each running from one break opportunity (breaks.ts) to the next: a
word with whatever punctuation is glued to it, then its trailing spaces. A piece is measured as it
is scanned and placed when complete:
- on the current line if it fits after the line's content and spaces;
- else on a new line, if it fits a line on its own;
- else, being wider than a whole line, it starts on the current line, filling it, and is cut
  between clusters. The cut is moved back before closing punctuation so that a danda or comma
  does not start a line, where the moved part still fits (line-buffer.ts, forcedCut).
A piece is known to be wider than a line as soon as its clusters so far are: from then on each
cluster goes straight to the cutter as it is scanned, so an unbroken paragraph is scanned once,
as a spaced one is (only the clusters of the first line of such a piece are looked at twice).
Inside a run of Thai, Lao, Khmer or Myanmar the pieces are cut at dictionary words, where a line
overflows (dictionary.ts), before any cluster of the run is added. A piece that holds clusters of
a run is never cut as it is scanned: the dictionary decides where its lines end, and if it is
still wider than a line when complete (a word of another script glued to the run), it is cut
between clusters then.
Spaces before a break stay at the end of the line they follow and are not counted: lines are
trimmed of them. A single cluster wider than the line gets a line of its own (nothing smaller exists).
Time and memory are linear in the paragraph's length whether it has spaces or not.
*/

// One buffer serves every call: lineSpans runs to the end without yielding, so calls never overlap.
const cutBuffer = new LineBuffer();

function checkWidth(width: number): void {
	if (!Number.isInteger(width) || width < 1) {
		throw new RangeError(`width must be a whole number of cells, at least 1 (got ${width})`);
	}
}

/** The line being filled, and the lines done. Only touched once per piece: the scan keeps its own state in locals. */
class LineFiller {
	readonly lines: LineSpan[] = [];
	/** The current line: from `start`; content up to `end` (`cells` cells), then `tail` cells of spaces. */
	start = 0;
	end = 0;
	cells = 0;
	tail = 0;
	hasContent = false;
	/** Whether the piece being scanned is wider than a line, and its clusters go to the cutter (cutBuffer). */
	cutting = false;
	/** Breaks lines inside runs of Thai, Lao, Khmer and Myanmar; made for the first such run. */
	dictionary: DictionaryBreaker | undefined;

	constructor(
		readonly text: string,
		readonly width: number,
		readonly grapheme: boolean,
		/** The scanner's table for the width model (scanTableOf). */
		readonly table: Uint16Array,
	) {}

	/** The current line, trimmed, as a span; an empty line stands where it would begin. */
	currentLine(): LineSpan {
		return this.hasContent ? {start: this.start, end: this.end, cells: this.cells} : {start: this.start, end: this.start, cells: 0};
	}

	/** Ends the current line at a mandatory break; the next begins at `next`. */
	newline(next: number): void {
		this.lines.push(this.currentLine());
		this.start = this.end = next;
		this.cells = this.tail = 0;
		this.hasContent = false;
	}

	/** Puts a finished piece that fits a line on the current line, or on a new one. */
	place(start: number, end: number, contentCells: number, tailCells: number): void {
		if (this.hasContent && this.cells + this.tail + contentCells <= this.width) {
			this.end = end;
			this.cells += this.tail + contentCells;
		} else {
			if (this.hasContent) this.lines.push(this.currentLine());
			this.start = start; // the first piece of a paragraph includes its leading spaces
			this.end = end;
			this.cells = contentCells;
			this.hasContent = true;
		}
		this.tail = tailCells;
	}

	/** The kind of the cluster just scanned (ending at `end`), straight quotes resolved. */
	kindOf(end: number, afterContent: boolean): Kind {
		return scanned.kind === Kind.Quote ? quoteKind(this.text, end, afterContent) : scanned.kind;
	}

	/**
	The piece from `pieceStart` has just become wider than a line, at `to`: fill the current line
	with its start, and cut the rest up to `to`. Its later clusters come through cutNext.
	*/
	startCut(pieceStart: number, to: number, afterContent: boolean): void {
		this.cutting = true;
		if (this.hasContent) this.fill(pieceStart, to, afterContent);
		else this.cut(this.start, to, false);
	}

	/** Cuts the next cluster of the piece, after the spaces inside the piece from `spacesFrom` (none if it is `start`). */
	cutNext(spacesFrom: number, start: number, end: number, cells: number, kind: Kind): void {
		if (spacesFrom < start) this.cut(spacesFrom, start, false, false);
		const buffer = cutBuffer;
		if (buffer.overflows(cells, this.width)) this.lines.push(buffer.take(buffer.forcedCut(kind, cells, this.width)));
		buffer.push(start, end, cells, kind);
	}

	/** The piece being cut has ended; what is left over becomes the current line, followed by `tailCells` of spaces. */
	endCut(tailCells: number): void {
		const buffer = cutBuffer;
		const content = buffer.content;
		if (buffer.length > 0) this.start = buffer.starts[0];
		this.end = content > 0 ? buffer.ends[content - 1] : this.start;
		this.cells = buffer.cellsBefore(content);
		this.hasContent = content > 0;
		this.tail = tailCells;
		this.cutting = false;
	}

	/**
	Cuts [from, to) between clusters into lines, starting on an empty line (unless `fresh` is
	false: then after what the cutter holds). `afterContent`: whether content stands right before `from`.
	*/
	private cut(from: number, to: number, afterContent: boolean, fresh = true): void {
		const {text, grapheme, table} = this;
		if (fresh) cutBuffer.clear();
		let previousIsContent = afterContent;
		for (let start = from, end = from; start < to; start = end) {
			end = scanCluster(text, start, table);
			const kind = this.kindOf(end, previousIsContent);
			this.cutNext(start, start, end, grapheme ? scanned.graphemeCells : scanned.cells, kind);
			previousIsContent = kind !== Kind.Space;
		}
	}

	/**
	The piece [pieceStart, to) is wider than a line: fill the current line with its start, up to the
	first cluster that does not fit, moved back before closing punctuation and spaces (but not
	before the piece), and cut the rest.
	*/
	private fill(pieceStart: number, to: number, afterContent: boolean): void {
		const {text, width, grapheme, table} = this;
		const buffer = cutBuffer;
		buffer.clear();
		let used = this.cells + this.tail;
		let previousIsContent = afterContent;
		for (let start = pieceStart; used <= width; ) {
			const end = scanCluster(text, start, table);
			const cells = grapheme ? scanned.graphemeCells : scanned.cells;
			const kind = this.kindOf(end, previousIsContent);
			used += cells;
			buffer.push(start, end, cells, kind);
			previousIsContent = kind !== Kind.Space;
			start = end;
		}
		let cut = Math.max(0, buffer.length - 1); // the cluster that did not fit starts the next line...
		while (cut > 0 && (buffer.kinds[cut] === Kind.Close || buffer.kinds[cut] === Kind.Space)) cut--; // ...or one before it
		const contentEnd = buffer.contentEnd(cut);
		if (contentEnd === 0) {
			this.lines.push(this.currentLine());
			this.cut(pieceStart, to, afterContent);
			return;
		}
		this.lines.push({start: this.start, end: buffer.ends[contentEnd - 1], cells: this.cells + this.tail + buffer.cellsBefore(contentEnd)});
		this.cut(buffer.starts[cut], to, buffer.kinds[cut - 1] !== Kind.Space);
	}
}

/**
Places a finished piece; a piece of only leading spaces waits (they count in the first piece with content).
A piece wider than a line that was not cut as scanned (it holds a dictionary run) is cut now.
*/
function placePiece(
	filler: LineFiller,
	hasContent: boolean,
	start: number,
	end: number,
	cells: number,
	contentCells: number,
	afterContent: boolean,
): void {
	if (!hasContent) return;
	if (!filler.cutting && contentCells > filler.width) filler.startCut(start, end, afterContent);
	if (filler.cutting) filler.endCut(cells - contentCells);
	else filler.place(start, end, contentCells, cells - contentCells);
}

/** The lines of one paragraph, as spans of `text`, each at most `width` cells where possible. */
export function lineSpans(text: string, width: number, options: WrapOptions = {}): LineSpan[] {
	checkWidth(width);
	const grapheme = options.widthModel === 'grapheme';
	const table = scanTableOf(options.widthModel ?? 'codepoint');
	const filler = new LineFiller(text, width, grapheme, table);
	// The piece being scanned: from pieceStart; pieceCells so far, of which pieceContentCells up to pieceEnd.
	let pieceStart = 0;
	let pieceEnd = 0;
	let pieceCells = 0;
	let pieceContentCells = 0;
	let pieceHasContent = false;
	let pieceAfterContent = false;
	let last = Kind.Newline; // kind of the last non-space cluster
	let spaced = false;
	let hyphenAfterWord = false;
	// No closure reads these locals: captured, they would live on the heap, and this loop is the hot path.

	for (let start = 0, end = 0; start < text.length; start = end) {
		end = scanCluster(text, start, table);
		const cells = grapheme ? scanned.graphemeCells : scanned.cells;
		const kind = filler.kindOf(end, last !== Kind.Newline && !spaced);

		if (kind === Kind.Newline) {
			placePiece(filler, pieceHasContent, pieceStart, pieceEnd, pieceCells, pieceContentCells, pieceAfterContent);
			filler.newline(end);
			pieceStart = pieceEnd = end;
			pieceCells = pieceContentCells = 0;
			pieceHasContent = false;
			last = Kind.Newline;
			spaced = false;
			continue;
		}
		if (kind === Kind.Space) {
			pieceCells += cells;
			spaced = true;
			continue;
		}
		// Between two letters of a word nothing can break: the common case skips the rules.
		if (spaced || kind !== Kind.Other || last !== Kind.Other) {
			if ((pieceHasContent || filler.hasContent) && canBreakBefore(last, spaced, kind, hyphenAfterWord)) {
				placePiece(filler, pieceHasContent, pieceStart, pieceEnd, pieceCells, pieceContentCells, pieceAfterContent);
				pieceStart = start;
				pieceCells = pieceContentCells = 0;
				pieceAfterContent = !spaced;
			}
			// In a run of Thai, Lao, Khmer or Myanmar, a line that overflows ends between dictionary words.
			if (kind === Kind.Dictionary || filler.dictionary?.continues(start, kind)) {
				filler.dictionary ??= new DictionaryBreaker(filler);
				if (filler.dictionary.endsLine(pieceStart, pieceCells, pieceContentCells, start, end, cells, kind)) {
					pieceStart = filler.dictionary.pieceStart;
					pieceCells = filler.dictionary.pieceCells;
				}
			}
		}
		pieceCells += cells;
		pieceContentCells = pieceCells;
		// A piece wider than a line is cut as it is scanned (see above).
		if (pieceContentCells > width) {
			if (filler.cutting) filler.cutNext(pieceEnd, start, end, cells, kind);
			else if (!filler.dictionary?.holds(pieceStart)) filler.startCut(pieceStart, end, pieceAfterContent);
		}
		pieceEnd = end;
		pieceHasContent = true;
		hyphenAfterWord = kind === Kind.Hyphen && last !== Kind.Newline && !spaced;
		last = kind;
		spaced = false;
	}
	placePiece(filler, pieceHasContent, pieceStart, pieceEnd, pieceCells, pieceContentCells, pieceAfterContent);
	filler.lines.push(filler.currentLine());
	return filler.lines;
}

/**
Wraps one paragraph for a terminal `width` cells wide. Breaks only between grapheme clusters,
never puts closing punctuation at the start of a line, and never changes the text: joining the
lines gives back the paragraph, less the spaces at each break.
*/
export function wrap(text: string, width: number, options: WrapOptions = {}): string[] {
	return lineSpans(text, width, options).map(({start, end}) => text.slice(start, end));
}
