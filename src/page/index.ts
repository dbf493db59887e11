// The page reader, loaded only for HTML input: its own bundle, dist/page.cjs (scripts/build.mjs).
export {NO_ARTICLE, type PageResult, readPage} from './article.js';
