/*
The letters of ten Brahmic scripts in ISO 15919, as one table indexed by code point (U+0900–U+0DFF).

Rules, in order:
1. Nine blocks (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam)
   follow the ISCII layout: a letter sits at the same offset from its block's start in each. So one
   table of 128 offsets (COMMON) is laid over every block, wherever Unicode assigns a letter or mark
   there (\p{L}, \p{M}); it is generated, not typed nine times.
2. Each script's own letters then replace or add to that (OWN): the nukta letters, Bengali ৎ t,
   Gurmukhi tippi ੰ (ṁ) and addak ੱ (doubles the next consonant), Tamil ஃ ḵ, Malayalam chillus and
   dot reph, length marks that write nothing.
3. Sinhala has a layout of its own (SINHALA), typed out by code point.
4. Digits of every script become ASCII digits; danda । and double danda ॥ become ".".
Short e and o (ऎ ऒ, Tamil எ ஒ …) are e and o; long ए ओ are ē ō; ऑ is ô and ऍ is ê.
Strings here are NFC.
*/

/** What a code point does in a word. */
export enum Kind {
	Other = 0,
	/** A consonant: its text, followed by the inherent vowel unless a sign or virama comes next. */
	Consonant = 1,
	Vowel = 2,
	Sign = 3,
	Virama = 4,
	Anusvara = 5,
	Candrabindu = 6,
	Visarga = 7,
	Nukta = 8,
	/** A letter that is written as it is and touches no vowel (avagraha ’, ॐ ōm, Tamil ஃ ḵ). */
	Symbol = 9,
	Digit = 10,
	Danda = 11,
	/** Writes nothing: length marks, accents. */
	Silent = 12,
	/** Gurmukhi addak: the next consonant is doubled. */
	Addak = 13,
	/** A consonant that never carries a vowel: Bengali ৎ, Malayalam chillus, Malayalam dot reph. */
	Dead = 14,
	/** A consonant written below the previous one (Gurmukhi yakash ੵ): like virama + that consonant. */
	Subjoined = 15,
}

/** A code point (or an offset in a block), what it does, and its Latin text. */
type Entry = [number, Kind, string];

export const FIRST = 0x0900;
export const LAST = 0x0dff;

/** The ISCII-aligned letters by offset from a block's start: [kind, text]. */
const COMMON: Entry[] = [
	[0x01, Kind.Candrabindu, 'm̐'],
	[0x02, Kind.Anusvara, 'ṁ'],
	[0x03, Kind.Visarga, 'ḥ'],
	[0x3c, Kind.Nukta, ''],
	[0x3d, Kind.Symbol, '’'],
	[0x4d, Kind.Virama, ''],
];
const VOWELS = 'a ā i ī u ū r̥ l̥ ê e ē ai ô o ō au'.split(' '); // offsets 0x05–0x14
VOWELS.forEach((v, i) => {
	COMMON.push([0x05 + i, Kind.Vowel, v]);
});
COMMON.push([0x04, Kind.Vowel, 'a'], [0x60, Kind.Vowel, 'r̥̄'], [0x61, Kind.Vowel, 'l̥̄']);
const SIGNS = 'ā i ī u ū r̥ r̥̄ ê e ē ai ô o ō au'.split(' '); // offsets 0x3e–0x4c
SIGNS.forEach((v, i) => {
	COMMON.push([0x3e + i, Kind.Sign, v]);
});
COMMON.push([0x62, Kind.Sign, 'l̥'], [0x63, Kind.Sign, 'l̥̄']);
const CONSONANTS = 'k kh g gh ṅ c ch j jh ñ ṭ ṭh ḍ ḍh ṇ t th d dh n ṉ p ph b bh m y r ṟ l ḷ ḻ v ś ṣ s h'.split(' '); // 0x15–0x39
CONSONANTS.forEach((c, i) => {
	COMMON.push([0x15 + i, Kind.Consonant, c]);
});
for (let d = 0; d < 10; d++) COMMON.push([0x66 + d, Kind.Digit, String(d)]);

const ISCII_BLOCKS = [0x0900, 0x0980, 0x0a00, 0x0a80, 0x0b00, 0x0b80, 0x0c00, 0x0c80, 0x0d00];

