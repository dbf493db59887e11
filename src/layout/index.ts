export {isBreakSpace} from './breaks.js';
export type {ClusterSpan} from './clusters.js';
export {clusterSpans} from './clusters.js';
export {cellWidth, WIDTH_MODELS, type WidthModel} from './width-model.js';
export {type LineSpan, lineSpans, type WrapOptions, wrap} from './wrap.js';
