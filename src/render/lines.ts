import {isBreakSpace, lineSpans, type WidthModel} from '../layout/index.js';
import type {Block, Run} from './document.js';

/**
A line of output: the part [start, end) of a block's styled runs, as offsets into their joined
text (rich's Text.divide: wrap the plain text, then cut the styles at the breaks). A line with no
runs is blank.
*/
export type Line = {runs: readonly Run[]; start: number; end: number};

const BLANK: Line = {runs: [], start: 0, end: 0};

/** `end` moved back over the spaces a line may break after, not before `start`. */
function trimEnd(text: string, start: number, end: number): number {
	while (end > start && isBreakSpace(text.charCodeAt(end - 1))) end--;
	return end;
}

export type LineOptions = {
	/** Cells available for text, or undefined for no wrapping: one line per paragraph. */
	width?: number;
	widthModel: WidthModel;
};

/**
Lays blocks out as lines: the plain text of each block is wrapped first, and its runs are cut at
the line breaks afterwards (theme.ts), so styling can never change where a line breaks.
*/
export function* blockLines(blocks: Iterable<Block>, options: LineOptions): Generator<Line> {
	let first = true;
	for (const block of blocks) {
		if (block.gapBefore && !first) yield BLANK;
		first = false;
		const {runs} = block;
		const text = runs.length === 1 ? runs[0].text : runs.map((run) => run.text).join('');
		if (options.width === undefined) {
			let start = 0;
			for (let end = text.indexOf('\n'); end !== -1; start = end + 1, end = text.indexOf('\n', start)) {
				yield {runs, start, end: trimEnd(text, start, end)};
			}
			yield {runs, start, end: trimEnd(text, start, text.length)};
			continue;
		}
		for (const {start, end} of lineSpans(text, options.width, {widthModel: options.widthModel})) yield {runs, start, end};
	}
}
