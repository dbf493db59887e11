import {existsSync, readFileSync} from 'node:fs';

/*
ICU's word dictionaries for Thai, Lao, Khmer and Burmese (data/dictionary/, taken from Node's ICU
by scripts/make-dictionaries.mjs). Each is read once, when a line of its script first needs a
break; a run that fits on its line never loads one. The folder is found from this module: one
level up from the bundles in dist/, two from src/layout/ when the sources run under the tests.
Where it is not (the library bundled into someone else's program without it), there is no
dictionary, and ICU itself is asked (dictionary-window.ts): slower, the same words.
*/

/** A dictionary: its trie of words, and how a code point becomes a byte of it. */
export type Dictionary = {readonly trie: Uint8Array; readonly offset: number};

export type DictionaryName = 'thai' | 'lao' | 'khmer' | 'burmese';

const loaded = new Map<DictionaryName, Dictionary | undefined>();
let folder: URL | null | undefined;

function dictionaryFolder(): URL | null {
	if (folder !== undefined) return folder;
	folder = null;
	for (const path of ['../data/dictionary/', '../../data/dictionary/']) {
		const url = new URL(path, import.meta.url);
		if (url.protocol === 'file:' && existsSync(new URL('thai.dict', url))) folder = url;
		if (folder) break;
	}
	return folder;
}

/**
The dictionary `name`, or undefined if it cannot be found or read. Its file holds ICU's eight
int32 indexes (the trie's start and end, its type, and the transform: "offset" with the script's
first code point), then the trie.
*/
export function dictionary(name: DictionaryName): Dictionary | undefined {
	if (loaded.has(name)) return loaded.get(name);
	loaded.set(name, undefined);
	const where = dictionaryFolder();
	if (!where) return undefined;
	let file: Buffer;
	try {
		file = readFileSync(new URL(`${name}.dict`, where));
	} catch {
		return undefined;
	}
	const index = (i: number) => file.readInt32LE(i * 4);
	const [start, end, type, transform] = [index(0), index(1), index(4), index(5)];
	// Trie type 0 is bytes; transform type 0x01000000 is "subtract an offset".
	if ((type & 7) !== 0 || (transform & 0x7f000000) !== 0x01000000) return undefined;
	const found = {trie: new Uint8Array(file.buffer, file.byteOffset + start, end - start), offset: transform & 0x1fffff};
	loaded.set(name, found);
	return found;
}
