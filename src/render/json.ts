import type {Article} from '../article/types.js';

// JSON.stringify leaves DEL, the C1 controls, the bidi controls and the line and paragraph
// separators raw. Escaping them keeps the data exact and the terminal safe.
const RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The article in the article format, indented by two spaces, with a final newline. */
export function articleJson(article: Article): string {
	const text = JSON.stringify(article, null, 2).replace(RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
	return `${text}\n`;
}
