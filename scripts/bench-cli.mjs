// The command as a whole, against node itself and GNU fold: start-up, and on each article shape
// (bench-shapes.mjs) throughput, linear growth and peak memory; then the terminal probe's cost.
// Row groups of scripts/bench.mjs; each prints its rows through `report`.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {alternate, BIN, MB, median} from './bench-common.mjs';
import {SHAPES} from './bench-shapes.mjs';

/** Alternating runs per article shape: the machine is shared, and a median of few runs is easily moved by a burst of other work. */
const RUNS = 11;

/** Start-up on the bundled article, piped, against `node -e 0`. */
export async function benchStartup(report) {
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
	report('start-up ÷ node -e 0', ours / node, '×', {max: 1.1}, 'aim 1.05');
}

/** Writes the article of `shape` of about `size` bytes: `<name>.json`, and its text as `<name>.txt` for fold. */
function writeArticle(dir, shape, size) {
	const {json, text} = shape.make(size);
	const name = join(dir, `${shape.name.replace(/\W+/g, '-')}-${Math.round(size / MB)}mb`);
	writeFileSync(`${name}.json`, json);
	writeFileSync(`${name}.txt`, text);
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

/** Every article shape at 80 columns: 10 MB against fold, 10 MB against 1 MB, and peak memory on 50 MB. */
export async function benchShapes(report, shapes = SHAPES) {
	const dir = mkdtempSync(join(tmpdir(), 'news-read-bench-'));
	try {
		for (const shape of shapes) {
			console.log(`\n${shape.name}: ${shape.what}`);
			const one = writeArticle(dir, shape, MB);
			const ten = writeArticle(dir, shape, 10 * MB);
			const [fold, big, small] = alternate(
				[
					['fold', ['-s', '-w', '80', `${ten}.txt`]],
					[process.execPath, [BIN, `${ten}.json`, '-w', '80']],
					[process.execPath, [BIN, `${one}.json`, '-w', '80']],
				],
				RUNS,
			);
			console.log(
				`  median of ${RUNS}: fold -s -w 80 (10 MB) ${fold.toFixed(0)} ms, news-read 10 MB ${big.toFixed(0)} ms, 1 MB ${small.toFixed(0)} ms`,
			);
			report(`  10 MB article ÷ fold -s -w 80`, big / fold, '×', {max: 6}, 'aim 4');
			report(`  10 MB ÷ 1 MB time`, big / small, '×', {max: 11});
			rmSync(`${one}.json`);
			rmSync(`${ten}.json`);

			const fifty = writeArticle(dir, shape, 50 * MB);
			const peak = peakMemory([BIN, `${fifty}.json`, '-w', '80']);
			const size = statSync(`${fifty}.json`).size;
			rmSync(`${fifty}.json`);
			if (peak !== undefined) {
				console.log(`  memory: peak ${(peak / MB).toFixed(0)} MB for a ${(size / MB).toFixed(0)} MB article`);
				report(`  peak memory ÷ file size (50 MB)`, peak / size, '×', {max: 3}, 'aim 2.5');
			}
		}
	} finally {
		rmSync(dir, {recursive: true, force: true});
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
