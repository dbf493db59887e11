// The library bundled into another program, without news-read's data/dictionary/ beside it: runs
// of Thai, Lao, Khmer and Myanmar are then broken by asking ICU itself, and the lines are the same.
import {copyFileSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {expect, test, vi} from 'vitest';
import {wrap} from '../../src/index.js';

test('with no dictionaries to read, dictionary scripts break at the same places', async () => {
	// dist/index.js is built by `npm test` (pretest); alone in a folder, it finds no data/dictionary/.
	const folder = mkdtempSync(join(tmpdir(), 'news-read-bundled-'));
	copyFileSync(new URL('../../dist/index.js', import.meta.url), join(folder, 'index.js'));
	const alone: {wrap: typeof wrap} = await import(pathToFileURL(join(folder, 'index.js')).href);
	const askIcu = vi.spyOn(Intl.Segmenter.prototype, 'segment');
	const asked = {alone: 0, withDictionaries: 0};
	for (const name of ['thai', 'lao', 'khmer', 'myanmar']) {
		const text = readFileSync(new URL(`../fixtures/texts/${name}.txt`, import.meta.url), 'utf8').replace(/\s+/gu, '');
		for (const width of [9, 20, 33, 80]) {
			askIcu.mockClear();
			const lines = alone.wrap(text, width);
			asked.alone += askIcu.mock.calls.length;
			askIcu.mockClear();
			expect(lines).toEqual(wrap(text, width));
			asked.withDictionaries += askIcu.mock.calls.length;
		}
	}
	askIcu.mockRestore();
	// Alone, every line end asks ICU; with the dictionaries, only the few windows left to ICU do.
	expect(asked.alone).toBeGreaterThan(10 * asked.withDictionaries);
});
