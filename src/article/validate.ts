import type {Article, Related, Section} from './types.js';

/** The data is not an article; the message names the JSON path, like `sections[2].paragraphs[0] must be a string`. */
export class ArticleError extends Error {}

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

function fail(path: string, what: string): never {
	throw new ArticleError(`${path} ${what}`);
}

function text(value: Json, path: string, {optional = false, nonEmpty = false} = {}): string | undefined {
	if (value === undefined && optional) return undefined;
	if (value === undefined) fail(path, 'is missing');
	if (typeof value !== 'string') fail(path, 'must be a string');
	if (nonEmpty && value.trim() === '') fail(path, 'must not be empty');
	return value;
}

function list(value: Json, path: string): Json[] {
	if (value === undefined) fail(path, 'is missing');
	if (!Array.isArray(value)) fail(path, 'must be an array');
	if (value.length === 0) fail(path, 'must not be empty');
	return value;
}

// BCP 47 in outline: a 2-3 letter (or 4-8) primary subtag, then subtags of 1-8 letters or digits.
export const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

// ISO 8601 as news sites write it: a calendar date, optionally a time with seconds, fraction and offset.
export const ISO_DATE =
	/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

// An absolute http or https URL written in printable ASCII (non-ASCII characters percent-encoded), with a host.
export const WEB_URL = /^https?:\/\/[!-.0-~][!-~]*$/i;

const isString = (value: Json): value is string => typeof value === 'string';

function section(value: Json, index: number): Section {
	// The common case first, without the JSON paths that only error messages need: a large
	// article has many sections and paragraphs, and building a path for each costs time and memory.
	if (isObject(value) && (value.heading === undefined || isString(value.heading))) {
		const {heading, paragraphs} = value;
		if (Array.isArray(paragraphs) && paragraphs.length > 0 && paragraphs.every(isString)) {
			return heading === undefined ? {paragraphs} : {heading, paragraphs};
		}
	}
	const path = `sections[${index}]`;
	if (!isObject(value)) fail(path, 'must be an object');
	const heading = text(value.heading, `${path}.heading`, {optional: true});
	const paragraphs = list(value.paragraphs, `${path}.paragraphs`).map((p, i) => text(p, `${path}.paragraphs[${i}]`) as string);
	return heading === undefined ? {paragraphs} : {heading, paragraphs};
}

function relatedLink(value: Json, path: string): Related {
	if (!isObject(value)) fail(path, 'must be an object');
	const label = text(value.label, `${path}.label`, {optional: true});
	const title = text(value.title, `${path}.title`, {nonEmpty: true}) as string;
	return label === undefined ? {title} : {label, title};
}

/**
Checks parsed JSON against the article format and returns just the fields it knows: unknown
fields are ignored. Strings are returned exactly as given.
*/
export function validateArticle(value: Json): Article {
	if (!isObject(value))
		fail('the article', `must be a JSON object, not ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`);
	const language = text(value.language, 'language') as string;
	if (!LANGUAGE_TAG.test(language)) fail('language', `must be a BCP 47 language tag such as "hi" (got ${JSON.stringify(language)})`);
	const topic = text(value.topic, 'topic', {optional: true});
	const headline = text(value.headline, 'headline', {nonEmpty: true}) as string;
	const summary = text(value.summary, 'summary', {optional: true});
	const sections = list(value.sections, 'sections').map(section);
	const published = text(value.published, 'published', {optional: true});
	if (published !== undefined && !ISO_DATE.test(published))
		fail('published', `must be an ISO 8601 date such as "2026-11-28" or "2026-11-28T10:30:00+05:30" (got ${JSON.stringify(published)})`);
	let authors: string[] | undefined;
	if (value.authors !== undefined) {
		if (!Array.isArray(value.authors)) fail('authors', 'must be an array');
		authors = value.authors.map((a, i) => text(a, `authors[${i}]`, {nonEmpty: true}) as string);
	}
	const source = text(value.source, 'source', {optional: true});
	if (source !== undefined && !WEB_URL.test(source)) fail('source', `must be an http or https URL (got ${JSON.stringify(source)})`);
	let links: Related[] | undefined;
	if (value.related !== undefined) {
		if (!Array.isArray(value.related)) fail('related', 'must be an array');
		links = value.related.map((r, i) => relatedLink(r, `related[${i}]`));
	}
	return {
		language,
		...(topic !== undefined && {topic}),
		headline,
		...(summary !== undefined && {summary}),
		...(published !== undefined && {published}),
		...(authors !== undefined && {authors}),
		...(source !== undefined && {source}),
		sections,
		...(links !== undefined && {related: links}),
	};
}
