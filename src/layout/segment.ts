import {bmpKinds, Kind, multiKind, standaloneKind} from './breaks.js';
import {GraphemeClass as C, GRAPHEME_CLASS_RUNS} from './grapheme-table.js';
import {fillRuns, runValue} from './ranges.js';
import {bmpWidths, type CodePointTables, codePointWidth} from './width.js';

/*
Grapheme clusters (UAX #29 extended clusters, Unicode 17), found one at a time without
allocating: `scanCluster(text, start, table)` is where the cluster that starts at `start` ends. Linear in
the length of the text; Intl.Segmenter is quadratic on Node 20, and a generator of segment objects
costs as much as the rest of wrapping.

A cluster does not end between two code points when, in order (first match wins):
- GB3  CR × LF; GB4/5 otherwise it ends after and before CR, LF and controls;
- GB6-8 Hangul syllable sequences (L × L V LV LVT; LV V × V T; LVT T × T);
- GB9/9a × Extend, ZWJ, SpacingMark; GB9b Prepend ×;
- GB9c a consonant, then Extend or linker marks with at least one linker (virama) × a consonant:
  क्ष, ष्ट्र and क्‍ष are one cluster each; क्‌ष (ZWNJ) is two;
- GB11 pictograph Extend* ZWJ × pictograph (emoji ZWJ sequences);
- GB12/13 regional indicators pair up (flags).
The classes come from scripts/make-unicode-tables.mjs.

The same walk measures the cluster in both width models (the grapheme model's rules are below,
above scanCluster) and notes the kind of its first code point for line breaking (breaks.ts), so wrapping
looks at each code point once. For the BMP the three facts share one table entry:
class in bits 0-4, cell width in bits 5-6, kind in bits 7-10. There is one such table per edition
of the width tables (width.ts), made when first used: `current`, or `unicode5` for old terminals.
*/

let info: Uint16Array | undefined;
let unicode5Info: Uint16Array | undefined;

function buildInfoTable(tables: CodePointTables): Uint16Array {
	const table = new Uint16Array(0x10000);
	fillRuns(table, GRAPHEME_CLASS_RUNS);
	const widths = bmpWidths(tables);
	const kinds = bmpKinds();
	for (let cp = 0; cp < 0x10000; cp++) table[cp] |= (widths[cp] << 5) | (kinds[cp] << 7);
	return table;
}

/** The scanner's BMP table for an edition of the width tables, made on first use; scanCluster takes it. */
export function scanTable(tables: CodePointTables = 'current'): Uint16Array {
	if (tables === 'current') {
		info ??= buildInfoTable('current');
		return info;
	}
	unicode5Info ??= buildInfoTable('unicode5');
	return unicode5Info;
}

/** Class, width and kind of a code point past the BMP, packed as in `table` (scanTable's) for the BMP. */
function astralInfo(cp: number, table: Uint16Array): number {
	const tables: CodePointTables = table === info ? 'current' : 'unicode5';
	return runValue(GRAPHEME_CLASS_RUNS, cp) | (codePointWidth(cp, tables) << 5) | (standaloneKind(cp) << 7);
}

/** What scanCluster found besides the end; overwritten by each call. */
export const scanned = {
	/** Cells per code point, in the edition of the tables that scanCluster was given (the codepoint models). */
	cells: 0,
	/** Cells as xterm.js with the unicode-graphemes addon draws the cluster (the grapheme model; scanned with the current tables). */
	graphemeCells: 0,
	/** The cluster's kind for line breaking; Kind.Quote for a straight quote alone. */
	kind: Kind.Other as Kind,
};

const isExtendLike = (c: C) => c === C.Extend || c === C.ExtendNone || c === C.Linker;