/** Each script's own letters, by code point. */
const OWN: Entry[] = [
	// Devanagari
	[0x0900, Kind.Candrabindu, 'm̐'],
	[0x093a, Kind.Sign, 'ô'],
	[0x093b, Kind.Sign, 'ô'],
	[0x094e, Kind.Sign, 'e'],
	[0x094f, Kind.Sign, 'ô'],
	[0x0950, Kind.Symbol, 'ōm'],
	[0x0951, Kind.Silent, ''],
	[0x0952, Kind.Silent, ''],
	[0x0953, Kind.Silent, ''],
	[0x0954, Kind.Silent, ''],
	[0x0955, Kind.Sign, 'ê'],
	[0x0956, Kind.Sign, 'u'],
	[0x0957, Kind.Sign, 'ū'],
	[0x0964, Kind.Danda, '.'], // shared by the other scripts of India
	[0x0965, Kind.Danda, '.'],
	[0x0958, Kind.Consonant, 'q'],
	[0x0959, Kind.Consonant, 'k͟h'],
	[0x095a, Kind.Consonant, 'ġ'],
	[0x095b, Kind.Consonant, 'z'],
	[0x095c, Kind.Consonant, 'ṛ'],
	[0x095d, Kind.Consonant, 'ṛh'],
	[0x095e, Kind.Consonant, 'f'],
	[0x095f, Kind.Consonant, 'ẏ'],
	[0x0970, Kind.Danda, '.'],
	[0x0971, Kind.Silent, ''],
	[0x0972, Kind.Vowel, 'ê'],
	[0x0973, Kind.Vowel, 'ô'],
	[0x0974, Kind.Vowel, 'ô'],
	[0x0975, Kind.Vowel, 'ô'],
	[0x0976, Kind.Vowel, 'u'],
	[0x0977, Kind.Vowel, 'ū'],
	[0x0978, Kind.Consonant, 'ḏ'],
	[0x0979, Kind.Consonant, 'ẓ'],
	[0x097a, Kind.Consonant, 'ẏ'],
	[0x097b, Kind.Consonant, 'g'],
	[0x097c, Kind.Consonant, 'j'],
	[0x097d, Kind.Symbol, '’'],
	[0x097e, Kind.Consonant, 'ḍ'],
	[0x097f, Kind.Consonant, 'b'],
	// Bengali
	[0x0980, Kind.Symbol, ''],
	[0x09fc, Kind.Anusvara, 'ṁ'],
	[0x09fe, Kind.Silent, ''],
	[0x09ce, Kind.Dead, 't'],
	[0x09d7, Kind.Silent, ''],
	[0x09dc, Kind.Consonant, 'ṛ'],
	[0x09dd, Kind.Consonant, 'ṛh'],
	[0x09df, Kind.Consonant, 'ẏ'],
	[0x09f0, Kind.Consonant, 'r'],
	[0x09f1, Kind.Consonant, 'v'],
	// Gurmukhi
	[0x0a51, Kind.Silent, ''],
	[0x0a59, Kind.Consonant, 'k͟h'],
	[0x0a5a, Kind.Consonant, 'ġ'],
	[0x0a5b, Kind.Consonant, 'z'],
	[0x0a5c, Kind.Consonant, 'ṛ'],
	[0x0a5e, Kind.Consonant, 'f'],
	[0x0a70, Kind.Anusvara, 'ṁ'],
	[0x0a71, Kind.Addak, ''],
	[0x0a72, Kind.Vowel, 'i'],
	[0x0a73, Kind.Vowel, 'u'],
	[0x0a74, Kind.Symbol, 'ik ōaṅkār'],
	[0x0a75, Kind.Subjoined, 'y'],
	// Gujarati
	[0x0ad0, Kind.Symbol, 'ōm'],
	[0x0af9, Kind.Consonant, 'ẓ'],
	[0x0afa, Kind.Silent, ''],
	[0x0afb, Kind.Silent, ''],
	[0x0afc, Kind.Silent, ''],
	[0x0afd, Kind.Silent, ''],
	[0x0afe, Kind.Silent, ''],
	[0x0aff, Kind.Silent, ''],
	// Oriya
	[0x0b55, Kind.Silent, ''],
	[0x0b56, Kind.Silent, ''],
	[0x0b57, Kind.Silent, ''],
	[0x0b5c, Kind.Consonant, 'ṛ'],
	[0x0b5d, Kind.Consonant, 'ṛh'],
	[0x0b5f, Kind.Consonant, 'ẏ'],
	[0x0b71, Kind.Consonant, 'v'],
	// Tamil
	[0x0b83, Kind.Symbol, 'ḵ'],
	[0x0bd0, Kind.Symbol, 'ōm'],
	[0x0bd7, Kind.Silent, ''],
	// Telugu
	[0x0c00, Kind.Candrabindu, 'm̐'],
	[0x0c04, Kind.Anusvara, 'ṁ'],
	[0x0c55, Kind.Silent, ''],
	[0x0c56, Kind.Silent, ''],
	[0x0c58, Kind.Consonant, 'ts'],
	[0x0c59, Kind.Consonant, 'dz'],
	[0x0c5a, Kind.Consonant, 'ṟ'],
	[0x0c5c, Kind.Dead, 'n'],
	[0x0c5d, Kind.Dead, 'n'],
	// Kannada
	[0x0c80, Kind.Candrabindu, 'm̐'],
	[0x0cdc, Kind.Dead, 'n'],
	[0x0cd5, Kind.Silent, ''],
	[0x0cd6, Kind.Silent, ''],
	[0x0cdd, Kind.Dead, 'n'],
	[0x0cde, Kind.Consonant, 'ḻ'],
	[0x0cf1, Kind.Symbol, 'ẖ'],
	[0x0cf2, Kind.Symbol, 'ḫ'],
	[0x0cf3, Kind.Anusvara, 'ṁ'],
	// Malayalam
	[0x0d00, Kind.Anusvara, 'ṁ'],
	[0x0d3a, Kind.Consonant, 'ṯ'],
	[0x0d3b, Kind.Virama, ''],
	[0x0d3c, Kind.Virama, ''],
	[0x0d4e, Kind.Dead, 'r'],
	[0x0d54, Kind.Dead, 'm'],
	[0x0d55, Kind.Dead, 'y'],
	[0x0d56, Kind.Dead, 'ḻ'],
	[0x0d57, Kind.Silent, ''],
	[0x0d5f, Kind.Vowel, 'ī'],
	[0x0d7a, Kind.Dead, 'ṇ'],
	[0x0d7b, Kind.Dead, 'n'],
	[0x0d7c, Kind.Dead, 'r'],
	[0x0d7d, Kind.Dead, 'l'],
	[0x0d7e, Kind.Dead, 'ḷ'],
	[0x0d7f, Kind.Dead, 'k'],
];

