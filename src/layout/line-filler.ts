import {Kind, quoteKind} from './breaks.js';
import type {DictionaryBreaker} from './dictionary.js';
import type {FilledLine} from './filled-line.js';
import {LineBuffer, type LineSpan} from './line-buffer.js';
import {scanCluster, scanned} from './segment.js';

// The line filler of wrap.ts, whose rules are written there.

// One buffer serves every call: lineSpans runs to the end without yielding, so calls never overlap.
const cutBuffer = new LineBuffer();

/** The line being filled, and the lines done. Only touched once per piece: the scan keeps its own state in locals. */
export class LineFiller implements FilledLine {
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
