import {lineSpans, type WidthModel} from '../layout/index.js';
import type {Block, Run} from './document.js';

/** A line of output as styled runs; no runs is a blank line. */
export type Line = Run[];

export type LineOptions = {
	/** Cells available for text, or undefined for no wrapping: one line per paragraph. */
	width?: number;
	widthModel: WidthModel;
};

/** Cuts `runs` (whose texts, joined, are `text`) to the range [start, end) of that text. */
function cutRuns(runs: Run[], start: number, end: number): Run[] {
	if (runs.length === 1) return [{text: runs[0].text.slice(start, end), role: runs[0].role}];
	const out: Run[] = [];
	let offset = 0;
	for (const run of runs) {
		const from = Math.max(start, offset);
		const to = Math.min(end, offset + run.text.length);
		if (from < to) out.push({text: run.text.slice(from - offset, to - offset), role: run.role});
		offset += run.text.length;
	}
	return out;
}

/**
Lays blocks out as lines: the plain text of each block is wrapped first, and its runs are cut at
the line breaks afterwards, so styling can never change where a line breaks.
*/
export function* blockLines(blocks: Iterable<Block>, options: LineOptions): Generator<Line> {
	let first = true;
	for (const block of blocks) {
		if (block.gapBefore && !first) yield [];
		first = false;
		const text = block.runs.length === 1 ? block.runs[0].text : block.runs.map((run) => run.text).join('');
		if (options.width === undefined) {
			let start = 0;
			for (const end of [...lineEnds(text), text.length]) {
				yield cutRuns(block.runs, start, end);
				start = end + 1;
			}
			continue;
		}
		for (const {start, end} of lineSpans(text, options.width, {widthModel: options.widthModel})) {
			yield cutRuns(block.runs, start, end);
		}
	}
}

function* lineEnds(text: string): Generator<number> {
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) yield i;
}
