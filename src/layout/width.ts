import {fillRanges, inRanges} from './ranges.js';
import {WIDE_RANGES, ZERO_WIDTH_RANGES} from './width-table.js';
import {UNICODE5_WIDE_RANGES, UNICODE5_ZERO_WIDTH_RANGES} from './width-unicode5-table.js';

/*
Cell width of one code point, in the per-code-point model that xterm, VTE, tmux, glibc's wcwidth
and xterm.js (by default) draw with. The rules, first match wins:

1. Printable ASCII (U+0020..U+007E) is 1. This is the fast path: most text is mostly ASCII.
2. C0 and C1 controls and DEL (U+0000..U+001F, U+007F..U+009F) are 0. They move the cursor
   rather than draw; callers that print untrusted text must remove them first.
3. Nonspacing and enclosing marks (Mn, Me), format characters (Cf, including ZWJ and ZWNJ), other
   default-ignorable code points, and Hangul medial vowels and final consonants are 0.
   So the virama ् and the vowel signs ु ू ृ े ै and the nukta ़ add nothing.
   Except U+00AD SOFT HYPHEN (Cf), which wcwidth, xterm and tmux draw as 1 cell.
4. East Asian Wide and Fullwidth are 2.
5. Everything else is 1, including the Devanagari spacing vowel signs (Mc) ा ि ी ो ौ.

The tables behind 3 and 4 are generated (scripts/make-unicode-tables.mjs), in two editions:
- `current`: today's Unicode, as glibc, tmux, VTE, kitty and xterm.js's Unicode 11 addon have it
  (width-table.ts);
- `unicode5`: Markus Kuhn's wcwidth for Unicode 5.0, which xterm.js draws with when no addon is
  loaded, as older xterm and VTE builds do (width-unicode5-table.ts, whose header lists how the two
  differ). Marks added since 5.0 are 1 there (Myanmar ် U+103A, ွ U+103D, ऀ U+0900, Telugu U+0C00),
  emoji are 1, and a few code points unassigned in 5.0 inside CJK blocks are 2.
*/

/** Which edition of the tables behind rules 3 and 4 (see above). */
export type CodePointTables = 'current' | 'unicode5';

const RANGES = {
	current: {zero: ZERO_WIDTH_RANGES, wide: WIDE_RANGES},
	unicode5: {zero: UNICODE5_ZERO_WIDTH_RANGES, wide: UNICODE5_WIDE_RANGES},
};

const bmp: {[T in CodePointTables]?: Uint8Array} = {};

function buildBmpTable(tables: CodePointTables): Uint8Array {
	const table = new Uint8Array(0x10000).fill(1);
	fillRanges(table, RANGES[tables].zero, 0);
	fillRanges(table, RANGES[tables].wide, 2);
	table.fill(0, 0, 0x20);
	table.fill(0, 0x7f, 0xa0);
	return table;
}

/** The width of each BMP code point (rules above). */
export function bmpWidths(tables: CodePointTables = 'current'): Uint8Array {
	bmp[tables] ??= buildBmpTable(tables);
	return bmp[tables];
}

/** Cells one code point takes in the per-code-point model (rules above). */
export function codePointWidth(cp: number, tables: CodePointTables = 'current'): number {
	if (cp >= 0x20 && cp < 0x7f) return 1;
	if (cp < 0x10000) return bmpWidths(tables)[cp];
	if (inRanges(RANGES[tables].zero, cp)) return 0;
	return inRanges(RANGES[tables].wide, cp) ? 2 : 1;
}

/** Whether a code point is East Asian Wide or Fullwidth. */
export function isWide(cp: number): boolean {
	return codePointWidth(cp) === 2;
}

/** Sum of the per-code-point widths of `text` from `start` to `end`. */
export function codePointRunWidth(text: string, start = 0, end = text.length, tables: CodePointTables = 'current'): number {
	let width = 0;
	for (let i = start; i < end; i++) {
		const unit = text.charCodeAt(i);
		if (unit >= 0x20 && unit < 0x7f) {
			width += 1;
			continue;
		}
		const cp = text.codePointAt(i) as number;
		if (cp > 0xffff) i++;
		width += codePointWidth(cp, tables);
	}
	return width;
}
