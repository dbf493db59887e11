// Writes data/dictionary/*.dict: the word dictionaries of ICU's Thai, Lao, Khmer and Burmese break
// engines, taken from the ICU data built into the running Node (process.execPath), so that
// src/layout/dictionary-engine.ts finds the words Intl.Segmenter finds. Each file is the body of
// ICU's .dict data (after its data header): eight little-endian int32 indexes, then a BytesTrie
// of the words. Run `node scripts/make-dictionaries.mjs` when Node's ICU changes; the output is
// committed, so nothing here runs at build or run time. Licence: data/dictionary/LICENSE (ICU's).
import {readFileSync, writeFileSync} from 'node:fs';

const NAMES = ['thai', 'lao', 'khmer', 'burmese'];
const binary = readFileSync(process.execPath);

/** ICU's common data package inside the binary: the data header whose format is "CmnD". */
function commonData() {
	for (let at = binary.indexOf('CmnD'); at >= 0; at = binary.indexOf('CmnD', at + 1)) {
		const header = at - 12;
		if (binary[header + 2] === 0xda && binary[header + 3] === 0x27) return header;
	}
	throw new Error(`no ICU common data in ${process.execPath}`);
}

const header = commonData();
const toc = header + binary.readUInt16LE(header);
const entries = binary.readUInt32LE(toc);
const found = new Map();
for (let i = 0; i < entries; i++) {
	const nameAt = toc + binary.readUInt32LE(toc + 4 + i * 8);
	const name = binary.toString('latin1', nameAt, binary.indexOf(0, nameAt));
	const match = /\/brkitr\/(\w+)dict\.dict$/u.exec(name);
	if (match && NAMES.includes(match[1])) found.set(match[1], toc + binary.readUInt32LE(toc + 8 + i * 8));
}
for (const name of NAMES) {
	const data = found.get(name);
	if (data === undefined) throw new Error(`ICU has no ${name} dictionary`);
	const body = data + binary.readUInt16LE(data);
	if (binary.toString('latin1', data + 12, data + 16) !== 'Dict' || binary[data + 16] !== 1)
		throw new Error(`${name}: not ICU dictionary data, format 1`);
	const size = binary.readInt32LE(body + 12); // IX_TOTAL_SIZE
	writeFileSync(new URL(`../data/dictionary/${name}.dict`, import.meta.url), binary.subarray(body, body + size));
	console.log(`${name}: ${size} bytes, ICU ${process.versions.icu}`);
}
