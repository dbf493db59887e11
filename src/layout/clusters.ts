import {scanCluster, scanned} from './segment.js';
import {scanTableOf, type WidthModel} from './width-model.js';

/** A grapheme cluster of a string: `text.slice(start, end)`, taking `cells` cells. */
export type ClusterSpan = {start: number; end: number; cells: number};

/** The grapheme clusters of `text` (UAX #29 extended clusters, with the Indic conjunct rule), as spans. */
export function* clusterSpans(text: string, model: WidthModel = 'codepoint'): Generator<ClusterSpan> {
	const table = scanTableOf(model);
	for (let start = 0, end = 0; start < text.length; start = end) {
		end = scanCluster(text, start, table);
		yield {start, end, cells: model === 'grapheme' ? scanned.graphemeCells : scanned.cells};
	}
}
