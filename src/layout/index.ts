import type {WidthModel} from './clusters.js';
import {scanCluster, scanned} from './segment.js';
import {codePointRunWidth} from './width.js';

export {isBreakSpace} from './breaks.js';
export type {ClusterSpan, WidthModel} from './clusters.js';
export {clusterSpans} from './clusters.js';
export {type LineSpan, lineSpans, type WrapOptions, wrap} from './wrap.js';

/** How many terminal cells `text` takes under the width model (default `codepoint`). */
export function cellWidth(text: string, options: {widthModel?: WidthModel} = {}): number {
	if ((options.widthModel ?? 'codepoint') === 'codepoint') return codePointRunWidth(text);
	let cells = 0;
	for (let start = 0; start < text.length; ) {
		start = scanCluster(text, start);
		cells += scanned.graphemeCells;
	}
	return cells;
}
