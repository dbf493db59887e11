// Wrapped lines fed into a real terminal emulator (@xterm/headless) at that many columns.
import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {cellWidth, type WidthModel, wrap} from '../../src/index.js';
import {findDefects, NO_DEFECTS} from '../helpers/defects.js';
import {type Emulation, openTerminal} from '../helpers/terminal.js';

const seed = readFileSync(new URL('../../data/source/article.txt', import.meta.url), 'utf8')
	.split('\n')
	.filter(Boolean);
const textsDir = new URL('../fixtures/texts/', import.meta.url);
const others = readdirSync(textsDir).map((name) => ({
	name,
	paragraphs: readFileSync(new URL(name, textsDir), 'utf8').split('\n').filter(Boolean),
}));

// Each kind of terminal with the width model that describes it: xterm.js's default tables are
// Unicode 5.0's, its Unicode 11 addon has today's per-code-point tables, its graphemes addon clusters.
const models: [Emulation, WidthModel][] = [
	['codepoint', 'codepoint-unicode5'],
	['unicode11', 'codepoint'],
	['grapheme', 'grapheme'],
];

describe.each(models)('in xterm.js (%s)', (emulation, widthModel) => {
	test('cellWidth agrees with the terminal on every word', async () => {
		const term = openTerminal(1000, emulation);
		const words = new Set([...seed, ...others.flatMap((t) => t.paragraphs)].flatMap((p) => p.split(/\s+/u)));
		const wrong: string[] = [];
		for (const word of words) {
			if (cellWidth(word, {widthModel}) !== (await term.cellsOf(word))) wrong.push(word);
		}
		expect(wrong).toEqual([]);
	});

	test('the seed article at every width from 10 to 120 has no layout defects', async () => {
		for (let width = 10; width <= 120; width++) {
			for (const paragraph of seed) {
				const found = await findDefects(paragraph, wrap(paragraph, width, {widthModel}), width, emulation);
				expect({width, ...found}).toEqual({width, ...NO_DEFECTS});
			}
		}
	});

	test.each(others.map((t) => [t.name, t.paragraphs] as const))('%s at widths 8 to 120 has no layout defects', async (_, paragraphs) => {
		for (let width = 8; width <= 120; width += 7) {
			for (const paragraph of paragraphs) {
				const found = await findDefects(paragraph, wrap(paragraph, width, {widthModel}), width, emulation);
				expect({width, ...found}).toEqual({width, ...NO_DEFECTS});
			}
		}
	});
});
