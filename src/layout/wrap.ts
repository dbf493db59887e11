import {canBreakBefore, Kind} from './breaks.js';
import {DictionaryBreaker} from './dictionary.js';
import type {LineSpan} from './line-buffer.js';
import {LineFiller} from './line-filler.js';
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

function checkWidth(width: number): void {
	if (!Number.isInteger(width) || width < 1) {
		throw new RangeError(`width must be a whole number of cells, at least 1 (got ${width})`);
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
