// The steps of the page reader on their own: sniffing, the tree, JSON-LD, metadata, read-also boxes.
import {describe, expect, test} from 'vitest';
import {findArticleObject, isCollection, jsonLdObjects, readJsonLd} from '../../src/page/jsonld.js';
import {readMetadata, withoutSiteName} from '../../src/page/metadata.js';
import {type Element, parseHtml} from '../../src/page/parse.js';
import {readAlsoLabel, readAlsoLine} from '../../src/page/readalso.js';
import {looksLikeHtml} from '../../src/page/sniff.js';
import {elementsIn, textOf} from '../../src/page/tree.js';

describe('looksLikeHtml', () => {
	test.each([
		['<!DOCTYPE html><html>', true],
		['\n\t  <!doctype HTML>', true],
		['<html lang="hi">', true],
		['<HEAD><title>x</title>', true],
		['<meta charset="utf-8">', true],
		['<!-- a comment -->\n<html>', true],
		['<body>', true],
		['<title>शीर्षक</title>', true],
		['<p>text', true],
		['{"language": "hi"}', false],
		['[1, 2]', false],
		['"<html>"', false],
		['<htmlx>', false],
		['<?xml version="1.0"?><rss>', false],
		['<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">', true],
		['hello <html>', false],
		['', false],
	])('%j: %s', (text, html) => expect(looksLikeHtml(text)).toBe(html));
});

const tags = (root: Element) => elementsIn(root).map((e) => e.tag);
const texts = (root: Element, tag: string) =>
	elementsIn(root)
		.filter((e) => e.tag === tag)
		.map((e) => textOf(e));

describe('parseHtml', () => {
	test('entities are decoded in text and attributes; scripts and styles keep no text', () => {
		const root = parseHtml(
			'<p title="a&amp;b" class="x&quot;y">R&amp;D &lt;b&gt; &#x915;&#2359;&nbsp;x</p><script>var a="<p>x</p>"</script><style>p{}</style>',
		);
		expect(texts(root, 'p')).toEqual(['R&D <b> कष\u00a0x']);
		expect(elementsIn(root).find((e) => e.tag === 'p')?.attrs).toEqual({class: 'x"y'});
		expect(tags(root)).toEqual(['#document', 'p', 'script', 'style']);
		expect(elementsIn(root).find((e) => e.tag === 'script')?.children).toEqual([]);
	});
	test('JSON-LD scripts keep their text, unparsed', () => {
		const root = parseHtml('<script type="application/ld+json">{"a": "<p>&amp;</p>"}</script>');
		expect(elementsIn(root)[1].children).toEqual(['{"a": "<p>&amp;</p>"}']);
	});
	test('a block closes an open <p>; <li> an open <li>; a heading a heading', () => {
		const root = parseHtml('<p>one<div>two</div><p>three<p>four<ul><li>a<li>b</ul><h2>x<h3>y');
		expect(texts(root, 'p')).toEqual(['one', 'three', 'four']);
		expect(texts(root, 'li')).toEqual(['a', 'b']);
		expect(texts(root, 'h2')).toEqual(['x']);
	});
	test('an end tag closes what is open inside it; a stray end tag is ignored', () => {
		const root = parseHtml('<div><span><b>x</div>y</span></i><p>z');
		expect(root.children.map((c) => (typeof c === 'string' ? c : c.tag))).toEqual(['div', 'y', 'p']);
	});
	test('void elements have no children; <div/> opens a div', () => {
		const root = parseHtml('<p>a<br>b<img src=x>c</p><div/>d');
		expect(elementsIn(root).find((e) => e.tag === 'img')?.children).toEqual([]);
		expect(texts(root, 'p')).toEqual(['a bc']);
		expect(texts(root, 'div')).toEqual(['d']);
	});
	test('100,000 nested elements: built and walked without recursion', () => {
		const depth = 100_000;
		const root = parseHtml(`${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`);
		expect(elementsIn(root).length).toBe(depth + 1);
		expect(textOf(root)).toBe('deep');
	});
});

