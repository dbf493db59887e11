// readPage's rules (src/page/article.ts, body.ts, collect.ts, judge.ts) on small pages written for each.
import {describe, expect, test} from 'vitest';
import {NO_ARTICLE, type PageResult, readPage} from '../../src/page/index.js';

describe('readPage', () => {
	const P1 = 'पहला अनुच्छेद काफी लंबा है, इसमें कई शब्द हैं और यह खबर की शुरुआत करता है।';
	const P2 = 'दूसरा अनुच्छेद भी लंबा है, इसमें और जानकारी दी गई है जो पाठकों के काम की है।';
	const html = (object: object, body: string) =>
		`<!doctype html><html><head><script type="application/ld+json">${JSON.stringify({'@type': 'NewsArticle', headline: 'शीर्षक', ...object})}</script></head><body>${body}</body></html>`;
	const article = (result: PageResult) => ('article' in result ? result.article : result.refusal);

	test('an articleBody written in HTML is read as a page', () => {
		const result = readPage(html({articleBody: `<p>${P1}</p><h2>उपशीर्षक</h2><p>${P2}</p>`}, '<div id="root"></div>'));
		expect(article(result)).toMatchObject({sections: [{paragraphs: [P1]}, {heading: 'उपशीर्षक', paragraphs: [P2]}]});
	});
	test('an articleBody in HTML without paragraph elements is read line by line', () => {
		const result = readPage(html({articleBody: `${P1}<br><br>यह भी पढ़ें: कुछ और<br>${P2}`}, ''));
		expect(article(result)).toMatchObject({sections: [{paragraphs: [P1, P2]}], related: [{label: 'यह भी पढ़ें', title: 'कुछ और'}]});
	});
	test('the page’s text wins over articleBody unless it is less than half as long', () => {
		const body = `${P1}\n${P2}\n${P2}`;
		expect(article(readPage(html({articleBody: body}, `<article><p>${P1}</p><p>${P2}</p></article>`)))).toMatchObject({
			sections: [{paragraphs: [P1, P2]}],
		});
		expect(article(readPage(html({articleBody: body}, `<article><p>${P1}</p></article>`)))).toMatchObject({
			sections: [{paragraphs: [P1, P2, P2]}],
		});
	});
	test.each([
		[`${P1.slice(0, 30)}...`, undefined],
		[`${P1.slice(0, 30)}…`, undefined],
		[P1, undefined],
		['शीर्षक', undefined],
		['अलग सार', 'अलग सार'],
	])('summary %j, repeating the first paragraph or the headline, is left out', (description, summary) => {
		const result = readPage(html({description}, `<article><p>${P1}</p><p>${P2}</p></article>`));
		expect(('article' in result && result.article.summary) || undefined).toBe(summary);
	});
	test('inside a paragraph only junk is left out, not elements with furniture classes', () => {
		const body = `<article><p>${P1} <a class="social-link" href="/x">@नगर</a> <span class="ad-word">देखें</span><script>x()</script><img alt="चित्र"></p><div class="ad"><p>${P2}</p></div></article>`;
		expect(article(readPage(html({}, body)))).toMatchObject({sections: [{paragraphs: [`${P1} @नगर देखें`]}]});
	});
	test.each([
		[
			'a wrapper named for a layout with a sidebar',
			'<div class="contentWithSidebar"><div id="post">{body}</div><div class="widget">x</div></div>',
		],
		['a page wrapper whose class names the story’s subject', '<div class="page-wrapper page-twitter-outage">{body}</div>'],
		['a container whose id names a share script, with itemprop articleBody', '<div id="share-btns-2" itemprop="articleBody">{body}</div>'],
		['a container named article-body among furniture words', '<div class="article-body has-ads">{body}</div>'],
	])('kept: %s', (_, wrapper) => {
		// Unless the wrapper is kept, the first try finds nothing and the second reads the share bar too.
		const share = '<div class="share-bar"><p>इस खबर को अपने दोस्तों के साथ, हर जगह, जरूर साझा करें।</p></div>';
		const body = wrapper.replace('{body}', `<p>${P1}</p>${share}<p>${P2}</p>`);
		// A comment shorter than the story: the wrapper holds most of the page's text.
		const comment = '<div class="comments"><p>बहुत अच्छी खबर है, धन्यवाद, बहुत बहुत धन्यवाद आपका।</p></div>';
		expect(article(readPage(html({}, `${body}${comment}`)))).toMatchObject({sections: [{paragraphs: [P1, P2]}]});
	});
	test('left out: a gallery of captions, however much text it has', () => {
		const captions = Array.from({length: 20}, (_, i) => `<li><h2>${i + 1}/20 चित्र</h2><p>${P2}</p></li>`).join('');
		const body = `<div class="story"><p>${P1}</p><div class="full-gallery"><ul class="legends">${captions}</ul></div><p>${P2}</p></div>`;
		expect(article(readPage(html({}, body)))).toMatchObject({sections: [{paragraphs: [P1, P2]}]});
	});
	test('a heading with no paragraph after it is left out', () => {
		expect(article(readPage(html({}, `<article><p>${P1}</p><h2>अकेला</h2><h2>साथ</h2><p>${P2}</p></article>`)))).toMatchObject({
			sections: [{paragraphs: [P1]}, {heading: 'साथ', paragraphs: [P2]}],
		});
	});
	test.each([
		['no body at all', html({}, '<nav><a href="/">होम</a></nav>')],
		['a short page that does not say it is an article', `<!doctype html><title>t</title><body><p>${P1}</p></body>`],
	])('refused: %s', (_, page) => expect(readPage(page)).toEqual({refusal: NO_ARTICLE}));
	const teaserCards = Array.from({length: 4}, (_, i) => `<div class="card"><h2><a href="/s${i}">खबर ${i}</a></h2><p>${P1}</p></div>`).join(
		'',
	);
	test.each([
		['og:type article, JSON-LD CollectionPage', '<meta property="og:type" content="article">', '{"@type": "CollectionPage"}', true],
		['og:type website', '<meta property="og:type" content="website">', '{"@type": "WebSite"}', true],
		['og:type article, linked subheadings in an article', '<meta property="og:type" content="article">', '{"@type": "WebSite"}', false],
	])('teasers with %s: refused %s', (_, meta, block, refused) => {
		const page = `<!doctype html><head><title>t</title>${meta}<script type="application/ld+json">${block}</script></head><body><main>${teaserCards}</main></body>`;
		expect('refusal' in readPage(page)).toBe(refused);
	});
	test('an og:type article page without JSON-LD: the h1 is the headline before the <title>', () => {
		const page = `<!doctype html><head><meta property="og:type" content="article"><title>शीर्षक - साइट</title></head><body><header><h1>असली शीर्षक</h1></header><p>${P1}</p></body>`;
		expect(article(readPage(page))).toMatchObject({headline: 'असली शीर्षक', language: 'und', sections: [{paragraphs: [P1]}]});
	});
});
