import {canBreakBefore, Kind, quoteKind} from './breaks.js';
import type {WidthModel} from './clusters.js';
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

/** The lines of one paragraph, as spans of `text`, each at most `width` cells where possible. */
export function lineSpans(text: string, width: number, options: WrapOptions = {}): LineSpan[] {
	checkWidth(width);
	const grapheme = options.widthModel === 'grapheme';
	const lines: LineSpan[] = [];

	// The line being filled: from lineStart; content up to lineEnd (lineCells cells), then lineTail cells of spaces.
	let lineStart = 0;
	let lineEnd = 0;
	let lineCells = 0;
	let lineTail = 0;
	let lineHasContent = false;
	// The piece being scanned: from pieceStart; pieceCells so far, of which pieceContentCells up to pieceEnd.
	let pieceStart = 0;
	let pieceEnd = 0;
	let pieceCells = 0;
	let pieceContentCells = 0;
	let pieceHasContent = false;
	let pieceAfterContent = false; // whether its first cluster follows content directly (for straight quotes)

	let last = Kind.Newline; // kind of the last non-space cluster
	let spaced = false;
	let hyphenAfterWord = false;

	/** The current line, trimmed, as a span; an empty line stands where it would begin. */
	const currentLine = (): LineSpan =>
		lineHasContent ? {start: lineStart, end: lineEnd, cells: lineCells} : {start: lineStart, end: lineStart, cells: 0};

	/** The kind of the cluster just scanned (ending at `end`), straight quotes resolved. */
	const kindOf = (end: number, afterContent: boolean): Kind =>
		scanned.kind === Kind.Quote ? quoteKind(text, end, afterContent) : scanned.kind;

	/**
	Cuts [from, to) between clusters into lines, starting on an empty line; what is left over
	becomes the current line. `afterContent`: whether content stands right before `from`.
	*/
	const cutFrom = (from: number, to: number, afterContent: boolean) => {
		const buffer = cutBuffer;
		buffer.clear();
		let previousIsContent = afterContent;
		for (let start = from, end = from; start < to; start = end) {
			end = scanCluster(text, start);
			const cells = grapheme ? scanned.graphemeCells : scanned.cells;
			const kind = kindOf(end, previousIsContent);
			if (buffer.overflows(cells, width)) lines.push(buffer.take(buffer.forcedCut(kind, cells, width)));
			buffer.push(start, end, cells, kind);
			previousIsContent = kind !== Kind.Space;
		}
		const content = buffer.content;
		lineStart = buffer.length > 0 ? buffer.starts[0] : from;
		lineEnd = content > 0 ? buffer.ends[content - 1] : lineStart;
		lineCells = 0;
		for (let i = 0; i < content; i++) lineCells += buffer.cells[i];
		lineHasContent = content > 0;
	};

	/**
	The piece is wider than a line: fill the current line with its start, up to the first cluster
	that does not fit, moved back before closing punctuation and spaces (but not before the
	piece), and cut the rest.
	*/
	const fill = () => {
		const buffer = cutBuffer;
		buffer.clear();
		let used = lineCells + lineTail;
		let previousIsContent = pieceAfterContent;
		for (let start = pieceStart; used <= width; ) {
			const end = scanCluster(text, start);
			const cells = grapheme ? scanned.graphemeCells : scanned.cells;
			const kind = kindOf(end, previousIsContent);
			used += cells;
			buffer.push(start, end, cells, kind);
			previousIsContent = kind !== Kind.Space;
			start = end;
		}
		let cut = Math.max(0, buffer.length - 1); // the cluster that did not fit starts the next line...
		while (cut > 0 && (buffer.kinds[cut] === Kind.Close || buffer.kinds[cut] === Kind.Space)) cut--; // ...or one before it
		const contentEnd = buffer.contentEnd(cut);
		if (contentEnd === 0) {
			lines.push(currentLine());
			cutFrom(pieceStart, pieceEnd, pieceAfterContent);
			return;
		}
		let cells = lineCells + lineTail;
		for (let i = 0; i < contentEnd; i++) cells += buffer.cells[i];
		lines.push({start: lineStart, end: buffer.ends[contentEnd - 1], cells});
		cutFrom(buffer.starts[cut], pieceEnd, buffer.kinds[cut - 1] !== Kind.Space);
	};

	/** Puts the finished piece on the line (see above). */
	const place = () => {
		if (!pieceHasContent) return; // only leading spaces so far: they wait for content
		const tail = pieceCells - pieceContentCells;
		if (lineHasContent && lineCells + lineTail + pieceContentCells <= width) {
			lineEnd = pieceEnd;
			lineCells += lineTail + pieceContentCells;
		} else if (pieceContentCells <= width) {
			if (lineHasContent) lines.push(currentLine());
			lineStart = pieceStart;
			lineEnd = pieceEnd;
			lineCells = pieceContentCells;
			lineHasContent = true;
		} else if (lineHasContent) {
			fill();
		} else {
			cutFrom(lineStart, pieceEnd, false);
		}
		lineTail = tail;
	};

	for (let start = 0, end = 0; start < text.length; start = end) {
		end = scanCluster(text, start);
		const cells = grapheme ? scanned.graphemeCells : scanned.cells;
		const kind = kindOf(end, last !== Kind.Newline && !spaced);

		if (kind === Kind.Newline) {
			place();
			lines.push(currentLine());
			lineStart = lineEnd = pieceStart = pieceEnd = end;
			lineCells = lineTail = pieceCells = pieceContentCells = 0;
			lineHasContent = pieceHasContent = false;
			last = Kind.Newline;
			spaced = false;
			continue;
		}
		if (kind === Kind.Space) {
			pieceCells += cells;
			spaced = true;
			continue;
		}
		if ((pieceHasContent || lineHasContent) && canBreakBefore(last, spaced, kind, hyphenAfterWord)) {
			place();
			pieceStart = start;
			pieceCells = pieceContentCells = 0;
			pieceAfterContent = !spaced;
		}
		pieceCells += cells;
		pieceContentCells = pieceCells;
		pieceEnd = end;
		pieceHasContent = true;
		hyphenAfterWord = kind === Kind.Hyphen && last !== Kind.Newline && !spaced;
		last = kind;
		spaced = false;
	}
	place();
	lines.push(currentLine());
	return lines;
}

/**
Wraps one paragraph for a terminal `width` cells wide. Breaks only between grapheme clusters,
never puts closing punctuation at the start of a line, and never changes the text: joining the
lines gives back the paragraph, less the spaces at each break.
*/
export function wrap(text: string, width: number, options: WrapOptions = {}): string[] {
	return lineSpans(text, width, options).map(({start, end}) => text.slice(start, end));
}
