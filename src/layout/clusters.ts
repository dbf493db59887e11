import {scanCluster, scanned} from './segment.js';

/**
How a terminal measures text.
- `codepoint`: the sum of each code point's width (xterm, VTE, tmux, alacritty, kitty, xterm.js).
- `grapheme`: whole grapheme clusters (xterm.js with the unicode-graphemes addon, WezTerm,
  Windows Terminal 1.22+, Ghostty and foot in mode 2027). The rules are above scanCluster.
*/
export type WidthModel = 'codepoint' | 'grapheme';

/** A grapheme cluster of a string: `text.slice(start, end)`, taking `cells` cells. */
export type ClusterSpan = {start: number; end: number; cells: number};

/** The grapheme clusters of `text` (UAX #29 extended clusters, with the Indic conjunct rule), as spans. */
export function* clusterSpans(text: string, model: WidthModel = 'codepoint'): Generator<ClusterSpan> {
	for (let start = 0, end = 0; start < text.length; start = end) {
		end = scanCluster(text, start);
		yield {start, end, cells: model === 'grapheme' ? scanned.graphemeCells : scanned.cells};
	}
}
