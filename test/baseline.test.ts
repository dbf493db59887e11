// Why news-read has its own layout engine: the common tools, string-width and wrap-ansi, measure
// Devanagari conjuncts as no terminal draws them. They stay in the project as the measured baseline
// (here and in `npm run bench`). Each word is drawn in xterm.js with its Unicode 11 addon, the
// terminal that measures as the `codepoint` model says (xterm, VTE, tmux, kitty draw the same).
import stringWidth from 'string-width';
import {expect, test} from 'vitest';
import wrapAnsi from 'wrap-ansi';
import {cellWidth, wrap} from '../src/index.js';
import {openTerminal} from './helpers/terminal.js';

// Words of the seed article with conjuncts (shared/FACTS.md's table).
const WORDS = ['राष्ट्रपति', 'प्रतिबंधों', 'कॉन्फ्रेंसिंग', 'स्ट्रेटजिक', 'ज़्यादा', 'क्ष'];

test('string-width counts fewer cells than the terminal draws for conjuncts; cellWidth counts what it draws', async () => {
	const terminal = openTerminal(80, 'unicode11');
	for (const word of WORDS) {
		const drawn = await terminal.cellsOf(word);
		expect(cellWidth(word), word).toBe(drawn);
		expect(stringWidth(word), word).toBeLessThan(drawn);
	}
});

test('wrap-ansi lines overflow the terminal where wrap lines fit', async () => {
	const paragraph = `${WORDS.join(' ')} ${WORDS.join(' ')} ${WORDS.join(' ')}`;
	const width = 20;
	const terminal = openTerminal(width, 'unicode11');
	const overflowing = async (lines: string[]) => {
		let count = 0;
		for (const line of lines) if (await terminal.overflows(line)) count++;
		return count;
	};
	expect(await overflowing(wrapAnsi(paragraph, width, {hard: true}).split('\n'))).toBeGreaterThan(0);
	expect(await overflowing(wrap(paragraph, width))).toBe(0);
});
