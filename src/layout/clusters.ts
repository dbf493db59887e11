import {graphemeSegments} from 'unicode-segmenter/grapheme';
import {CONJUNCT_LETTER_RANGES} from './width-table.js';
import {codePointRunWidth, codePointWidth, inRanges} from './width.js';

/**
How a terminal measures text.
- `codepoint`: the sum of each code point's width (xterm, VTE, tmux, alacritty, kitty, xterm.js).
- `grapheme`: whole grapheme clusters (xterm.js with the unicode-graphemes addon, WezTerm,
  Windows Terminal 1.22+, Ghostty and foot in mode 2027).
*/
export type WidthModel = 'codepoint' | 'grapheme';

/** A grapheme cluster of a string: `text.slice(start, end)`, taking `cells` cells. */
export type ClusterSpan = {start: number; end: number; cells: number};

/*
Cell width of one grapheme cluster in the `grapheme` model, as xterm.js's unicode-graphemes addon
draws it. That addon segments by Unicode 15.0 rules, which predate the Indic conjunct rule (GB9c),
so it splits our cluster क्ष into क् and ष. Rules, in order:

1. The cluster is cut into parts: a new part starts at every letter of a conjunct-forming script
   (Devanagari, Bengali, Malayalam, ...) that is not the cluster's first code point.
   So क्ष is 2 parts, ष्ट्र 3, कि 1, ज़्या 2.
2. A part that holds an East Asian Wide or Fullwidth code point, or U+FE0F (emoji presentation),
   is 2 cells. A pair of regional indicators (a flag) is 2 cells.
3. Every other part is 1 cell, whatever marks it carries.
4. Except a lone U+FEFF (zero width no-break space), which xterm.js draws as nothing.
*/
const REGIONAL_INDICATOR_FIRST = 0x1f1e6;
const REGIONAL_INDICATOR_LAST = 0x1f1ff;

let conjunctLetters: Uint8Array | undefined;

function isConjunctLetter(cp: number): boolean {
	if (cp > 0xffff) return inRanges(CONJUNCT_LETTER_RANGES, cp);
	conjunctLetters ??= (() => {
		const table = new Uint8Array(0x10000);
		for (let i = 0; i < CONJUNCT_LETTER_RANGES.length; i += 2) {
			if (CONJUNCT_LETTER_RANGES[i] > 0xffff) break;
			table.fill(1, CONJUNCT_LETTER_RANGES[i], CONJUNCT_LETTER_RANGES[i + 1] + 1);
		}
		return table;
	})();
	return conjunctLetters[cp] === 1;
}

/** Cells the cluster `text.slice(start, end)` takes in the `grapheme` model (rules above). */
export function graphemeClusterWidth(text: string, start: number, end: number): number {
	if (end - start === 1 && text.charCodeAt(start) === 0xfeff) return 0;
	let cells = 0;
	let partWide = false;
	let regional = 0;
	for (let i = start; i < end; ) {
		const cp = text.codePointAt(i) as number;
		if (i !== start && isConjunctLetter(cp)) {
			cells += partWide ? 2 : 1;
			partWide = false;
		}
		i += cp > 0xffff ? 2 : 1;
		if (cp === 0xfe0f || codePointWidth(cp) === 2) partWide = true;
		if (cp >= REGIONAL_INDICATOR_FIRST && cp <= REGIONAL_INDICATOR_LAST) regional++;
	}
	return cells + (partWide || regional === 2 ? 2 : 1);
}

/** Cells `text.slice(start, end)` (whole clusters) takes under `model`. */
export function clusterWidth(text: string, start: number, end: number, model: WidthModel): number {
	return model === 'grapheme' ? graphemeClusterWidth(text, start, end) : codePointRunWidth(text, start, end);
}

/**
The grapheme clusters of `text` (UAX #29 extended clusters, with the Indic conjunct rule), as spans.
Linear in the length of `text`: unicode-segmenter, not Intl.Segmenter, which is quadratic on Node 20.
*/
export function* clusterSpans(text: string, model: WidthModel = 'codepoint'): Generator<ClusterSpan> {
	for (const {index, segment} of graphemeSegments(text)) {
		const end = index + segment.length;
		yield {start: index, end, cells: clusterWidth(text, index, end, model)};
	}
}
