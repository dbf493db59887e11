import {FIRST, isDevanagari, KIND, Kind, LAST, TEXT} from './letters.js';
import {morphemes} from './morphology.js';
import {inWord, type Phones, phonesOf} from './phones.js';
import {hindiText, strictText, type Unit} from './schwa.js';

/*
Text in the scripts of India and Sri Lanka written in Latin letters (ISO 15919), in NFC.
1. Everything outside the ten script blocks passes unchanged: Latin text, punctuation, spaces.
2. Digits of the scripts become ASCII digits; । and ॥ become ".".
3. A word is a run of letters and marks of the scripts (with ZWJ/ZWNJ inside it); its letters are
   read into phones (phones.ts) and written out.
4. Hindi (language "hi" or "hi-…"), in Devanagari: each word is cut into morphemes
   (morphology.ts) and its inherent vowels are written only where they are spoken (schwa.ts).
   Every other language, and every other script: strict ISO 15919, every inherent vowel written.
Words are remembered (news text repeats them), so each distinct word is worked out once.
*/

export type RomanizeOptions = {
	/** BCP 47 tag of the text's language; Hindi ("hi", "hi-IN" …) gets schwa deletion. */
	language?: string;
};

/** Remembered words per mode; forgotten wholesale when one grows past this many. */
const REMEMBERED = 50_000;
const hindiWords = new Map<string, string>();
const strictWords = new Map<string, string>();

/** Whether `language` is Hindi: its primary subtag is hi. */
export function isHindi(language: string | undefined): boolean {
	return language !== undefined && /^hi(?:-|$)/i.test(language);
}

function hindiWord(word: string, phones: Phones): string {
	const units: Unit[] = [];
	let p = 0;
	for (const cut of morphemes(word)) {
		while (p < phones.offsets.length && phones.offsets[p] < cut.start) p++;
		const start = p;
		while (p < phones.offsets.length && phones.offsets[p] < cut.end) p++;
		units.push({start, end: p, fixed: cut.fixed, suffix: cut.suffix});
	}
	return hindiText(phones, units);
}

function wordText(word: string, hindi: boolean): string {
	const memory = hindi ? hindiWords : strictWords;
	const known = memory.get(word);
	if (known !== undefined) return known;
	const phones = phonesOf(word);
	const text = hindi ? hindiWord(word, phones) : strictText(phones);
	if (memory.size >= REMEMBERED) memory.clear();
	memory.set(word, text);
	return text;
}

/** `text` in Latin letters; see the rules above. Never throws; Latin letters and digits are kept. */
export function romanize(text: string, {language}: RomanizeOptions = {}): string {
	const hindi = isHindi(language);
	const pieces: string[] = [];
	let copied = 0;
	for (let i = 0; i < text.length; i++) {
		const cp = text.charCodeAt(i);
		if (cp < FIRST || cp > LAST) continue;
		const kind = KIND[cp - FIRST];
		if (kind === Kind.Other) continue;
		pieces.push(text.slice(copied, i));
		if (kind === Kind.Digit || kind === Kind.Danda) {
			pieces.push(TEXT[cp - FIRST]);
			copied = i + 1;
			continue;
		}
		let end = i + 1;
		while (end < text.length && inWord(text.charCodeAt(end))) end++;
		pieces.push(wordText(text.slice(i, end), hindi && isDevanagari(cp)));
		copied = end;
		i = end - 1;
	}
	if (copied === 0) return text.normalize('NFC');
	pieces.push(text.slice(copied));
	return pieces.join('').normalize('NFC');
}
