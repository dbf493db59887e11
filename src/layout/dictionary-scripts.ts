import type {DictionaryName} from './dictionary-data.js';

/*
The four scripts whose words ICU finds with a dictionary (dictionary-engine.ts): which engine a
letter belongs to (by its Unicode block), which letters may end or begin a word when the engine
looks for one past letters it does not know (its rule 3, as ICU's engines set them), which are
combining marks (rule 4), and how short a run is one word (rule 6).
*/

/** One of ICU's four engines: its dictionary and which letters may end and begin a word (rule 3). */
export type Engine = {
	readonly name: DictionaryName;
	readonly thai: boolean;
	readonly canEnd: (c: number) => boolean;
	readonly canBegin: (c: number) => boolean;
};

export const ENGINES: readonly Engine[] = [
	{
		name: 'thai',
		thai: true,
		canEnd: (c) => c !== 0x0e31 && (c < 0x0e40 || c > 0x0e44),
		canBegin: (c) => (c >= 0x0e01 && c <= 0x0e2e) || (c >= 0x0e40 && c <= 0x0e44),
	},
	{
		name: 'lao',
		thai: false,
		canEnd: (c) => c < 0x0ec0 || c > 0x0ec4,
		canBegin: (c) => (c >= 0x0e81 && c <= 0x0eae) || c === 0x0edc || c === 0x0edd || (c >= 0x0ec0 && c <= 0x0ec4),
	},
	{name: 'khmer', thai: false, canEnd: (c) => c !== 0x17d2, canBegin: (c) => c >= 0x1780 && c <= 0x17b3},
	{name: 'burmese', thai: false, canEnd: () => true, canBegin: (c) => c >= 0x1000 && c <= 0x102a},
];

/** The Unicode blocks of the four scripts, each with the index in ENGINES of its engine. */
export const BLOCKS: readonly (readonly [first: number, last: number, engine: number])[] = [
	[0x0e00, 0x0e7f, 0],
	[0x0e80, 0x0eff, 1],
	[0x1780, 0x17ff, 2],
	[0x1000, 0x109f, 3],
	[0xa9e0, 0xa9ff, 3],
	[0xaa60, 0xaa7f, 3],
];

/** The index in ENGINES of the engine for a letter of these scripts, by its block; -1 for other code points. */
export function engineFor(c: number): number {
	for (const [first, last, engine] of BLOCKS) if (c >= first && c <= last) return engine;
	return -1;
}

let marks: Uint8Array | undefined;

/** Whether `c`, a letter or mark of these scripts, is a combining mark (General_Category M). */
export function isMark(c: number): boolean {
	if (!marks) {
		marks = new Uint8Array(0x10000);
		for (const [first, last] of BLOCKS) {
			for (let i = first; i <= last; i++) marks[i] = /\p{M}/u.test(String.fromCharCode(i)) ? 1 : 0;
		}
	}
	return marks[c] === 1;
}

/** The most letters a run can have and still be one word (rule 6). */
export function shortest(engine: Engine | number): number {
	return (typeof engine === 'number' ? ENGINES[engine] : engine).thai ? 4 : 3;
}
