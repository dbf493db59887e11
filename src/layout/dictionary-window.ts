import {bmpKinds, Kind} from './breaks.js';

/*
ICU's word boundaries near one position of a paragraph, from a bounded window of it.

ICU sees only WINDOW characters on each side of the position: Intl.Segmenter on Node 20 is far
from linear in the length of its input (145,000 Thai characters take 14 s), and the fixed cost of
a call is a few microseconds. The window is enough because ICU's dictionary engines (Thai, Lao,
Khmer, Burmese) choose words left to right, each choice looking at the text from its own position
onward, up to three words ahead, and at nothing before it. So:
- A window that starts at a boundary of the paragraph's segmentation (after spaces, or at `from`,
  a break already made) agrees with it from its start. One that starts inside a word agrees once
  its own segmentation reaches one of the paragraph's boundaries, within a word or two.
- A window that ends at a space ends where ICU's run ends in the whole paragraph too. One that ends
  inside a run may differ in its last words, which had too little text to look ahead into.
The boundaries used lie between: the last one at or before the position, and the next one after
it. No bound holds for every text, so the size is measured: 20 characters on each side was the
least that gave ICU's boundaries at every position of our fixtures in the four scripts, run
together without spaces (16 already gave wrong ones); test/layout/dictionary.test.ts checks that
against whole paragraphs.
*/

/** Characters of context that ICU gets on each side of the position it is asked about: the 20 measured, and 4 to spare for texts we have not seen. */
const WINDOW = 24;

let segmenter: Intl.Segmenter | undefined;

/**
ICU's word segments of the window around `at` that rule 1 uses, and where it starts: from the
start of the word after the last spaces before `at`, or from `from` (a boundary of the paragraph's
before `at`), if within WINDOW characters, else WINDOW characters back; to the next space (ICU's
run ends there too) or WINDOW characters on.
*/
export function segmentWindow(text: string, from: number, at: number): {low: number; segments: Intl.Segments} {
	const kinds = bmpKinds();
	let high = at + 1;
	while (high < text.length && high < at + WINDOW && kinds[text.charCodeAt(high)] !== Kind.Space) high++;
	// Back to the start of a word after spaces; closing punctuation after spaces ("มาก ๆ") goes with the word before them.
	let low = at;
	while (low > from && low > at - WINDOW) {
		const next = kinds[text.charCodeAt(low)];
		if (kinds[text.charCodeAt(low - 1)] === Kind.Space && next !== Kind.Space && next !== Kind.Close) break;
		low--;
	}
	segmenter ??= new Intl.Segmenter('th', {granularity: 'word'});
	return {low, segments: segmenter.segment(text.slice(low, high))};
}
