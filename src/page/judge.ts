import type {Element} from './parse.js';

/*
Which parts of a page are never the article's text, and which probably are not.
Junk, always left out with everything inside it:
1. Elements that hold no reading text: scripts, styles, media, embedded players, forms' controls,
   the document head (JUNK_TAGS), AMP's components other than its live list (AMP_JUNK).
2. Page furniture by tag or ARIA role: nav, aside, header, footer, menus, dialogs; figures with
   their captions and credits.
3. Hidden elements: the `hidden` attribute, aria-hidden="true", an inline display:none or
   visibility:hidden, or a class that hides it from the screen for screen readers only
   (SCREEN_READER_ONLY: "sr-only", "visually-hidden", WordPress's "screen-reader-text"), whose
   "(opens in a new tab)" and "Advertisement" a reader view does not show either.
Unlikely, left out unless nothing else is found (article.ts retries without this rule):
4. An element whose class, id or itemprop has a word in SURE_WORDS (ads, share bars, comments,
   related lists, cookie banners, menus, …), or one in MAYBE_WORDS (sidebars, widgets, tickers,
   social sites, …) but no word in POSITIVE_WORDS ("contentWithSidebar" is kept) and less than
   half the page's text (a page wrapper whose class names the page's subject is kept). Words are
   the class, id and itemprop split at anything that is not a letter or digit and at camelCase
   humps, so "ad" never matches "header" or "loading", and "shareBar" is "share bar".
   <html>, <body>, <main> and <article> are exempt:
   their classes describe the whole page ("has-sidebar", "comments-open", "tag-politics"). So are
   the article's own containers: itemprop articleBody, or a class or id such as "article-body",
   "story_content" or "entry-content" (ARTICLE_BODY), whatever else their names hold.
5. A byline or date line: an element whose class, id or itemprop has a BYLINE_WORDS word, or a
   rel="author", with under BYLINE_TEXT characters of text, whatever else its names say
   ("story__authors", "article-date").
POSITIVE_WORDS, in the same way, mark likely article containers (for scoring only).
6. A label that is the whole text of an element and names page furniture ("Comments", "Most
   read", "Trending", "टिप्पणियां", "सबसे ज्यादा पढ़ी गईं", …, FURNITURE_LABEL) heads furniture
   (collect.ts leaves it and what follows it in its container out). An element whose whole text
   is an ad's label ("Advertisement", "विज्ञापन", "Story continues below advertisement", AD_LABEL)
   is left out by itself, wherever it stands (loose text between paragraphs, too).
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
const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|visually-?hidden|screen-reader-(?:text|only)|a11y-hidden|element-invisible)(?:\s|$)/i;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

const SURE_WORDS = new Set(
	`nav navbar navigation menu submenu footer breadcrumb breadcrumbs comment comments commentbox disqus reply replies share sharing
	sharebar shares social related recommended recommendation recommendations promo promoted promotion ad ads adv advt advert
	adverts advertisement advertisements advertising adslot adunit dfp gpt sponsor sponsored taboola outbrain colombia cookie
	cookies consent gdpr newsletter subscribe subscription signup login paywall popup modal byline dateline caption credit
	credits gallery slider slideshow carousel legend legends`.split(/\s+/),
);
const MAYBE_WORDS = new Set(
	`foot masthead follow whatsapp twitter facebook instagram telegram youtube koo embed trending popular ticker marquee sidebar
	widget widgets overlay banner toast timestamp meta author authors tags video player podcast poll quiz
	rating print toolbar pagination pager livetv notification download hidden invisible`.split(/\s+/),
);
const FURNITURE_LABEL =
	/^(?:\d+\s+)?(?:comments?|leave a (?:comment|reply)|join the (?:conversation|discussion)|most (?:read|popular|viewed|shared|watched)|trending(?: now| news| stories| topics)?|popular(?: now| stories| news)?|recommended(?: for you| stories)?|you (?:may|might) (?:also )?like|top stories|latest (?:news|stories)|टिप्पणियां|टिप्पणियाँ|टिप्पणी करें|कमेंट्स?|ट्रेंडिंग(?: न्यूज़?| खबरें| ख़बरें)?|सबसे ज़?्यादा (?:पढ़ी|देखी) (?:गईं|गई|जाने वाली)(?: खबरें| ख़बरें)?|लोकप्रिय(?: खबरें| ख़बरें)?|ताज़?ा (?:खबरें|ख़बरें)|टॉप (?:स्टोरीज़?|खबरें))$/iu;
const AD_LABEL =
	/^(?:advertisement|advertising|sponsored|ad|ads|विज्ञापन|एडवरटाइजमेंट|(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|continue reading (?:below|the main story)|scroll (?:down )?to continue(?: reading)?|आगे पढ़ें|खबर आगे पढ़ें)$/iu;
const LABEL_TEXT = 40;
const BYLINE_WORDS = new Set(['byline', 'author', 'authors', 'writtenby', 'dateline', 'date', 'pubdate', 'published', 'updated', 'posted']);
const BYLINE_TEXT = 100;
const AUTHOR_REL = /(?:^|\s)author(?:\s|$)/i;
const POSITIVE_WORDS = new Set('article story content body entry post text main news detail details'.split(' '));
const EXEMPT = new Set(['html', 'body', 'main', 'article', '#document']);
const ARTICLE_BODY = /(?:article|story|entry|post|news)[-_ ]?(?:body|content|text|details?)(?![a-z])/i;

/** The words of an element's class, id and itemprop (rule 4). */
function hintWords(element: Element): string[] {
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
	if (attrs.class !== undefined && SCREEN_READER_ONLY.test(attrs.class)) return true;
	return attrs.style !== undefined && HIDDEN_STYLE.test(attrs.style);
}

/** Whether an element with `text` characters, `share` (0 to 1) of the page's text, is probably furniture, by its class, id, itemprop or rel (rules 4 and 5). */
export function isUnlikely(element: Element, text: number, share: number): boolean {
	const {tag, attrs} = element;
	if (EXEMPT.has(tag) || attrs.itemprop?.trim().toLowerCase() === 'articlebody') return false;
	const words = hintWords(element);
	if (text < BYLINE_TEXT && (AUTHOR_REL.test(attrs.rel ?? '') || words.some((word) => BYLINE_WORDS.has(word)))) return true;
	let maybe = false;
	let positive = false;
	for (const word of words) {
		if (SURE_WORDS.has(word)) return !ARTICLE_BODY.test(`${attrs.class ?? ''} ${attrs.id ?? ''}`);
		maybe ||= MAYBE_WORDS.has(word);
		positive ||= POSITIVE_WORDS.has(word);
	}
	return maybe && !positive && share < 0.5;
}

/** Whether an element of `text` characters starting with `lead` is a label heading furniture (rule 6). */
export function isFurnitureLabel(text: number, lead: string): boolean {
	return text <= LABEL_TEXT && FURNITURE_LABEL.test(lead);
}

/** Whether an element of `text` characters starting with `lead` is an ad's label (rule 6). */
export function isAdLabel(text: number, lead: string): boolean {
	return text <= LABEL_TEXT && AD_LABEL.test(lead);
}

/** +25 for a likely article container by class or id, -25 for a likely piece of furniture, else 0. */
export function hintWeight(element: Element): number {
	let weight = 0;
	for (const word of hintWords(element)) {
		if (POSITIVE_WORDS.has(word)) weight = Math.max(weight, 25);
		if (SURE_WORDS.has(word) || MAYBE_WORDS.has(word)) return -25;
	}
	return weight;
}