describe('JSON-LD', () => {
	test.each([
		['raw line breaks and tabs in strings', '{"headline": "line one\nline\ttwo"}', {headline: 'line one\nline\ttwo'}],
		['trailing commas', '{"a": [1, 2,], "b": {"c": 3,},}', {a: [1, 2], b: {c: 3}}],
		['an HTML comment around it', '<!--\n{"a": 1}\n-->', {a: 1}],
		['a comma inside a string is kept', '{"a": "x,}", }', {a: 'x,}'}],
		['escaped quotes in strings', '{"a": "say \\"hi\\",\n",}', {a: 'say "hi",\n'}],
	])('lenient: %s', (_, text, value) => expect(readJsonLd(text)).toEqual(value));
	test('not JSON even leniently: undefined', () => expect(readJsonLd('{"a": ')).toBeUndefined());

	test.each([
		['a single object', ['{"@type": "NewsArticle", "headline": "h"}'], 'h'],
		['an array', ['[{"@type": "Organization"}, {"@type": "ReportageNewsArticle", "headline": "h"}]'], 'h'],
		['@graph', ['{"@graph": [{"@type": "WebPage"}, {"@type": "BlogPosting", "headline": "h"}]}'], 'h'],
		['@type as an array', ['{"@type": ["Thing", "OpinionNewsArticle"], "headline": "h"}'], 'h'],
		['a page’s mainEntity', ['{"@type": "WebPage", "mainEntity": {"@type": "AnalysisNewsArticle", "headline": "h"}}'], 'h'],
		['a later block, after a broken one', ['{broken', '{"@type": "LiveBlogPosting", "headline": "h"}'], 'h'],
		['schema.org URLs as types', ['{"@type": "https://schema.org/Article", "headline": "h"}'], 'h'],
		[
			'not the teasers of an ItemList',
			['{"@type": "ItemList", "itemListElement": [{"@type": "NewsArticle", "headline": "h"}]}'],
			undefined,
		],
		['not other types', ['{"@type": "WebPage", "headline": "h"}', '{"@type": "BreadcrumbList"}'], undefined],
	])('the article in %s', (_, blocks, headline) => expect(findArticleObject(jsonLdObjects(blocks))?.headline).toBe(headline));
	test.each([
		['{"@type": "CollectionPage"}', true],
		['{"@graph": [{"@type": "WebSite"}, {"@type": "ItemList"}]}', true],
		['{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle"}}', false],
	])('%s calls the page a collection: %s', (block, collection) => expect(isCollection(jsonLdObjects([block]))).toBe(collection));
});

