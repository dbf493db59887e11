import type {LineSpan} from './line-buffer.js';

/** The line being filled, as wrap.ts's LineFiller keeps it. */
export type FilledLine = {
	readonly text: string;
	readonly width: number;
	readonly grapheme: boolean;
	/** The scanner's table for the width model. */
	readonly table: Uint16Array;
	readonly lines: LineSpan[];
	/** The line: from `start`; content up to `end` (`cells` cells), then `tail` cells of spaces. */
	start: number;
	end: number;
	cells: number;
	tail: number;
	hasContent: boolean;
	/** Whether a piece wider than a line is being cut between clusters as it is scanned (it held no run when it became so). */
	readonly cutting: boolean;
	/** Puts the piece [pieceStart, to), wider than a line, on it: fills the line with its start and cuts the rest between clusters. */
	startCut(pieceStart: number, to: number, afterContent: boolean): void;
	/** Ends the cut: what is left over becomes the line, followed by `tailCells` of spaces. */
	endCut(tailCells: number): void;
	/** The line, trimmed of its trailing spaces. */
	currentLine(): LineSpan;
};
