import {clusterWidth, type WidthModel} from './clusters.js';
import {codePointRunWidth} from './width.js';
import {graphemeSegments} from 'unicode-segmenter/grapheme';

export type {WidthModel, ClusterSpan} from './clusters.js';
export {clusterSpans} from './clusters.js';
export {lineSpans, wrap, type LineSpan, type WrapOptions} from './wrap.js';

/** How many terminal cells `text` takes under the width model (default `codepoint`). */
export function cellWidth(text: string, options: {widthModel?: WidthModel} = {}): number {
	if ((options.widthModel ?? 'codepoint') === 'codepoint') return codePointRunWidth(text);
	let cells = 0;
	for (const {index, segment} of graphemeSegments(text)) {
		cells += clusterWidth(text, index, index + segment.length, 'grapheme');
	}
	return cells;
}
