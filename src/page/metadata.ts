import {ISO_DATE, LANGUAGE_TAG, WEB_URL} from '../article/validate.js';
import {findArticleObject, isCollection, type JsonObject, jsonLdBlocks, jsonLdObjects} from './jsonld.js';
import {type Element, parseHtml} from './parse.js';
import {collapseSpace, elementsIn, textOf} from './tree.js';

/*
What the page says about its article, each field from the first source that has it:
- headline: JSON-LD headline (or name); else og:title; else the page's <h1> (article.ts); else
  the <title>. og:title and <title> may end in " - Site" or " | Site" (also –, —, ::, ·): that
  suffix is dropped when Site is the site's name (og:site_name, the JSON-LD publisher's name, or
  application-name).
- summary: JSON-LD description; else og:description; else meta description.
- topic: JSON-LD articleSection (the first, if several); else article:section.
- language: JSON-LD inLanguage (a tag, or a Language with alternateName); else <html lang>;
  else "und". "hi_IN" is read as "hi-IN"; anything that is still not a tag is passed over.
- published: JSON-LD datePublished; else article:published_time; only an ISO 8601 date.
- authors: JSON-LD author, else creator (a name, a Person or Organization, or a list of them);
  else meta author / article:author. URLs are not names; a name given twice counts once.
- source: JSON-LD url; else mainEntityOfPage (a URL or an object with @id or url); else
  <link rel=canonical>; else og:url. Only an absolute http(s) URL, as the URL parser writes it.
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
const URL_LIKE = /^(?:https?:)?\/\//i;
const LOOKS_LIKE_HTML = /[<&]/;
const CANONICAL = /(?:^|\s)canonical(?:\s|$)/i;

/** A JSON-LD string as text: HTML decoded when it looks like HTML, white space collapsed. */
function plain(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const text = LOOKS_LIKE_HTML.test(value) ? textOf(parseHtml(value)) : collapseSpace(value);
	return text === '' ? undefined : text;
}

const first = <T>(...values: (T | undefined)[]): T | undefined => values.find((v) => v !== undefined);

function names(value: unknown): string[] {
	const items = Array.isArray(value) ? value : [value];
	const out: string[] = [];
	for (const item of items) {
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
	return typeof value === 'string' && ISO_DATE.test(value.trim()) ? value.trim() : undefined;
}

/** `title` without a " - Site" suffix naming the site. */
export function withoutSiteName(title: string, siteName: string | undefined): string {
	const match = SITE_SUFFIX.exec(title);
	if (!match || !siteName) return title;
	return match[2].trim().toLowerCase() === siteName.trim().toLowerCase() ? match[1] : title;
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
	const publisher = ld.publisher as JsonObject | undefined;
	const siteName = first(metaText('og:site_name'), plain(publisher?.name), metaText('application-name'));
	const ogTitle = metaText('og:title');
	const section = Array.isArray(ld.articleSection) ? ld.articleSection[0] : ld.articleSection;
	const entity = ld.mainEntityOfPage as JsonObject | string | undefined;
	const authors = [names(ld.author), names(ld.creator), names(meta.get('author')), names(meta.get('article:author'))].find((n) => n.length);
	const body = ld.articleBody;
	return {
		headline: first(plain(ld.headline), plain(ld.name)),
		ogTitle: ogTitle && withoutSiteName(ogTitle, siteName),
		pageTitle: title ? withoutSiteName(title, siteName) : undefined,
		summary: first(plain(ld.description), metaText('og:description'), metaText('description')),
		topic: first(plain(section), metaText('article:section')),
		language: first(languageTag(ld.inLanguage), languageTag(htmlLang)) ?? 'und',
		published: first(isoDate(ld.datePublished), isoDate(meta.get('article:published_time'))),
		authors,
		source: first(
			webUrl(ld.url),
			webUrl(typeof entity === 'object' && entity !== null ? (entity['@id'] ?? entity.url) : entity),
			webUrl(canonical),
			webUrl(meta.get('og:url')),
		),
		articleBody: typeof body === 'string' && body.trim() !== '' ? body : undefined,
		ldArticle: Object.keys(ld).length > 0,
		ogArticle: meta.get('og:type')?.trim().toLowerCase() === 'article',
		ldCollection: isCollection(objects),
	};
}
