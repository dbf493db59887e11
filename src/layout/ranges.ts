/*
Lookups in the generated Unicode tables. Two shapes, both flat arrays sorted by code point:
- ranges: inclusive [first, last] pairs, for a set of code points (width-table.ts);
- runs: [first, value] pairs, each run lasting until the next one starts, for a value per code
  point (grapheme-table.ts).
The BMP is copied into a typed array once (fill*), so that a lookup there is one index; code points
past it are found by binary search (the common half of inRanges and runValue).
*/

/** Index of the last pair of `pairs` whose first number is at most `cp`, or -1. */
function lastPairAtOrBelow(pairs: readonly number[], cp: number): number {
	let lo = -1;
	let hi = pairs.length / 2 - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (pairs[mid * 2] <= cp) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** Whether `cp` lies in one of the inclusive [first, last] pairs of `ranges`. */
export function inRanges(ranges: readonly number[], cp: number): boolean {
	const pair = lastPairAtOrBelow(ranges, cp);
	return pair >= 0 && cp <= ranges[pair * 2 + 1];
}

/** The value of the run of `runs` that holds `cp` (the runs start at code point 0). */
export function runValue(runs: readonly number[], cp: number): number {
	return runs[lastPairAtOrBelow(runs, cp) * 2 + 1];
}

/** Sets `table[cp]` to `value` for each BMP code point in `ranges`. */
export function fillRanges(table: Uint8Array | Uint16Array, ranges: readonly number[], value: number): void {
	for (let i = 0; i < ranges.length && ranges[i] < 0x10000; i += 2) table.fill(value, ranges[i], Math.min(ranges[i + 1], 0xffff) + 1);
}

/** Sets `table[cp]` to the value of its run in `runs`, for each BMP code point. */
export function fillRuns(table: Uint8Array | Uint16Array, runs: readonly number[]): void {
	for (let i = 0; i < runs.length && runs[i] < 0x10000; i += 2) {
		const end = i + 2 < runs.length ? Math.min(runs[i + 2], 0x10000) : 0x10000;
		table.fill(runs[i + 1], runs[i], end);
	}
}