/*
The grapheme model's width of a cluster, as xterm.js's unicode-graphemes addon draws it. That
addon segments by Unicode 15.0 rules, which predate the Indic conjunct rule (GB9c), so it splits
our cluster क्ष into क् and ष. Rules, in order:
1. The cluster is cut into parts: a new part starts at every consonant that the conjunct rule
   joined to it. So क्ष is 2 parts, ष्ट्र 3, कि 1, ज़्या 2.
2. A part that holds an East Asian Wide or Fullwidth code point, or U+FE0F (emoji presentation),
   is 2 cells; so is a pair of regional indicators (a flag).
3. Every other part is 1 cell, whatever marks it carries.
4. Except a lone U+FEFF (zero width no-break space), which xterm.js draws as nothing.
*/

/**
Where the grapheme cluster that starts at `start` ends (a UTF-16 offset); its facts are left in
`scanned`. `table` is scanTable's for the edition of the width tables that `scanned.cells` counts in;
callers look it up once, not per cluster (a lookup per cluster cost 5% of wrapping time).
*/
export function scanCluster(text: string, start: number, table: Uint16Array): number {
	const length = text.length;
	let cp = text.charCodeAt(start);
	if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(start) as number;
	const firstCp = cp;
	let bits = cp < 0x10000 ? table[cp] : astralInfo(cp, table);
	const kind: Kind = bits >> 7;
	let i = start + (cp > 0xffff ? 2 : 1);
	let count = 1;
	let previous: C = bits & 31;
	let cells = (bits >> 5) & 3;
	let parts = 0; // cells of the finished parts, in the grapheme model
	let partWide = cells === 2 || cp === 0xfe0f;
	let conjunct = previous === C.Consonant ? 1 : 0; // 1: consonant (+ marks), 2: and a linker since
	let emoji = previous === C.Pictographic ? 1 : 0; // 1: pictograph (+ Extend), 2: and then ZWJ
	let regional = previous === C.RI ? 1 : 0;
	while (i < length) {
		cp = text.charCodeAt(i);
		if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i) as number;
		bits = cp < 0x10000 ? table[cp] : astralInfo(cp, table);
		const next: C = bits & 31;
		if (!joins(previous, next, conjunct, emoji, regional)) break;
		const width = (bits >> 5) & 3;
		cells += width;
		if (next === C.Consonant) {
			parts += partWide ? 2 : 1;
			partWide = false;
			conjunct = 1;
		} else if (next === C.Linker) conjunct = conjunct > 0 ? 2 : 0;
		else if (next !== C.Extend && next !== C.ZWJ) conjunct = 0;
		if (width === 2 || cp === 0xfe0f) partWide = true;
		if (next === C.Pictographic) emoji = 1;
		else if (next === C.ZWJ) emoji = emoji === 1 ? 2 : 0;
		else if (!isExtendLike(next)) emoji = 0;
		regional = next === C.RI ? regional + 1 : 0;
		previous = next;
		count++;
		i += cp > 0xffff ? 2 : 1;
	}
	scanned.cells = cells;
	scanned.kind = count === 1 ? kind : multiKind(kind);
	scanned.graphemeCells = count === 1 && firstCp === 0xfeff ? 0 : parts + (partWide || regional === 2 ? 2 : 1);
	return i;
}

/** Whether the cluster goes on from `previous` to `next` (the rules above, the common cases first). */
function joins(previous: C, next: C, conjunct: number, emoji: number, regional: number): boolean {
	// GB9, GB9a: marks, joiners and spacing marks join, except after CR, LF or a control (GB4).
	if (next >= C.Extend && next <= C.SpacingMark) return previous > C.Control || previous === C.Other;
	if (previous === C.CR) return next === C.LF;
	if (previous === C.LF || previous === C.Control || next === C.CR || next === C.LF || next === C.Control) return false;
	if (previous === C.Prepend) return true;
	if (next === C.Consonant) return conjunct === 2;
	if (next === C.Other) return false;
	if (previous === C.L && (next === C.L || next === C.V || next === C.LV || next === C.LVT)) return true;
	if ((previous === C.LV || previous === C.V) && (next === C.V || next === C.T)) return true;
	if ((previous === C.LVT || previous === C.T) && next === C.T) return true;
	if (next === C.Pictographic) return previous === C.ZWJ && emoji === 2;
	if (next === C.RI) return previous === C.RI && regional % 2 === 1;
	return false;
}
