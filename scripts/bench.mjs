// npm run bench: speed and memory ratios, each measured within one run on this machine. Not a
// test: it prints a row per measure, and exits 1 if a required mark is missed.
// Each row group is a function of `report`; to add rows, add a module and one line below.
import {cpus, totalmem} from 'node:os';
import {benchProbe, benchShapes, benchStartup} from './bench-cli.mjs';
import {reporter, seedParagraphs} from './bench-common.mjs';
import {benchLayout} from './bench-layout.mjs';
import {benchPage} from './bench-page.mjs';
import {benchRomanize} from './bench-romanize.mjs';

const cpu = cpus()[0]?.model ?? 'CPU';
console.log(
	`news-read bench: Node ${process.version}, ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${process.platform}`,
);
const {report, allMet} = reporter();

// Groups that spawn the command first, while this process is small: spawning from a large heap is slower and noisier.
await benchStartup(report);
await benchShapes(report);
await benchProbe(report);
await benchPage(seedParagraphs(), report);
await benchLayout(report);
await benchRomanize(report);

process.exitCode = allMet() ? 0 : 1;
