// Shared by the bench scripts: the text to measure on, and how a row is printed and judged.
import {readFileSync} from 'node:fs';

const seedUrl = new URL('../data/source/article.txt', import.meta.url);

/** The paragraphs of the text the bundled article is made from (data/source/article.txt). */
export function seedParagraphs() {
	return readFileSync(seedUrl, 'utf8').split('\n').filter(Boolean);
}

/** A report function that prints one row and remembers whether it met its required mark. */
export function reporter() {
	const results = [];
	const report = (name, value, unit, required, aim) => {
		const ok = required === undefined || (required.max !== undefined ? value <= required.max : value >= required.min);
		results.push(ok);
		const bound = required === undefined ? '' : required.max !== undefined ? `≤ ${required.max}` : `≥ ${required.min}`;
		console.log(
			`${name.padEnd(44)} ${value.toFixed(2).padStart(9)} ${unit.padEnd(4)} ${bound.padEnd(7)} ${aim ?? ''} ${required ? (ok ? 'ok' : 'FAIL') : ''}`,
		);
	};
	return {report, allMet: () => results.every(Boolean)};
}
