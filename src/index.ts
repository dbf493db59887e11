// The library: the layout engine that news-read uses, for other programs.

export type {ClusterSpan, LineSpan, WidthModel, WrapOptions} from './layout/index.js';
export {cellWidth, clusterSpans, lineSpans, wrap} from './layout/index.js';
export type {RomanizeOptions} from './romanize/romanize.js';
export {romanize} from './romanize/romanize.js';
