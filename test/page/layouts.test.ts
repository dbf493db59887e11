// The reader's general rules for publishers' layouts (src/page/loose.ts, body.ts, collect.ts,
// judge.ts, readalso.ts, metadata.ts), each on a small page written for it. The fixture pages
// (pages.test.ts) show them together on whole pages.
import {describe, expect, test} from 'vitest';
import {type PageResult, readPage} from '../../src/page/index.js';

const P1 = 'पहला अनुच्छेद काफी लंबा है, इसमें कई शब्द हैं और यह खबर की शुरुआत करता है।';
const P2 = 'दूसरा अनुच्छेद भी लंबा है, इसमें और जानकारी दी गई है जो पाठकों के काम की है।';
const P3 = 'तीसरा अनुच्छेद भी है, जिसमें खबर का बाकी हिस्सा है, और कुछ आंकड़े भी हैं।';
const page = (body: string, object: object = {}) =>
	`<!doctype html><html><head><script type="application/ld+json">${JSON.stringify({'@type': 'NewsArticle', headline: 'शीर्षक', ...object})}</script></head><body>${body}</body></html>`;
const read = (result: PageResult) => ('article' in result ? result.article : result.refusal);

describe('loose text', () => {
	test('text between blocks of a <div> is paragraphs, cut at <br><br>; a single <br> is a space', () => {
		const body = `<div class="text">${P1}<br>${P2}<br> <br>${P3}<div class="ad">विज्ञापन</div>${P2}</div>`;
		expect(read(readPage(page(body)))).toMatchObject({sections: [{paragraphs: [`${P1} ${P2}`, P3, P2]}]});
	});
	test('an ad’s label is not a paragraph, loose or in an element of its own', () => {
		const body = `<div class="text">${P1}<br><br>विज्ञापन<div class="x"></div><p>Advertisement</p><span>Story continues below advertisement</span><p>${P2}</p></div>`;
		expect(read(readPage(page(body)))).toMatchObject({sections: [{paragraphs: [P1, P2]}]});
	});
	test('a read-also line between the breaks is a related entry, with its link as the title', () => {
		const body = `<div>${P1}<br><br><b>यह भी पढ़ें:</b> <a href="/x">दूसरी खबर</a><br><br>${P2}<br><br>${P3}</div>`;
		expect(read(readPage(page(body)))).toMatchObject({
			sections: [{paragraphs: [P1, P2, P3]}],
			related: [{label: 'यह भी पढ़ें', title: 'दूसरी खबर'}],
		});
	});
	test('and so in a <p> cut by <br><br>, where a lone read-also line has no link to go by', () => {
		const body = `<article><p>${P1}<br><br>इसे भी पढ़ें: तीसरी खबर<br><br>${P2}</p></article>`;
		expect(read(readPage(page(body)))).toMatchObject({
			sections: [{paragraphs: [P1, P2]}],
			related: [{label: 'इसे भी पढ़ें', title: 'तीसरी खबर'}],
		});
	});
	test('a quote’s or an item’s inline text beside its paragraphs is a paragraph of its own', () => {
		const body = `<article><p>${P1}</p><blockquote><p>${P2}</p><cite>ग्राम प्रधान</cite></blockquote><ul><li><b>पहला</b><p>${P3}</p></li></ul></article>`;
		expect(read(readPage(page(body)))).toMatchObject({sections: [{paragraphs: [P1, P2, 'ग्राम प्रधान', 'पहला', P3]}]});
	});
	test('scripts, styles, templates, noscript and hidden elements give no text', () => {
		const hidden = `<script>var a = "${P3}";</script><style>p{}</style><template><p>${P3}</p></template><noscript><p>${P3}</p></noscript><p hidden>${P3}</p><p style="display:none">${P3}</p><p aria-hidden="true">${P3}</p>`;
		const result = read(readPage(page(`<article><p>${P1}</p>${hidden}<p>${P2}</p></article>`)));
		expect(result).toMatchObject({sections: [{paragraphs: [P1, P2]}]});
	});
	test('nor do elements hidden from the screen for screen readers, in a paragraph or around one', () => {
		const hidden = `<p class="sr-only">${P3}</p><p class="a visually-hidden">${P3}</p><p class="screen-reader-text">${P3}</p>`;
		const link = '<a href="/x">दूसरी खबर<span class="screen-reader-text"> (नई टैब में खुलेगा)</span></a>';
		const result = read(readPage(page(`<article><p>${P1} ${link}</p>${hidden}<p>${P2}</p></article>`)));
		expect(result).toMatchObject({sections: [{paragraphs: [`${P1} दूसरी खबर`, P2]}]});
	});
	test('entities are decoded and white space collapsed; a no-break space stays', () => {
		const body = `<article><p>  ${P1}\n\t&amp;&nbsp;&#x915;&#2366; &lt;b&gt;  </p><p>${P2}</p></article>`;
		expect(read(readPage(page(body)))).toMatchObject({sections: [{paragraphs: [`${P1} &\u00a0का <b>`, P2]}]});
	});
});

