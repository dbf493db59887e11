// The command as a whole, against node itself and GNU fold: start-up, throughput, linear growth,
// peak memory and the terminal probe's cost. Imported by scripts/bench.mjs; prints rows.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const BIN = new URL('../bin/news-read.cjs', import.meta.url).pathname;
const MB = 1024 * 1024;

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Wall time of a command in milliseconds, its output piped. */
function wall(command, args) {
	const t0 = process.hrtime.bigint();
	const result = spawnSync(command, args, {stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1024 * MB});
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
	return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Median wall times of several commands, run in turn (alternating) `runs` times. */
function alternate(commands, runs) {
	const times = commands.map(() => []);
	for (let i = 0; i < runs; i++) {
		for (const [k, [command, args]] of commands.entries()) times[k].push(wall(command, args));
	}
	return times.map(median);
}

/** An article of about `size` bytes built from `paragraphs`, and the same text for fold. */
function makeArticle(dir, paragraphs, size) {
	const sections = [];
	let bytes = 0;
	for (let i = 0; bytes < size; ) {
		const section = {heading: `खंड ${sections.length + 1}`, paragraphs: []};
		for (let k = 0; k < 4; k++, i++) {
			const p = paragraphs[i % paragraphs.length];
			section.paragraphs.push(p);
			bytes += Buffer.byteLength(p) + 4;
		}
		sections.push(section);
	}
	const name = join(dir, `article-${Math.round(size / MB)}mb`);
	writeFileSync(`${name}.json`, JSON.stringify({language: 'hi', headline: 'बड़ा लेख', sections}));
	writeFileSync(`${name}.txt`, `${sections.flatMap((s) => [s.heading, ...s.paragraphs]).join('\n')}\n`);
	return name;
}

/** Peak resident memory of a command in bytes (GNU time), or undefined without /usr/bin/time. */
function peakMemory(args) {
	const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
		stdio: ['ignore', 'ignore', 'pipe'],
		encoding: 'utf8',
	});
	const kb = Number(result.stderr?.trim().split('\n').at(-1));
	return Number.isFinite(kb) && kb > 0 ? kb * 1024 : undefined;
}

export async function benchCli(paragraphs, report) {
	const dir = mkdtempSync(join(tmpdir(), 'news-read-bench-'));

	const [node, ours] = alternate(
		[
			[process.execPath, ['-e', '0']],
			[process.execPath, [BIN]],
		],
		41,
	);
	console.log(
		`\nstart-up, median of 41 alternating runs: node -e 0 ${node.toFixed(1)} ms, news-read (bundled article, piped) ${ours.toFixed(1)} ms`,
	);
	report('start-up ÷ node -e 0', ours / node, '×', {max: 1.15}, 'aim 1.10');

	const one = makeArticle(dir, paragraphs, MB);
	const ten = makeArticle(dir, paragraphs, 10 * MB);
	const [fold, big, small] = alternate(
		[
			['fold', ['-s', '-w', '80', `${ten}.txt`]],
			[process.execPath, [BIN, `${ten}.json`, '-w', '80']],
			[process.execPath, [BIN, `${one}.json`, '-w', '80']],
		],
		9,
	);
	console.log(
		`throughput, median of 9: fold -s -w 80 (10 MB) ${fold.toFixed(0)} ms, news-read 10 MB ${big.toFixed(0)} ms, 1 MB ${small.toFixed(0)} ms`,
	);
	report('10 MB article ÷ fold -s -w 80', big / fold, '×', {max: 6}, 'aim 4');
	report('10 MB ÷ 1 MB time', big / small, '×', {max: 11});

	const fifty = makeArticle(dir, paragraphs, 50 * MB);
	const peak = peakMemory([BIN, `${fifty}.json`, '-w', '80']);
	const size = statSync(`${fifty}.json`).size;
	if (peak !== undefined) {
		console.log(`memory: peak ${(peak / MB).toFixed(0)} MB for a ${(size / MB).toFixed(0)} MB article`);
		report('peak memory ÷ file size (50 MB)', peak / size, '×', {max: 4}, 'aim 3');
	}
}

/**
The width probe's cost: news-read in a pseudo-terminal, asked (`auto`) and not asked (`codepoint`),
median wall times of alternating runs. The terminal ignores the question but answers primary device
attributes (CSI c), as every terminal does, so the probe knows at once that no answer is coming.
A pseudo-terminal that answers nothing at all holds the exit until the probe's limit, by design
(src/terminal/probe.ts): measured too, in fewer runs, without a mark. Needs node-pty (a
devDependency); returns undefined without it.
*/
export async function benchProbe(report) {
	let pty;
	try {
		pty = (await import('node-pty')).default;
	} catch {
		return;
	}
	const run = (model, answersFence) =>
		new Promise((resolve) => {
			const t0 = process.hrtime.bigint();
			const child = pty.spawn(process.execPath, [BIN, '--no-pager', '--width-model', model], {
				cols: 80,
				rows: 200,
				env: {PATH: process.env.PATH},
			});
			child.onData((data) => {
				if (answersFence && data.includes('\x1b[c')) child.write('\x1b[?1;2c');
			});
			child.onExit(() => resolve(Number(process.hrtime.bigint() - t0) / 1e6));
		});
	const costOf = async (runs, answersFence) => {
		const asked = [];
		const told = [];
		for (let i = 0; i < runs; i++) {
			asked.push(await run('auto', answersFence));
			told.push(await run('codepoint', answersFence));
		}
		return [median(asked), median(told)];
	};
	const [asked, told] = await costOf(15, true);
	console.log(
		`\nprobe, median of 15 in a pseudo-terminal that answers only CSI c: asked ${asked.toFixed(0)} ms, told ${told.toFixed(0)} ms`,
	);
	report('width probe cost, terminal ignoring it', asked - told, 'ms', {max: 100});
	const [silentAsked, silentTold] = await costOf(5, false);
	report('width probe cost, answering nothing', silentAsked - silentTold, 'ms');
}
