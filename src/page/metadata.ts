import {ISO_DATE, LANGUAGE_TAG, WEB_URL} from '../article/validate.js';
import {findArticleObject, isCollection, type JsonObject, jsonLdBlocks, jsonLdObjects} from './jsonld.js';
import {type Element, parseHtml} from './parse.js';
import {collapseSpace, elementsIn, textOf} from './tree.js';

/*
What the page says about its article, each field from the first source that has it:
- headline: JSON-LD headline (or name); else og:title; else the page's <h1> (article.ts); else
  the <title>. og:title and <title> may end in " - Site" or " | Site" (also –, —, ::, ·): that
  suffix is dropped when Site is the site's name (og:site_name, the JSON-LD publisher's name, or
  application-name), or when what comes before it is the page's <h1> (article.ts).
- summary: JSON-LD description; else og:description; else meta description.
- topic: JSON-LD articleSection (the first, if several); else article:section.
- language: JSON-LD inLanguage (a tag, or a Language with alternateName); else <html lang>;
  else og:locale; else "und". "hi_IN" is read as "hi-IN"; anything that is still not a tag is passed over.
- published: JSON-LD datePublished; else article:published_time; only an ISO 8601 date ("2026-11-27
  10:30:00", with a space before the time, is written with a T).
- authors: JSON-LD author, else creator (a name, a Person or Organization, or a list of them);
  else meta author / article:author. URLs are not names; a name given twice counts once. An author
  or publisher given as a reference ({"@id": …}, as WordPress's SEO plugins write @graph) is the
  object with that @id.
- source: JSON-LD url; else mainEntityOfPage (a URL or an object with @id or url); else
  <link rel=canonical>; else og:url. Only an absolute http(s) URL, as the URL parser writes it.
- parts: the simple CSS selectors (`.name`, `#name`, `tag.name`, a list of them) that JSON-LD
  hasPart names (schema.org's markup for a paywalled part): those elements are the article's.
Strings from JSON-LD are read as HTML text (entities decoded, tags dropped) when they hold `<`
or `&`, and white space is collapsed, as in the page's own text.
*/

export type Metadata = {
	headline?: string;
	/** og:title, without a site-name suffix: the headline when JSON-LD has none. */
	ogTitle?: string;
	/** The <title>, without a site-name suffix: the headline when there is no h1 either (article.ts). */
	pageTitle?: string;
	summary?: string;
	topic?: string;
	language: string;
	published?: string;
	authors?: string[];
	source?: string;
	/** Whether an element is one of the article's parts that JSON-LD hasPart names. */
	isPart: (element: Element) => boolean;
	/** JSON-LD articleBody, exactly as given. */
	articleBody?: string;
	/** Whether the page has an article in JSON-LD. */
	ldArticle: boolean;
	/** Whether the page says og:type article (home pages say it too, now and then). */
	ogArticle: boolean;
	/** Whether its JSON-LD calls the page a collection (CollectionPage, ItemList, …). */
	ldCollection: boolean;
};