describe('metadata', () => {
	const head = (inner: string, attrs = '') => readMetadata(parseHtml(`<html${attrs}><head>${inner}</head><body></body></html>`));
	const ld = (object: object) => `<script type="application/ld+json">${JSON.stringify(object)}</script>`;

	test.each([
		['Headline - Site', 'Site', 'Headline'],
		['Headline | Site', 'site', 'Headline'],
		['Headline – Site', 'Site', 'Headline'],
		['Headline | Other', 'Site', 'Headline | Other'],
		['Headline - Site', undefined, 'Headline - Site'],
		['A - B - Site', 'Site', 'A - B'],
	])('withoutSiteName(%j, %j) is %j', (title, site, headline) => expect(withoutSiteName(title, site)).toBe(headline));

	test('JSON-LD first; strings with entities or tags read as HTML text', () => {
		const meta = head(
			`<meta property="og:title" content="OG"><title>T</title>${ld({'@type': 'NewsArticle', headline: ' A &amp; <b>B</b>\n C ', description: 'D'})}`,
		);
		expect([meta.headline, meta.summary]).toEqual(['A & B C', 'D']);
	});
	test('without JSON-LD: og:title, og:description, the <title> with its site suffix dropped', () => {
		const meta = head('<meta property="og:site_name" content="Site"><title>T | Site</title><meta name="description" content="M">');
		expect([meta.headline, meta.ogTitle, meta.pageTitle, meta.summary]).toEqual([undefined, undefined, 'T', 'M']);
	});
	test.each([
		[{inLanguage: 'hi'}, '', 'hi'],
		[{inLanguage: {'@type': 'Language', alternateName: 'mr'}}, '', 'mr'],
		[{inLanguage: 'hi_IN'}, '', 'hi-IN'],
		[{inLanguage: 'not a tag'}, ' lang="en"', 'en'],
		[{}, ' lang="ur"', 'ur'],
		[{}, '', 'und'],
	])('language from %j and <html%s>: %s', (object, attrs, language) => {
		expect(head(ld({'@type': 'Article', ...object}), attrs).language).toBe(language);
	});
	test.each([
		[{author: 'A'}, ['A']],
		[{author: {'@type': 'Person', name: 'A'}}, ['A']],
		[{author: [{name: 'A'}, 'B', {name: 'A'}, 'https://example.org/a']}, ['A', 'B']],
		[{creator: ['C']}, ['C']],
		[{}, undefined],
	])('authors from %j', (object, authors) => expect(head(ld({'@type': 'Article', ...object})).authors).toEqual(authors));
	test.each([
		[{url: 'https://a.example/x'}, '', 'https://a.example/x'],
		[{mainEntityOfPage: {'@id': 'https://b.example/y'}}, '', 'https://b.example/y'],
		[{url: '/relative'}, '<link rel="canonical" href="https://c.example/z">', 'https://c.example/z'],
		[{}, '<meta property="og:url" content="http://d.example/ü w">', 'http://d.example/%C3%BC%20w'],
		[{url: 'javascript:alert(1)'}, '', undefined],
	])('source from %j and %s', (object, extra, source) => expect(head(ld({'@type': 'Article', ...object}) + extra).source).toBe(source));
	test.each([
		['2026-11-28T10:30:00+05:30', '2026-11-28T10:30:00+05:30'],
		['2026-11-28', '2026-11-28'],
		['28 Nov 2026', undefined],
	])('published from datePublished %j', (date, published) => {
		expect(head(ld({'@type': 'Article', datePublished: date})).published).toBe(published);
	});
	test('topic: the first articleSection', () => {
		expect(head(ld({'@type': 'Article', articleSection: ['देश', 'राज्य']})).topic).toBe('देश');
	});
});

describe('read-also phrases', () => {
	// [text, label and rest in a box (links decide), label and rest as an articleBody line]
	test.each([
		['यह भी पढ़ें: शीर्षक', ['यह भी पढ़ें', 'शीर्षक'], ['यह भी पढ़ें', 'शीर्षक']],
		['ये भी पढ़ें- शीर्षक', ['ये भी पढ़ें', 'शीर्षक'], ['ये भी पढ़ें', 'शीर्षक']],
		['इसे भी पढ़ें शीर्षक', ['इसे भी पढ़ें', 'शीर्षक'], ['इसे भी पढ़ें', 'शीर्षक']],
		['ALSO READ: Title', ['ALSO READ', 'Title'], ['ALSO READ', 'Title']],
		['Also read | Title', ['Also read', 'Title'], ['Also read', 'Title']],
		['Read More', ['Read More', ''], ['Read More', '']],
		['Read more about the budget in our guide', ['Read more', 'about the budget in our guide'], [undefined, undefined]],
		['Related', ['Related', ''], ['Related', '']],
		['Relatedness is a word', [undefined, undefined], [undefined, undefined]],
		['यह भी पढ़ेंगे', [undefined, undefined], [undefined, undefined]],
	])('%j', (text, box, line) => {
		const inBox = readAlsoLabel(text);
		const asLine = readAlsoLine(text);
		expect([inBox?.label, inBox?.rest]).toEqual(box);
		expect([asLine?.label, asLine?.rest]).toEqual(line);
	});
});
