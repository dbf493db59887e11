// Builds dist/: the CLI bundled into one CommonJS file for a fast start, the library entry, and
// its type declarations. Start-up is measured by `npm run bench` against `node -e 0`:
// - one file: nothing to resolve or read but itself;
// - CommonJS: Node's ESM loader costs a few milliseconds more at start-up;
// - CommonJS also keeps `import()` of bundled code lazy, down to the Node built-ins it requires,
//   so colour, the pager and the terminal probe cost nothing when they are not used.
import {execFileSync} from 'node:child_process';
import {rmSync} from 'node:fs';
import {build} from 'esbuild';

rmSync(new URL('../dist', import.meta.url), {recursive: true, force: true});
const common = {bundle: true, platform: 'node', target: 'node20', logLevel: 'warning'};

// commander requires node:child_process at load, only to run executable subcommands, which
// news-read has none of. Loading it costs about 10% of start-up, so commander gets it on first use.
const lazyChildProcess = {
	name: 'lazy-child-process-for-commander',
	setup(b) {
		b.onResolve({filter: /^node:child_process$/}, (args) =>
			args.importer.includes('/node_modules/commander/') ? {path: 'lazy-child-process', namespace: 'lazy'} : undefined,
		);
		b.onLoad({filter: /.*/, namespace: 'lazy'}, () => ({
			contents: "module.exports = {spawn: (...args) => require('node:child_process').spawn(...args)};",
			loader: 'js',
		}));
	},
};

// Rooms of the CLI needed only for some runs are bundles of their own, required from beside the
// CLI bundle when needed, so that a usual start never parses them: the page reader (src/page/),
// for HTML input, and romanisation (src/romanize/), for --romanize. The CLI imports each through
// one module, which here becomes a require() of its bundle.
const APART = {'./page/index.js': ['src/page/index.ts', 'page.cjs'], './romanize/article.js': ['src/romanize/article.ts', 'romanize.cjs']};
const roomsApart = {
	name: 'rooms-apart',
	setup(b) {
		b.onResolve({filter: /^\.\/(?:page\/index|romanize\/article)\.js$/}, (args) => ({path: APART[args.path][1], namespace: 'apart'}));
		b.onLoad({filter: /.*/, namespace: 'apart'}, (args) => ({
			contents: `module.exports = require(require('node:path').join(__dirname, ${JSON.stringify(args.path)}));`,
			loader: 'js',
		}));
	},
};
for (const [entry, file] of Object.values(APART)) {
	await build({...common, format: 'cjs', entryPoints: [entry], outfile: `dist/${file}`, minify: true});
}

await build({
	...common,
	format: 'cjs',
	entryPoints: ['src/cli.ts'],
	outfile: 'dist/cli.cjs',
	minify: true, // less to parse at every start
	// import() becomes require(): bin/news-read.cjs runs the bundle through vm.Script, where a real
	// import() has no loader, and require() keeps lazy imports of Node built-ins lazy.
	supported: {'dynamic-import': false},
	plugins: [lazyChildProcess, roomsApart],
	// The sources are ES modules that find the bundled article with import.meta.url.
	define: {'import.meta.url': 'importMetaUrl'},
	banner: {js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;"},
});
await build({...common, format: 'esm', entryPoints: ['src/index.ts'], outfile: 'dist/index.js'});
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {stdio: 'inherit'});

// The V8 code cache for bin/news-read.cjs: compile the CLI as the bin does (its compile and load), run
// it once on the bundled article so the functions of a usual run are compiled too, and keep what V8 made.
{
	const {writeFileSync} = await import('node:fs');
	const {createRequire} = await import('node:module');
	const {Writable} = await import('node:stream');
	const {cacheFile, compile, load} = createRequire(import.meta.url)('../bin/news-read.cjs');
	const script = compile();
	const cli = load(script);
	const sink = new Writable({write: (_chunk, _encoding, done) => done()});
	for (const argv of [[], ['--width', '80']]) await cli.main({argv, env: {}, stdout: sink, stderr: sink, stdin: undefined});
	writeFileSync(cacheFile, script.createCachedData());
}
