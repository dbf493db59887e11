// Installing like any npm CLI: the tarball from `npm pack`, installed globally into an empty prefix.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'news-read-pack-'));
const prefix = join(work, 'prefix');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
let files: string[] = [];

beforeAll(() => {
	// dist/ is built by `npm test` (pretest); --ignore-scripts packs it as it is.
	const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {cwd: root, encoding: 'utf8'}));
	files = packed.files.map((f: {path: string}) => f.path).sort();
	execFileSync('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', join(work, packed.filename)], {encoding: 'utf8'});
}, 180_000);

describe('npm pack, then npm install -g into an empty prefix', () => {
	test('ships only what runs', () => {
		const runs = /^(bin\/|dist\/|data\/article(\.schema)?\.json$|data\/dictionary\/(\w+\.dict|LICENSE)$|man\/news-read\.1$|package\.json$|README\.md$|LICENSE)/;
		expect(files.filter((f) => !runs.test(f))).toEqual([]);
		expect(files).toContain('dist/cli.cjs');
		expect(files).toContain('data/article.json');
		for (const name of ['thai', 'lao', 'khmer', 'burmese']) expect(files).toContain(`data/dictionary/${name}.dict`);
	});
	test('news-read runs from another directory and finds its bundled article', () => {
		const out = execFileSync(join(prefix, 'bin', 'news-read'), ['-l'], {cwd: work, encoding: 'utf8', env: {PATH: process.env.PATH}});
		expect(out.split('\n')[1]).toBe('2\tरूस को मिली आर्थिक प्रतिबंधों से राहत');
	});
	test('--version prints the version from package.json', () => {
		expect(execFileSync(join(prefix, 'bin', 'news-read'), ['--version'], {cwd: work, encoding: 'utf8'})).toBe(`${version}\n`);
	});
	test('man news-read shows the manual page, found through the prefix', () => {
		const env = {PATH: process.env.PATH, MANPATH: join(prefix, 'share', 'man'), MANPAGER: 'cat', MANWIDTH: '80'};
		const out = execFileSync('man', ['news-read'], {cwd: work, encoding: 'utf8', env});
		expect(out).toMatch(/^NEWS-READ\(1\)/);
		expect(out).toMatch(/^ +news-read +- +read news articles in a terminal/m);
		expect(out).toMatch(/^ {7}-w, --width n$/m);
	});
	test('the library is importable from the package root, and finds its word dictionaries', () => {
		const script =
			"import {wrap, cellWidth} from 'news-read'; console.log(cellWidth('राष्ट्रपति'), wrap('यह बात है । और', 8).join('|'), wrap('มนุษย์ทั้งหลายเกิดมามีอิสระ', 10).join('|'))";
		const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {cwd: join(prefix, 'lib'), encoding: 'utf8'});
		// The Thai line ends between ICU's words มนุษย์|ทั้ง|หลาย and เกิด|มา|มี|อิสระ (dictionary.test.ts).
		expect(out).toBe('8 यह बात|है । और มนุษย์ทั้งหลาย|เกิดมามีอิสระ\n');
	});
	test('news-read breaks Thai between words with the dictionaries it ships', () => {
		const article = JSON.stringify({language: 'th', headline: 'ข่าว', sections: [{paragraphs: ['มนุษย์ทั้งหลายเกิดมามีอิสระ']}]});
		const out = execFileSync(join(prefix, 'bin', 'news-read'), ['--format', 'plain', '--width', '10', '-'], {cwd: work, encoding: 'utf8', input: article});
		expect(out).toContain('มนุษย์ทั้งหลาย\nเกิดมามีอิสระ\n');
	});
});