describe('subheadings written as bold paragraphs', () => {
	test('a short all-bold <p> is a heading', () => {
		const body = `<article><p>${P1}</p><p><strong>क्या कहा मंत्री ने</strong></p><p>${P2}</p><p> <b>आगे क्या?</b> </p><p>${P3}</p></article>`;
		expect(read(readPage(page(body)))).toMatchObject({
			sections: [{paragraphs: [P1]}, {heading: 'क्या कहा मंत्री ने', paragraphs: [P2]}, {heading: 'आगे क्या?', paragraphs: [P3]}],
		});
	});
	test.each([
		['a sentence', '<p><strong>मंत्री ने यह बात कही।</strong></p>', 'मंत्री ने यह बात कही।'],
		['a lead-in', '<p><b>मांगें ये हैं:</b></p>', 'मांगें ये हैं:'],
		['bold and plain text', '<p><b>नोट:</b> पंजीकरण जारी है</p>', 'नोट: पंजीकरण जारी है'],
		['a long bold passage', `<p><b>${P3}${P3}</b></p>`, `${P3}${P3}`],
	])('not %s', (_, bold, text) => {
		const result = read(readPage(page(`<article><p>${P1}</p>${bold}<p>${P2}</p></article>`)));
		expect(result).toMatchObject({sections: [{paragraphs: [P1, text, P2]}]});
	});
	test('right after a heading, or with no paragraph after it, it stays a paragraph', () => {
		const body = `<article><p>${P1}</p><h3>फिल्में</h3><p><strong>पहली फिल्म (दो घंटे)</strong></p><p>${P2}</p><p><b>लेखक एक पत्रकार हैं</b></p></article>`;
		expect(read(readPage(page(body)))).toMatchObject({
			sections: [{paragraphs: [P1]}, {heading: 'फिल्में', paragraphs: ['पहली फिल्म (दो घंटे)', P2, 'लेखक एक पत्रकार हैं']}],
		});
	});
});