const SITE_SUFFIX = /^(.+?)\s+(?:-|\||–|—|::|·)\s+([^-|–—·]+)$/u;
const SUFFIX_ONLY = /^\s+(?:-|\||–|—|::|·)\s+[^-|–—·]+$/u;
const URL_LIKE = /^(?:https?:)?\/\//i;
const LOOKS_LIKE_HTML = /[<&]/;
// A date and time written with a space between them, as many sites' JSON-LD has it (RFC 3339 allows it).
const SPACED_TIME = /(?<=^\d{4}-\d{2}-\d{2}) (?=\d{2}:\d{2})/;
const CANONICAL = /(?:^|\s)canonical(?:\s|$)/i;
const SIMPLE_SELECTOR = /^[a-z0-9]*([.#])([\w-]+)$/i;
const SPACES = /\s+/;

/** A test for the elements that hasPart's simple selectors name. */
function partTest(hasPart: unknown): (element: Element) => boolean {
	const classes = new Set<string>();
	const ids = new Set<string>();
	for (const part of Array.isArray(hasPart) ? hasPart : [hasPart]) {
		const selectors = typeof part === 'object' && part !== null ? (part as JsonObject).cssSelector : undefined;
		if (typeof selectors !== 'string') continue;
		for (const selector of selectors.split(',')) {
			const match = SIMPLE_SELECTOR.exec(selector.trim());
			if (match) (match[1] === '.' ? classes : ids).add(match[2]);
		}
	}
	if (classes.size === 0 && ids.size === 0) return () => false;
	return ({attrs}) =>
		(attrs.id !== undefined && ids.has(attrs.id.trim())) || (attrs.class?.split(SPACES).some((name) => classes.has(name)) ?? false);
}

/** A JSON-LD string as text: HTML decoded when it looks like HTML, white space collapsed. */
function plain(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const text = LOOKS_LIKE_HTML.test(value) ? textOf(parseHtml(value)) : collapseSpace(value);
	return text === '' ? undefined : text;
}

const first = <T>(...values: (T | undefined)[]): T | undefined => values.find((v) => v !== undefined);

type Resolve = (value: unknown) => unknown;

/** A resolver of `{"@id": …}` references to the object of the page's JSON-LD with that @id. */
function resolverOf(objects: JsonObject[]): Resolve {
	const byId = new Map<string, JsonObject>();
	for (const object of objects) if (typeof object['@id'] === 'string' && !byId.has(object['@id'])) byId.set(object['@id'], object);
	return (value) => {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
		const {name, '@id': id} = value as JsonObject;
		return name === undefined && typeof id === 'string' ? (byId.get(id) ?? value) : value;
	};
}

function names(value: unknown, resolve: Resolve = (item) => item): string[] {
	const items = Array.isArray(value) ? value : [value];
	const out: string[] = [];
	for (const ref of items) {
		const item = resolve(ref);
		const name = plain(typeof item === 'object' && item !== null ? (item as JsonObject).name : item);
		if (name && !URL_LIKE.test(name) && !out.includes(name)) out.push(name);
	}
	return out;
}

function webUrl(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	try {
		const url = new URL(value.trim());
		return (url.protocol === 'http:' || url.protocol === 'https:') && WEB_URL.test(url.href) ? url.href : undefined;
	} catch {
		return undefined;
	}
}

function languageTag(value: unknown): string | undefined {
	const tag = typeof value === 'object' && value !== null ? (value as JsonObject).alternateName : value;
	if (typeof tag !== 'string') return undefined;
	const normal = tag.trim().replaceAll('_', '-');
	return LANGUAGE_TAG.test(normal) ? normal : undefined;
}

function isoDate(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const date = value.trim().replace(SPACED_TIME, 'T');
	return ISO_DATE.test(date) ? date : undefined;
}

/** `title` without a " - Site" suffix naming the site. */
export function withoutSiteName(title: string, siteName: string | undefined): string {
	const match = SITE_SUFFIX.exec(title);
	if (!match || !siteName) return title;
	return match[2].trim().toLowerCase() === siteName.trim().toLowerCase() ? match[1] : title;
}

/** `title` without a " | Site" suffix after `heading` (the page's <h1>), when that is what it is. */
export function withoutSuffixAfter(title: string | undefined, heading: string | undefined): string | undefined {
	if (title === undefined || heading === undefined || !title.startsWith(heading)) return title;
	return SUFFIX_ONLY.test(title.slice(heading.length)) ? heading : title;
}

/** What the page's head and JSON-LD say (rules above). */
export function readMetadata(root: Element): Metadata {
	const meta = new Map<string, string>();
	let canonical: string | undefined;
	let title: string | undefined;
	let htmlLang: string | undefined;
	for (const element of elementsIn(root)) {
		const {tag, attrs} = element;
		if (tag === 'meta') {
			const key = (attrs.property ?? attrs.name ?? attrs.itemprop)?.trim().toLowerCase();
			if (key && attrs.content !== undefined && !meta.has(key)) meta.set(key, attrs.content);
		} else if (tag === 'link' && CANONICAL.test(attrs.rel ?? '')) canonical ??= attrs.href;
		else if (tag === 'title' && title === undefined) title = textOf(element);
		else if (tag === 'html') htmlLang ??= attrs.lang;
	}
	const objects = jsonLdObjects(jsonLdBlocks(root));
	const ld = findArticleObject(objects) ?? {};
	const metaText = (key: string) => plain(meta.get(key));
	const resolve = resolverOf(objects);
	const publisher = resolve(ld.publisher) as JsonObject | undefined;
	const siteName = first(metaText('og:site_name'), plain(publisher?.name), metaText('application-name'));
	const ogTitle = metaText('og:title');
	const section = Array.isArray(ld.articleSection) ? ld.articleSection[0] : ld.articleSection;
	const entity = ld.mainEntityOfPage as JsonObject | string | undefined;
	const authors = [
		names(ld.author, resolve),
		names(ld.creator, resolve),
		names(meta.get('author')),
		names(meta.get('article:author')),
	].find((n) => n.length);
	const body = ld.articleBody;
	return {
		headline: first(plain(ld.headline), plain(ld.name)),
		ogTitle: ogTitle && withoutSiteName(ogTitle, siteName),
		pageTitle: title ? withoutSiteName(title, siteName) : undefined,
		summary: first(plain(ld.description), metaText('og:description'), metaText('description')),
		topic: first(plain(section), metaText('article:section')),
		language: first(languageTag(ld.inLanguage), languageTag(htmlLang), languageTag(meta.get('og:locale'))) ?? 'und',
		published: first(isoDate(ld.datePublished), isoDate(meta.get('article:published_time'))),
		authors,
		source: first(
			webUrl(ld.url),
			webUrl(typeof entity === 'object' && entity !== null ? (entity['@id'] ?? entity.url) : entity),
			webUrl(canonical),
			webUrl(meta.get('og:url')),
		),
		isPart: partTest(ld.hasPart),
		articleBody: typeof body === 'string' && body.trim() !== '' ? body : undefined,
		ldArticle: Object.keys(ld).length > 0,
		ogArticle: meta.get('og:type')?.trim().toLowerCase() === 'article',
		ldCollection: isCollection(objects),
	};
}
