// Makes the pictures in docs/ from real runs, drawn by a real terminal emulator (@xterm/headless).
// Run: npm run screenshots (builds first), or node scripts/screenshots.mjs [out-dir] with dist/ built.
// The SVGs are committed; a test (test/docs/screenshots.test.ts) makes them again and fails when
// the committed ones differ. Pictures:
// - article-60.svg: the built binary on the bundled article, 60 columns, in colour.
// - wrap-ansi-vs-news-read.svg: one paragraph of the bundled article laid out for a terminal
//   WIDTH columns wide by wrap-ansi (which measures with string-width) and by news-read, each fed
//   into a terminal that wide: wrap-ansi's long lines are re-wrapped by the terminal in mid-word.
// Runs use --width-model codepoint, the model of xterm.js without addons, and a bare environment.
import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import wrapAnsi from 'wrap-ansi';
import {drawnRows} from './screen-cells.mjs';
import {terminalSvg} from './svg-terminal.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(root, 'bin/news-read.cjs');

/** The paragraph compared, and the width: wrap-ansi overflows about half its lines there. */
const SECTION = 2;
const WIDTH = 36;

/** The built binary's standard output for `args`, with `input` on standard input. */
function newsRead(args, input) {
	const result = spawnSync(process.execPath, [BIN, ...args], {input, encoding: 'utf8', env: {PATH: process.env.PATH ?? ''}});
	if (result.status !== 0) throw new Error(`news-read ${args.join(' ')}: exit ${result.status}: ${result.stderr}`);
	return result.stdout;
}

const wrappedCount = (rows) => rows.filter((row) => row.wrapped).length;

async function articlePicture() {
	const args = ['--color', 'always', '--width-model', 'codepoint', '-w', '60'];
	const rows = await drawnRows(newsRead(args), 60);
	return terminalSvg(
		[{title: `news-read ${args.join(' ')}`, cols: 60, rows}],
		'The bundled article as news-read shows it, 60 columns wide',
	);
}

async function comparisonPicture() {
	const article = JSON.parse(readFileSync(join(root, 'data/article.json'), 'utf8'));
	const [paragraph] = article.sections[SECTION - 1].paragraphs;
	const theirs = wrapAnsi(paragraph, WIDTH, {hard: true});
	// The same paragraph alone, as the lead section of an article; -s 1 shows just that section.
	const alone = JSON.stringify({language: article.language, headline: '-', sections: [{paragraphs: [paragraph]}]});
	const ours = newsRead(['-', '-s', '1', '--format', 'plain', '--width-model', 'codepoint', '-w', String(WIDTH)], alone);
	const theirRows = await drawnRows(theirs, WIDTH);
	const ourRows = await drawnRows(ours, WIDTH);
	const lines = (text) => text.trimEnd().split('\n').length;
	return terminalSvg(
		[
			{title: `wrap-ansi: ${wrappedCount(theirRows)} of ${lines(theirs)} lines re-wrapped`, cols: WIDTH, rows: theirRows},
			{title: `news-read: ${wrappedCount(ourRows)} of ${lines(ours)} lines re-wrapped`, cols: WIDTH, rows: ourRows},
		],
		`One paragraph in a terminal ${WIDTH} columns wide: laid out by wrap-ansi, which the terminal re-wraps in mid-word, and by news-read, exact`,
	);
}

const out = process.argv[2] ?? join(root, 'docs');
mkdirSync(out, {recursive: true});
for (const [name, svg] of [
	['article-60.svg', await articlePicture()],
	['wrap-ansi-vs-news-read.svg', await comparisonPicture()],
]) {
	writeFileSync(join(out, name), svg);
	console.log(join(out, name));
}
