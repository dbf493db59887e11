import {type Element, isJsonLd} from './parse.js';
import {elementsIn} from './tree.js';

/*
The page's schema.org article, from its `<script type="application/ld+json">` blocks.
1. Every block is read as JSON. One that is not is read once more leniently, fixing what real
   sites get wrong: raw line breaks and tabs inside strings (escaped), a comma before `}` or `]`
   (dropped), an HTML comment or CDATA wrapper around the JSON (dropped). Still not JSON: skipped.
2. A block holds an object, an array of them, or an object with `@graph`; an article may also be
   a page's `mainEntity`. Only these places are looked in, breadth first, block by block, with an
   explicit queue: the articles listed in an ItemList or hasPart are a home page's teasers.
3. The first object whose `@type` (a string or an array) names an ARTICLE_TYPES type is the
   article. Other types (WebPage, Organization, BreadcrumbList, …) are not.
4. A page with a COLLECTION_TYPES object calls itself a list of articles (a home or section page).
*/

export type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
	'NewsArticle',
	'ReportageNewsArticle',
	'AnalysisNewsArticle',
	'OpinionNewsArticle',
	'BackgroundNewsArticle',
	'ReviewNewsArticle',
	'Article',
	'BlogPosting',
	'LiveBlogPosting',
	'Report',
]);

const SCHEMA_ORG = /^(?:https?:\/\/)?schema\.org\//;
const COLLECTION_TYPES = new Set(['CollectionPage', 'ItemList', 'SearchResultsPage']);

const WRAPPER = /^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g;
const TRAILING_COMMA = /,\s*[}\]]/y;
/** Where an article object may be found inside another (rule 2). */
const HOLDERS = ['@graph', 'mainEntity'];

/** JSON text with raw control characters inside strings escaped, and commas before `}` or `]` dropped (outside strings). */
function mended(text: string): string {
	let out = '';
	let inString = false;
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 0x5c) i++;
			else if (c === 0x22) inString = false;
			else if (c < 0x20) {
				out += `${text.slice(from, i)}\\u${c.toString(16).padStart(4, '0')}`;
				from = i + 1;
			}
		} else if (c === 0x22) inString = true;
		else if (c === 0x2c) {
			// A comma outside strings: dropped when only white space comes before `}` or `]`.
			TRAILING_COMMA.lastIndex = i;
			if (TRAILING_COMMA.test(text)) {
				out += text.slice(from, i);
				from = i + 1;
			}
		}
	}
	return out + text.slice(from);
}

/** A block's JSON value, or undefined when even the lenient reading fails (rule 1). */
export function readJsonLd(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {}
	try {
		return JSON.parse(mended(text.replace(WRAPPER, '')));
	} catch {
		return undefined;
	}
}

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether an object's `@type` (a string or an array) names one of `types`. */
function hasType(object: JsonObject, types: Set<string>): boolean {
	const type = object['@type'];
	return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && types.has(t.replace(SCHEMA_ORG, '')));
}

/** The texts of the page's JSON-LD blocks, in document order. */
export function jsonLdBlocks(root: Element): string[] {
	return elementsIn(root)
		.filter(isJsonLd)
		.map((e) => e.children.filter((c) => typeof c === 'string').join(''));
}

/** The objects of the page's JSON-LD blocks, in the places rule 2 looks in, in order. */
export function jsonLdObjects(blocks: string[]): JsonObject[] {
	const objects: JsonObject[] = [];
	for (const block of blocks) {
		const queue: unknown[] = [readJsonLd(block)];
		for (let next = 0; next < queue.length; next++) {
			const value = queue[next];
			if (Array.isArray(value)) {
				for (const item of value) if (typeof item === 'object' && item !== null) queue.push(item);
			} else if (isObject(value)) {
				objects.push(value);
				for (const key of HOLDERS) if (typeof value[key] === 'object' && value[key] !== null) queue.push(value[key]);
			}
		}
	}
	return objects;
}

/** The page's article object (rule 3), or undefined. */
export function findArticleObject(objects: JsonObject[]): JsonObject | undefined {
	return objects.find((object) => hasType(object, ARTICLE_TYPES));
}

/** Whether the page calls itself a collection (rule 4). */
export function isCollection(objects: JsonObject[]): boolean {
	return objects.some((object) => hasType(object, COLLECTION_TYPES));
}
