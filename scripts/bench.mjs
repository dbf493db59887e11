// npm run bench: speed and memory ratios, each measured within one run on this machine. Not a
// test: it prints a row per measure, and exits 1 if a required mark is missed.
import {spawnSync} from 'node:child_process';
import {cpus} from 'node:os';
import {benchCli, benchProbe} from './bench-cli.mjs';
import {reporter, seedParagraphs} from './bench-common.mjs';
import {benchRomanize} from './bench-romanize.mjs';
import {benchPage} from './bench-page.mjs';

console.log(`news-read bench: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${process.platform}`);
const {report, allMet} = reporter();

// The command first, while this process is small: spawning from a large heap is slower and noisier.
await benchCli(seedParagraphs(), report);
await benchProbe(report);
await benchRomanize(report);
await benchPage(seedParagraphs(), report);

const layout = spawnSync(process.execPath, [new URL('bench-layout.mjs', import.meta.url).pathname], {stdio: 'inherit'});
process.exitCode = allMet() && layout.status === 0 ? 0 : 1;
