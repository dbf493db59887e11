import {isBreakSpace, lineSpans, type WidthModel} from '../layout/index.js';
import type {Block} from './document.js';
import {formatLine, type Theme} from './theme.js';

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
Lays blocks out as lines of output, without newlines: the plain text of each block is wrapped
first, and its runs are cut at the line breaks and styled afterwards (theme.ts, rich's
Text.divide), so styling can never change where a line breaks. A blank line stands before a block
that asks for a gap, except the first.
*/
export function* blockLines(blocks: Iterable<Block>, options: LineOptions, theme: Theme): Generator<string> {
	const {width} = options;
	const wrapOptions = {widthModel: options.widthModel};
	let first = true;
	for (const block of blocks) {
		if (block.gapBefore && !first) yield '';
		first = false;
		const {runs} = block;
		const text = runs.length === 1 ? runs[0].text : runs.map((run) => run.text).join('');
		if (width === undefined) {
			let start = 0;
			for (let end = text.indexOf('\n'); end !== -1; start = end + 1, end = text.indexOf('\n', start)) {
				yield formatLine(runs, start, trimEnd(text, start, end), theme);
			}
			yield formatLine(runs, start, trimEnd(text, start, text.length), theme);
			continue;
		}
		const lines = lineSpans(text, width, wrapOptions);
		for (let i = 0; i < lines.length; i++) yield formatLine(runs, lines[i].start, lines[i].end, theme);
	}
}
