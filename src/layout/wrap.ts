import {canBreakBefore, Kind, quoteKind} from './breaks.js';
import type {WidthModel} from './clusters.js';
import {DictionaryBreaker} from './dictionary.js';
import {LineBuffer, type LineSpan} from './line-buffer.js';
import {scanCluster, scanned} from './segment.js';

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
Inside a run of Thai, Lao, Khmer or Myanmar the pieces are cut at dictionary words, where a line
overflows (dictionary.ts).
Spaces before a break stay at the end of the line they follow and are not counted: lines are
trimmed of them. A single cluster wider than the line gets a line of its own (nothing smaller exists).
Only pieces wider than a line are looked at twice, so time and memory are linear in the
paragraph's length whether it has spaces or not.
*/

// One buffer serves every call: lineSpans runs to the end without yielding, so calls never overlap.
const cutBuffer = new LineBuffer();

function checkWidth(width: number): void {
	if (!Number.isInteger(width) || width < 1) {
		throw new RangeError(`width must be a whole number of cells, at least 1 (got ${width})`);
	}
}

/** A piece of the paragraph, finished: where it starts and its content ends, and its cells. */
type Piece = {
	start: number;
	/** End of its last non-space cluster. */
	end: number;
	/** Cells up to `end`. */
	contentCells: number;
	/** Cells of the spaces after `end`. */
	tailCells: number;
	/** Whether its first cluster follows content directly (for straight quotes). */
	afterContent: boolean;
};

/** The line being filled, and the lines done. Only touched once per piece: the scan keeps its own state in locals. */
class LineFiller {
	readonly lines: LineSpan[] = [];
	/** The current line: from `start`; content up to `end` (`cells` cells), then `tail` cells of spaces. */
	start = 0;
	end = 0;
	cells = 0;
	tail = 0;
	hasContent = false;
	/** Breaks lines inside runs of Thai, Lao, Khmer and Myanmar; made for the first such run. */
	dictionary: DictionaryBreaker | undefined;

	constructor(
		readonly text: string,
		readonly width: number,
		readonly grapheme: boolean,
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

	/** Puts a finished piece on the line (see above). */
	place(piece: Piece): void {
		const {width} = this;
		if (this.hasContent && this.cells + this.tail + piece.contentCells <= width) {
			this.end = piece.end;
			this.cells += this.tail + piece.contentCells;
		} else if (piece.contentCells <= width) {
			if (this.hasContent) this.lines.push(this.currentLine());
			this.start = piece.start; // the first piece of a paragraph includes its leading spaces
			this.end = piece.end;
			this.cells = piece.contentCells;
			this.hasContent = true;
		} else if (this.hasContent) {
			this.fill(piece);
		} else {
			this.cutFrom(this.start, piece.end, false);
		}
		this.tail = piece.tailCells;
	}

	/** The kind of the cluster just scanned (ending at `end`), straight quotes resolved. */
	kindOf(end: number, afterContent: boolean): Kind {
		return scanned.kind === Kind.Quote ? quoteKind(this.text, end, afterContent) : scanned.kind;
	}

	/**
	Cuts [from, to) between clusters into lines, starting on an empty line; what is left over
	becomes the current line. `afterContent`: whether content stands right before `from`.
	*/
	cutFrom(from: number, to: number, afterContent: boolean): void {
		const {text, width, grapheme} = this;
		const buffer = cutBuffer;
		buffer.clear();
		let previousIsContent = afterContent;
		for (let start = from, end = from; start < to; start = end) {
			end = scanCluster(text, start);
			const cells = grapheme ? scanned.graphemeCells : scanned.cells;
			const kind = this.kindOf(end, previousIsContent);
			if (buffer.overflows(cells, width)) this.lines.push(buffer.take(buffer.forcedCut(kind, cells, width)));
			buffer.push(start, end, cells, kind);
			previousIsContent = kind !== Kind.Space;
		}
		const content = buffer.content;
		this.start = buffer.length > 0 ? buffer.starts[0] : from;
		this.end = content > 0 ? buffer.ends[content - 1] : this.start;
		this.cells = buffer.cellsBefore(content);
		this.hasContent = content > 0;
	}

	/**
	The piece is wider than a line: fill the current line with its start, up to the first cluster
	that does not fit, moved back before closing punctuation and spaces (but not before the
	piece), and cut the rest.
	*/
	fill(piece: Piece): void {
		const {text, width, grapheme} = this;
		const buffer = cutBuffer;
		buffer.clear();
		let used = this.cells + this.tail;
		let previousIsContent = piece.afterContent;
		for (let start = piece.start; used <= width; ) {
			const end = scanCluster(text, start);
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
			this.cutFrom(piece.start, piece.end, piece.afterContent);
			return;
		}
		this.lines.push({start: this.start, end: buffer.ends[contentEnd - 1], cells: this.cells + this.tail + buffer.cellsBefore(contentEnd)});
		this.cutFrom(buffer.starts[cut], piece.end, buffer.kinds[cut - 1] !== Kind.Space);
	}
}

/** Places a finished piece; a piece of only leading spaces waits (they count in the first piece with content). */
function placePiece(
	filler: LineFiller,
	hasContent: boolean,
	start: number,
	end: number,
	cells: number,
	contentCells: number,
	afterContent: boolean,
): void {
	if (hasContent) filler.place({start, end, contentCells, tailCells: cells - contentCells, afterContent});
}

/** The lines of one paragraph, as spans of `text`, each at most `width` cells where possible. */
export function lineSpans(text: string, width: number, options: WrapOptions = {}): LineSpan[] {
	checkWidth(width);
	const grapheme = options.widthModel === 'grapheme';
	const filler = new LineFiller(text, width, grapheme);
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
		end = scanCluster(text, start);
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
