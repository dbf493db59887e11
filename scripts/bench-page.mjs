// Reading news pages (issue 9): a 1 MB page against `node -e 0`, and a 10 MB page against the
// 1 MB one. The pages are made here from the seed paragraphs, laid out like a Hindi news site
// (JSON-LD, menus, ticker, share bars, ads, figures, read-also boxes, comments), with the
// furniture chosen by a fixed-seed generator, so every run reads the same bytes.
// Imported by scripts/bench.mjs; prints rows.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const BIN = new URL('../bin/news-read.cjs', import.meta.url).pathname;
const MB = 1024 * 1024;

/** mulberry32: a small seeded generator, numbers in [0, 1). */
function generator(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const FURNITURE = [
	'<div class="ad-slot" id="div-gpt-ad-1"><span>विज्ञापन</span></div>',
	'<figure><img src="/i.jpg" alt=""><figcaption>तस्वीर: संवाददाता</figcaption></figure>',
	'<p><strong>यह भी पढ़ें:</strong> <a href="/x.html">शहर में नई बस सेवा शुरू, बीस रूटों पर चलेंगी बसें</a></p>',
	'<div class="share-bar"><a href="#">फेसबुक</a> <a href="#">ट्विटर</a> <a href="#">व्हाट्सऐप</a></div>',
	'<script>window.ads=window.ads||[];ads.push({slot:"mid",sizes:[[300,250],[336,280]]});</script>',
];

const head = (title) => `<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8"><title>${title} | समाचार</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"समाचार"},
{"@type":"NewsArticle","headline":"${title}","datePublished":"2026-11-28T10:00:00+05:30","author":{"@type":"Person","name":"संवाददाता"},"inLanguage":"hi"}]}</script>
<style>.story p{font-size:18px}</style></head><body>
<nav class="main-menu"><ul>${['होम', 'देश', 'विदेश', 'खेल', 'मनोरंजन'].map((m) => `<li><a href="/">${m}</a></li>`).join('')}</ul></nav>
<div class="ticker"><a href="/t">ताज़ा ख़बर: संसद का सत्र सोमवार से</a></div><main><article><h1>${title}</h1><div class="story-content">`;
const tail = `</div></article><div class="comments"><p>बहुत अच्छी खबर, धन्यवाद।</p></div></main><footer>© समाचार</footer></body></html>`;

/** A news page of about `size` bytes: the seed paragraphs under h2 headings, furniture between them. */
export function makePage(dir, paragraphs, size) {
	const random = generator(9);
	const parts = [head('बड़ा लेख')];
	let bytes = parts[0].length;
	for (let i = 0; bytes < size; i++) {
		const piece =
			(i % 6 === 5 ? `<h2>खंड ${i / 6 + 1}</h2>` : '') +
			`<p>${paragraphs[i % paragraphs.length]}</p>` +
			(random() < 0.3 ? FURNITURE[Math.floor(random() * FURNITURE.length)] : '');
		parts.push(piece);
		bytes += Buffer.byteLength(piece);
	}
	parts.push(tail);
	const file = join(dir, `page-${Math.round(size / MB)}mb.html`);
	writeFileSync(file, parts.join('\n'));
	return file;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function wall(args) {
	const t0 = process.hrtime.bigint();
	const result = spawnSync(process.execPath, args, {stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1024 * MB});
	if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
	return Number(process.hrtime.bigint() - t0) / 1e6;
}

export async function benchPage(paragraphs, report) {
	const dir = mkdtempSync(join(tmpdir(), 'news-read-bench-page-'));
	const one = makePage(dir, paragraphs, MB);
	const ten = makePage(dir, paragraphs, 10 * MB);
	const runs = {node: [], one: [], ten: []};
	for (let i = 0; i < 15; i++) {
		runs.node.push(wall(['-e', '0']));
		runs.one.push(wall([BIN, one, '-w', '80']));
		runs.ten.push(wall([BIN, ten, '-w', '80']));
	}
	const [node, small, big] = [median(runs.node), median(runs.one), median(runs.ten)];
	console.log(
		`\nnews pages, median of 15 alternating runs: node -e 0 ${node.toFixed(1)} ms, 1 MB page ${small.toFixed(0)} ms, 10 MB page ${big.toFixed(0)} ms`,
	);
	report('1 MB news page ÷ node -e 0', small / node, '×', {max: 8}, 'aim 3');
	report('10 MB news page ÷ 1 MB page (time)', big / small, '×', {max: 12});
}
