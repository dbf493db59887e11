import type {Article} from '../article/types.js';

// JSON.stringify leaves DEL, the C1 controls, the bidi controls and the line and paragraph
// separators raw. Escaping them keeps the data exact and the terminal safe.
const RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `value` as JSON indented by two spaces, with nothing in it that a terminal would act on. */
export function safeJson(value: unknown): string {
	return JSON.stringify(value, null, 2).replace(RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The article in the article format, indented by two spaces, with a final newline. */
export function articleJson(article: Article): string {
	return `${safeJson(article)}\n`;
}