describe('furniture around the body', () => {
	test('the element marked itemprop="articleBody" is the body, without what its container has besides', () => {
		const body = `<article class="story"><section itemprop="articleBody"><div><p>${P1}</p></div><div><p>${P2}</p></div></section><div class="end"><p>यह लेख 27 नवंबर के छपे अंक में पेज चार पर भी है।</p></div></article>`;
		expect(read(readPage(page(body)))).toMatchObject({sections: [{paragraphs: [P1, P2]}]});
	});
	test('a short byline is furniture even when its class also names the story', () => {
		const body = `<div class="Story_wrap"><div class="Story_authors">अंकित जोशी, नेहा पाठक, इंदौर</div><p>${P1}</p><p>${P2}</p></div>`;
		expect(read(readPage(page(body)))).toMatchObject({sections: [{paragraphs: [P1, P2]}]});
	});
	test('the headline repeated as the first block of the body is left out, and so is the summary as a heading', () => {
		const body = `<div class="story"><div class="title">शीर्षक</div><p>${P1}</p><p>${P2}</p></div>`;
		expect(read(readPage(page(body)))).toMatchObject({sections: [{paragraphs: [P1, P2]}]});
		const summary = `<div class="story"><h2>खबर का सार</h2><p>${P1}</p><p>${P2}</p></div>`;
		expect(read(readPage(page(summary, {description: 'खबर का सार'})))).toMatchObject({sections: [{paragraphs: [P1, P2]}]});
	});
	test('a first paragraph that is the summary stays, and the summary is left out', () => {
		const result = read(readPage(page(`<article><p>${P1}</p><p>${P2}</p></article>`, {description: P1})));
		expect(result).toMatchObject({sections: [{paragraphs: [P1, P2]}]});
		expect(result).not.toHaveProperty('summary');
	});
	test('a short date line is furniture even when its class also names the article', () => {
		const body = `<div class="article"><p class="article-date">अपडेटेड: 28 नवंबर 2026, 10:30 AM</p><p>${P1}</p><p>${P2}</p></div>`;
		expect(read(readPage(page(body)))).toMatchObject({sections: [{paragraphs: [P1, P2]}]});
	});
	test('"Related Coverage" over links is not a read-also box labelled "Related"', () => {
		const box = '<div class="box"><p>Related Coverage <a href="/a">Another story</a></p></div>';
		const result = read(readPage(page(`<article><p>${P1}</p><p>${P2}</p>${box}</article>`)));
		expect(result).not.toHaveProperty('related');
		expect(read(readPage(page(`<article><p>${P1}</p><p>${P2}</p>${box.replace(' Coverage', ':')}</article>`)))).toMatchObject({
			related: [{label: 'Related', title: 'Another story'}],
		});
	});
	test('a box labelled by its first element holds teaser cards: their links are entries, their other text is left out', () => {
		const card = (href: string, title: string) =>
			`<div class="card"><a href="${href}"><h4>${title}</h4></a><p>खबर का छोटा सा सार, जो एक वाक्य में है।</p></div>`;
		const box = `<div class="box"><h3>ये भी पढ़ें</h3>${card('/a', 'पहली खबर का शीर्षक, जो पूरा एक लिंक है')}${card('/b', 'दूसरी खबर का शीर्षक भी एक लिंक है')}</div>`;
		expect(read(readPage(page(`<article><p>${P1}</p>${box}<p>${P2}</p></article>`)))).toEqual(
			expect.objectContaining({
				sections: [{paragraphs: [P1, P2]}],
				related: [
					{label: 'ये भी पढ़ें', title: 'पहली खबर का शीर्षक, जो पूरा एक लिंक है'},
					{label: 'ये भी पढ़ें', title: 'दूसरी खबर का शीर्षक भी एक लिंक है'},
				],
			}),
		);
	});
	test('a heading or paragraph inside a link is the link’s text, not the article’s; a link within the page is not a link', () => {
		const body = `<article><p>${P1}</p><a href="/other"><h2>दूसरी खबर</h2><p>${P3}</p></a><a href="#more"><h2>आगे</h2></a><p>${P2}</p></article>`;
		expect(read(readPage(page(body)))).toMatchObject({sections: [{paragraphs: [P1]}, {heading: 'आगे', paragraphs: [P2]}]});
	});
	test.each([
		['Comments', '<div class="c"><p>{text}</p></div>'],
		['सबसे ज्यादा पढ़ी गईं', '<ol><li>{text}</li></ol>'],
		['Most Read', '<ul><li>{text}</li></ul>'],
	])('a label "%s" heads furniture in the article’s container, however it is named', (label, list) => {
		const after = list.replace('{text}', P3);
		const body = `<div class="x"><p>${P1}</p><p>${P2}</p><h3>${label}</h3>${after}</div><p>${P1}</p>`;
		expect(read(readPage(page(body)))).toMatchObject({sections: [{paragraphs: [P1, P2]}]});
		const boxed = `<div class="x"><p>${P1}</p><div class="y"><span>${label}</span>${after}</div><p>${P2}</p></div>`;
		expect(read(readPage(page(boxed)))).toMatchObject({sections: [{paragraphs: [P1, P2]}]});
	});
	test('the parts JSON-LD hasPart names are the article, whatever their class says', () => {
		const body = `<article><div class="content"><p>${P1}</p><div class="paywall"><p>${P2}</p></div><div id="tail" class="comments"><p>${P3}</p></div></div></article>`;
		const named = {hasPart: [{'@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: 'div.paywall, #tail'}]};
		expect(read(readPage(page(body, named)))).toMatchObject({sections: [{paragraphs: [P1, P2, P3]}]});
		expect(read(readPage(page(body)))).toMatchObject({sections: [{paragraphs: [P1]}]});
	});
});

describe('metadata fallbacks', () => {
	const long = 'नगर निगम ने गंगा किनारे नए घाट की योजना को मंजूरी दी, काम अगले महीने से शुरू होगा और दो साल चलेगा';
	test.each([
		[`${long.slice(0, 40)}...`, `<h1>${long}</h1>`, long],
		[`${long.slice(0, 40)}…`, `<h1>दूसरा शीर्षक</h1>`, `${long.slice(0, 40)}…`],
		[long, `<h1>${long} और आगे</h1>`, long],
	])('JSON-LD headline %j with %s is %j', (headline, h1, expected) => {
		const result = readPage(page(`${h1}<article><p>${P1}</p><p>${P2}</p></article>`, {headline}));
		expect('article' in result && result.article.headline).toBe(expected);
	});
	test('the language from og:locale when nothing else says it', () => {
		const html = `<html><head><title>शीर्षक</title><meta property="og:locale" content="hi_IN"><meta property="og:type" content="article"></head><body><article><p>${P1}</p><p>${P2}</p></article></body></html>`;
		expect(read(readPage(html))).toMatchObject({language: 'hi-IN'});
	});
});
