import {FIRST, KIND, Kind, LAST, NUKTA_FORMS, TEXT} from './letters.js';

/*
A word of a Brahmic script as a list of phones, the units the schwa rules look at:
- C, a consonant (a nukta joins it: ज + ़ is z, as ज़ is; Gurmukhi addak doubles the next one);
- V, a vowel written as a letter or a sign;
- S, the inherent vowel: after a consonant that has no sign, no virama and is not a dead letter;
- N, anusvara or visarga; M, candrabindu; X, a letter that is written as it is (avagraha, ॐ).
Each phone remembers the offset in the word where its aksara starts, so that morpheme boundaries
found in the text can be mapped onto phones. ZWJ and ZWNJ only shape letters and write nothing.
*/

export enum Phone {
	C = 1,
	V = 2,
	S = 3,
	N = 4,
	M = 5,
	X = 6,
}

export type Phones = {
	kinds: Phone[];
	texts: string[];
	/** Offset in the word of the letter that made each phone. */
	offsets: number[];
};

/** The kind of the code point `cp` (Kind.Other outside the scripts). */
export function kindOf(cp: number): Kind {
	return cp >= FIRST && cp <= LAST ? KIND[cp - FIRST] : Kind.Other;
}

/** The first code point of `text` and then `text`: a doubled consonant (ੱਖ kkh). */
function doubled(text: string): string {
	return text === '' ? text : String.fromCodePoint(text.codePointAt(0) ?? 0) + text;
}

/** Phones of `word[start, end)`, which holds only letters and marks of the scripts (and ZWJ/ZWNJ). */
export function phonesOf(word: string, start = 0, end = word.length): Phones {
	const kinds: Phone[] = [];
	const texts: string[] = [];
	const offsets: number[] = [];
	let open = false; // the last phone is a consonant whose vowel is not known yet
	let double = false;
	const push = (kind: Phone, text: string, at: number) => {
		kinds.push(kind);
		texts.push(text);
		offsets.push(at);
	};
	// The inherent vowel belongs to the aksara of its consonant.
	const close = () => {
		if (open) push(Phone.S, 'a', offsets[offsets.length - 1]);
		open = false;
	};
	for (let i = start; i < end; i++) {
		const cp = word.charCodeAt(i);
		const kind = kindOf(cp);
		const text = kind === Kind.Other ? '' : TEXT[cp - FIRST];
		const at = i - start;
		switch (kind) {
			case Kind.Consonant:
				close();
				push(Phone.C, double ? doubled(text) : text, at);
				double = false;
				open = true;
				break;
			case Kind.Subjoined:
				open = false;
				push(Phone.C, text, at);
				open = true;
				break;
			case Kind.Dead:
				close();
				push(Phone.C, text, at);
				break;
			case Kind.Nukta:
				if (open) texts[texts.length - 1] = NUKTA_FORMS[texts[texts.length - 1]] ?? texts[texts.length - 1];
				break;
			case Kind.Sign:
				open = false;
				push(Phone.V, text, at);
				break;
			case Kind.Virama:
				open = false;
				break;
			case Kind.Vowel:
				close();
				push(Phone.V, text, at);
				break;
			case Kind.Anusvara:
			case Kind.Visarga:
				close();
				push(Phone.N, text, at);
				break;
			case Kind.Candrabindu:
				close();
				push(Phone.M, text, at);
				break;
			case Kind.Addak:
				close();
				double = true;
				break;
			case Kind.Symbol:
				close();
				push(Phone.X, text, at);
				break;
			default: // silent marks, ZWJ, ZWNJ
				break;
		}
	}
	close();
	return {kinds, texts, offsets};
}

/** Whether `cp` is part of a word: a letter or mark of the scripts, or ZWJ/ZWNJ. */
export function inWord(cp: number): boolean {
	if (cp === 0x200c || cp === 0x200d) return true;
	const kind = kindOf(cp);
	return kind !== Kind.Other && kind !== Kind.Digit && kind !== Kind.Danda;
}
