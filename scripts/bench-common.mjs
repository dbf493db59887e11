// Shared by the bench scripts: the text to measure on, timing helpers, and how a row is printed and judged.
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

const seedUrl = new URL('../data/source/article.txt', import.meta.url);

export const MB = 1024 * 1024;
export const BIN = new URL('../bin/news-read.cjs', import.meta.url).pathname;

/** The paragraphs of the text the bundled article is made from (data/source/article.txt). */
export function seedParagraphs() {
	return readFileSync(seedUrl, 'utf8').split('\n').filter(Boolean);
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Wall time of a command in milliseconds, its output piped. */
export function wall(command, args) {
	const t0 = process.hrtime.bigint();
	const result = spawnSync(command, args, {stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1024 * MB});
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
	return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Median wall times of several commands ([command, args] each), run in turn (alternating) `runs` times. */
export function alternate(commands, runs) {
	const times = commands.map(() => []);
	for (let i = 0; i < runs; i++) {
		for (const [k, [command, args]] of commands.entries()) times[k].push(wall(command, args));
	}
	return times.map(median);
}

/** A report function that prints one row and remembers whether it met its required mark. */
export function reporter() {
	const results = [];
	const report = (name, value, unit, required, aim) => {
		const ok = required === undefined || (required.max !== undefined ? value <= required.max : value >= required.min);
		results.push(ok);
		const bound = required === undefined ? '' : required.max !== undefined ? `≤ ${required.max}` : `≥ ${required.min}`;
		console.log(
			`${name.padEnd(48)} ${value.toFixed(2).padStart(9)} ${unit.padEnd(4)} ${bound.padEnd(7)} ${(aim ?? '').padEnd(9)} ${required ? (ok ? 'ok' : 'FAIL') : ''}`,
		);
	};
	return {report, allMet: () => results.every(Boolean)};
}
