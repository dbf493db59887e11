import type {Element} from './parse.js';

/*
Which parts of a page are never the article's text, and which probably are not.
Junk, always left out with everything inside it:
1. Elements that hold no reading text: scripts, styles, media, embedded players, forms' controls,
   the document head (JUNK_TAGS), AMP's components other than its live list (AMP_JUNK).
2. Page furniture by tag or ARIA role: nav, aside, header, footer, menus, dialogs; figures with
   their captions and credits.
3. Hidden elements: the `hidden` attribute, aria-hidden="true", or an inline display:none or
   visibility:hidden.
Unlikely, left out unless nothing else is found (body.ts retries without this rule):
4. An element whose class, id or itemprop has a word in NEGATIVE_WORDS (ads, share bars, comments,
   related lists, tickers, cookie banners, …). Words are the class and id split at anything
   that is not a letter or digit and at camelCase humps, so "ad" never matches "header" or
   "loading", and "shareBar" is "share bar". <html>, <body>, <main> and <article> are exempt:
   their classes describe the whole page ("has-sidebar", "comments-open", "tag-politics").
POSITIVE_WORDS, in the same way, mark likely article containers (for scoring only).
*/

const JUNK_TAGS = new Set(
	'head script style noscript template iframe frame frameset object embed applet video audio canvas svg math picture img map button input select textarea label option datalist output progress meter dialog nav aside header footer menu figure figcaption'.split(
		' ',
	),
);
const CAMEL_HUMP = /([a-z])([A-Z])/g;
const NOT_WORD = /[^a-z0-9]+/;
const AMP_JUNK = /^amp-(?!live-list$|accordion$|fit-text$|layout$)/;
const JUNK_ROLES = new Set([
	'navigation',
	'banner',
	'contentinfo',
	'complementary',
	'search',
	'dialog',
	'alertdialog',
	'menu',
	'menubar',
	'toolbar',
	'figure',
]);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

const NEGATIVE_WORDS = new Set(
	`nav navbar navigation menu submenu footer foot masthead breadcrumb breadcrumbs comment comments commentbox disqus reply replies
	share sharing sharebar shares social follow whatsapp twitter facebook instagram telegram youtube koo embed related recommended
	recommendation recommendations trending popular promo promoted promotion ad ads adv advt advert adverts advertisement
	advertisements advertising adslot adunit dfp gpt sponsor sponsored taboola outbrain colombia ticker marquee cookie cookies
	consent gdpr newsletter subscribe subscription signup login paywall sidebar widget widgets popup modal overlay banner toast
	byline dateline timestamp meta author authors tags caption credit credits gallery slider carousel video player podcast poll quiz rating print toolbar pagination
	pager livetv notification download hidden invisible`.split(/\s+/),
);
const POSITIVE_WORDS = new Set('article story content body entry post text main news detail details'.split(' '));
const EXEMPT = new Set(['html', 'body', 'main', 'article', '#document']);

/** The words of an element's class, id and itemprop (rule 4). */
export function hintWords(element: Element): string[] {
	const {attrs} = element;
	if (attrs.class === undefined && attrs.id === undefined && attrs.itemprop === undefined) return [];
	const hint = `${attrs.class ?? ''} ${attrs.id ?? ''} ${attrs.itemprop ?? ''}`;
	return hint.replace(CAMEL_HUMP, '$1 $2').toLowerCase().split(NOT_WORD);
}

/** Whether an element and all inside it are junk (rules 1 to 3). */
export function isJunk(element: Element): boolean {
	const {tag, attrs} = element;
	if (JUNK_TAGS.has(tag) || AMP_JUNK.test(tag)) return true;
	if (attrs.role !== undefined && JUNK_ROLES.has(attrs.role.trim().toLowerCase())) return true;
	if (attrs.hidden !== undefined || attrs['aria-hidden']?.trim().toLowerCase() === 'true') return true;
	return attrs.style !== undefined && HIDDEN_STYLE.test(attrs.style);
}

/** Whether an element is probably furniture by its class or id (rule 4). */
export function isUnlikely(element: Element): boolean {
	if (EXEMPT.has(element.tag)) return false;
	return hintWords(element).some((word) => NEGATIVE_WORDS.has(word));
}

/** +25 for a likely article container by class or id, -25 for a likely piece of furniture, else 0. */
export function hintWeight(element: Element): number {
	let weight = 0;
	for (const word of hintWords(element)) {
		if (POSITIVE_WORDS.has(word)) weight = Math.max(weight, 25);
		if (NEGATIVE_WORDS.has(word)) return -25;
	}
	return weight;
}