/** Sinhala (U+0D80–U+0DFF) by code point. */
const SINHALA: Entry[] = [
	[0x0d81, Kind.Candrabindu, 'm̐'],
	[0x0d82, Kind.Anusvara, 'ṁ'],
	[0x0d83, Kind.Visarga, 'ḥ'],
	[0x0dca, Kind.Virama, ''],
	[0x0df4, Kind.Danda, '.'],
];
'a ā æ ǣ i ī u ū r̥ r̥̄ l̥ l̥̄ e ē ai o ō au'.split(' ').forEach((v, i) => {
	SINHALA.push([0x0d85 + i, Kind.Vowel, v]);
});
// 0x0D9A–0x0DC6, with unassigned gaps at 0x0DB2 and 0x0DBC, 0x0DBE–0x0DBF.
'k kh g gh ṅ n̆g c ch j jh ñ jñ n̆j ṭ ṭh ḍ ḍh ṇ n̆ḍ t th d dh n - n̆d p ph b bh m m̆b y r - l - - v ś ṣ s h ḷ f'.split(' ').forEach((c, i) => {
	if (c !== '-') SINHALA.push([0x0d9a + i, Kind.Consonant, c]);
});
const SINHALA_SIGNS: [number, string][] = [
	[0x0dcf, 'ā'],
	[0x0dd0, 'æ'],
	[0x0dd1, 'ǣ'],
	[0x0dd2, 'i'],
	[0x0dd3, 'ī'],
	[0x0dd4, 'u'],
	[0x0dd6, 'ū'],
	[0x0dd8, 'r̥'],
	[0x0dd9, 'e'],
	[0x0dda, 'ē'],
	[0x0ddb, 'ai'],
	[0x0ddc, 'o'],
	[0x0ddd, 'ō'],
	[0x0dde, 'au'],
	[0x0ddf, 'l̥'],
	[0x0df2, 'r̥̄'],
	[0x0df3, 'l̥̄'],
];
for (const [cp, v] of SINHALA_SIGNS) SINHALA.push([cp, Kind.Sign, v]);
for (let d = 0; d < 10; d++) SINHALA.push([0x0de6 + d, Kind.Digit, String(d)]);

/** Kind of each code point from FIRST to LAST. */
export const KIND = new Uint8Array(LAST - FIRST + 1);
/** Latin text of each code point from FIRST to LAST. */
export const TEXT: string[] = new Array(LAST - FIRST + 1).fill('');

const ASSIGNED = /[\p{L}\p{M}\p{Nd}]/u;
function put(cp: number, kind: Kind, text: string): void {
	KIND[cp - FIRST] = kind;
	TEXT[cp - FIRST] = text.normalize('NFC');
}
for (const block of ISCII_BLOCKS) {
	for (const [offset, kind, text] of COMMON) {
		if (ASSIGNED.test(String.fromCharCode(block + offset))) put(block + offset, kind, text);
	}
}
for (const [cp, kind, text] of [...OWN, ...SINHALA]) put(cp, kind, text);

/** The nukta letters written as a consonant and U+093C (or its sister in another block). */
export const NUKTA_FORMS: Record<string, string> = {
	k: 'q',
	kh: 'k͟h',
	g: 'ġ',
	j: 'z',
	ph: 'f',
	ḍ: 'ṛ',
	ḍh: 'ṛh',
	y: 'ẏ',
	n: 'ṉ',
	r: 'ṟ',
	ḷ: 'ḻ',
	s: 'ś',
	l: 'ḷ',
};
for (const key of Object.keys(NUKTA_FORMS)) NUKTA_FORMS[key] = NUKTA_FORMS[key].normalize('NFC');

/** Whether `cp` is one of Devanagari's code points (the Hindi rules apply only there). */
export const isDevanagari = (cp: number): boolean => cp >= 0x0900 && cp <= 0x097f;
