// Layout defects, measured independently of the code under test: a real terminal for widths,
// Intl.Segmenter for clusters. The four kinds are the ones in shared/FACTS.md.
import {type Emulation, openTerminal, type TestTerminal} from './terminal.js';

export const CLOSING = '।॥,.:;!?)]}”’»›…、。，．：；！？）］｝」』】〉》〕〗〙〛ฯๆ๚๛ໆ។៕៖ៗ၊။၌၍၏';

export type Defects = {overflow: string[]; split: string[]; badStart: string[]; underfill: string[]};

const segmenter = new Intl.Segmenter('und', {granularity: 'grapheme'});

const terminals = new Map<string, TestTerminal>();
function terminal(cols: number, emulation: Emulation): TestTerminal {
	const key = `${cols}/${emulation}`;
	const known = terminals.get(key);
	if (known) return known;
	const term = openTerminal(cols, emulation);
	terminals.set(key, term);
	return term;
}

/** Offsets in `text` where a grapheme cluster starts, plus its length. */
export function clusterBoundaries(text: string): Set<number> {
	const starts = new Set<number>([text.length]);
	for (const {index} of segmenter.segment(text)) starts.add(index);
	return starts;
}

/**
The first unit of `line` that no rule lets a line break inside: a word, with opening punctuation
and spaces before it ("( जिसमें", UAX #14 LB14/LB15a) and closing punctuation after it, spaced or not ("है ।").
*/
function firstUnit(line: string): string {
	const match = /^(?:[([{“‘«]+ *)*\S+(?: +[।॥,.:;!?)\]}”’»…ฯๆ๚๛ໆ។៕៖ៗ၊။၌၍၏]\S*)*/u.exec(line);
	return match ? match[0] : line;
}

/**
Checks the lines that `paragraph` was wrapped into at `width` cells, in a terminal of that width.
`indent` is drawn before each line and counted in its width.
*/
export async function findDefects(paragraph: string, lines: string[], width: number, emulation: Emulation, indent = ''): Promise<Defects> {
	const found: Defects = {overflow: [], split: [], badStart: [], underfill: []};
	const term = terminal(indent.length + width, emulation);
	const measure = terminal(1000, emulation);
	const boundaries = clusterBoundaries(paragraph);
	let offset = 0;
	for (const [i, line] of lines.entries()) {
		if (await term.overflows(indent + line)) found.overflow.push(line);
		const at = paragraph.indexOf(line, offset);
		if (at < 0 || !boundaries.has(at) || !boundaries.has(at + line.length)) found.split.push(line);
		if (at >= 0) offset = at + line.length;
		if (i > 0 && CLOSING.includes(line[0])) found.badStart.push(line);
		const next = lines[i + 1];
		if (next !== undefined) {
			const cells = await measure.cellsOf(`${line} ${firstUnit(next)}`);
			if (cells <= width) found.underfill.push(line);
		}
	}
	return found;
}

export const NO_DEFECTS: Defects = {overflow: [], split: [], badStart: [], underfill: []};
