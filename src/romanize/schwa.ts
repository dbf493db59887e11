import {Phone, type Phones} from './phones.js';

/*
Hindi schwa deletion (after Ohala 1983 and Narasimhan et al. 2004), applied to each morpheme
("unit") of a word on its own, so that a compound is read as its parts are (ग्राम|सभा grām|sabhā).

For each unit, in this order:
1. Fixed decisions (from the exception list) win over the rules below.
2. A schwa with a nasal or visarga on it (anusvara, candrabindu, visarga next) is kept.
3. Final: the schwa that ends a unit is dropped, unless
   a. it is the unit's only vowel (न na, प्र pra), or
   b. it follows a conjunct that ends in र, य or व (शस्त्र śastra, कार्य kārya, स्व sva), or
   c. it follows any conjunct and another part (not a suffix) comes after it in the same word:
      Hindi does not make three consonants meet there (जन्म|भूमि janmabhūmi, धर्म|शाला
      dharmaśālā); before a suffix it does (दर्द|नाक dardnāk, कल्प|ना kalpnā), or
   d. it follows य after i/ī or व after u/ū, and another part or suffix follows (युव|ती yuvatī).
4. Medial, from the end of the unit towards its start: a schwa is dropped in the context
   V C _ C V: one consonant on each side, a vowel (or a kept schwa) beyond each, all inside the
   unit. Deciding from the end means that a dropped schwa makes a cluster that protects the schwa
   before it (समझता samajhtā, not "samjhatā"). A schwa right before a vowel letter, after V C,
   gives way to it (बसअड्डा basaḍḍā, सहअस्तित्व sahastitva); कई and गए keep theirs. Not after य preceded by i/ī or व preceded by u/ū:
   that glide only opens the schwa's syllable (नियमों niyamōṁ, युवती yuvatī, प्रियता priyatā).
In the contexts, an anusvara after a long vowel is only nasalisation and is looked through
(बांधना bāṁdhnā); after a short vowel it closes the syllable like a consonant (संगठन saṁgaṭhan,
अंतरिक्ष aṁtarikṣ).
Candrabindu is always looked through.
*/

/** What happens to each schwa: undefined (not decided), true (kept) or false (dropped). */
export type Decisions = (boolean | undefined)[];

/** A unit of a word: phones [start, end), with decisions fixed by the data for some schwas. */
export type Unit = {
	start: number;
	end: number;
	fixed?: readonly boolean[];
	/** A suffix (ना, कर, Persian नाक …): the unit before it loses its final schwa even after a conjunct. */
	suffix?: boolean;
};

const isVowel = (k: Phone) => k === Phone.V || k === Phone.S;

const SHORT = new Set(['a', 'i', 'u', 'r̥'.normalize('NFC')]);

/** Whether phone i is looked through by the contexts: candrabindu, or anusvara after a long vowel. */
function transparent(p: Phones, i: number): boolean {
	const k = p.kinds[i];
	if (k === Phone.M) return true;
	return k === Phone.N && p.texts[i] === 'ṁ' && i > 0 && p.kinds[i - 1] === Phone.V && !SHORT.has(p.texts[i - 1]);
}

function step(p: Phones, i: number, by: 1 | -1, from: number, to: number): number {
	let j = i + by;
	while (j >= from && j < to && transparent(p, j)) j += by;
	return j >= from && j < to ? j : -1;
}

/** Whether consonant `c` is य after i or ī, or व after u or ū (the vowel at `v`). */
function glideAfterItsVowel(p: Phones, c: number, v: number): boolean {
	const glide = p.texts[c];
	const vowel = p.texts[v];
	return (glide === 'y' && (vowel === 'i' || vowel === 'ī')) || (glide === 'v' && (vowel === 'u' || vowel === 'ū'));
}

/** Whether phone i is a consonant for the contexts: a consonant, or a closing anusvara or visarga. */
function consonantal(p: Phones, i: number): boolean {
	return i >= 0 && (p.kinds[i] === Phone.C || (p.kinds[i] === Phone.N && !transparent(p, i)));
}

/** Decides the schwas of one unit into `keep` (indexed by phone). */
function decideUnit(p: Phones, unit: Unit, keep: Decisions, partFollows: boolean, anyFollows: boolean): void {
	const {start, end} = unit;
	if (unit.fixed) {
		let n = 0;
		for (let i = start; i < end; i++) if (p.kinds[i] === Phone.S && n < unit.fixed.length) keep[i] = unit.fixed[n++];
	}
	const nasal = (i: number) => i + 1 < end && (p.kinds[i + 1] === Phone.N || p.kinds[i + 1] === Phone.M);
	const last = end - 1;
	if (last >= start && p.kinds[last] === Phone.S && keep[last] === undefined) {
		let vowels = 0;
		for (let i = start; i < last; i++) if (isVowel(p.kinds[i])) vowels++;
		const glide = p.texts[last - 1] === 'r' || p.texts[last - 1] === 'y' || p.texts[last - 1] === 'v';
		const conjunct = last - 2 >= start && p.kinds[last - 1] === Phone.C && p.kinds[last - 2] === Phone.C;
		const opening = anyFollows && last - 2 >= start && glideAfterItsVowel(p, last - 1, last - 2);
		keep[last] = vowels === 0 || (conjunct && (glide || partFollows)) || opening;
	}
	for (let i = last - 1; i > start; i--) {
		if (p.kinds[i] !== Phone.S || keep[i] !== undefined) continue;
		if (nasal(i)) {
			keep[i] = true;
			continue;
		}
		const leftC = step(p, i, -1, start, end);
		if (!consonantal(p, leftC)) continue;
		const leftV = step(p, leftC, -1, start, end);
		const vowelLeft = leftV >= 0 && isVowel(p.kinds[leftV]) && keep[leftV] !== false && !glideAfterItsVowel(p, leftC, leftV);
		if (!vowelLeft) continue;
		const rightC = step(p, i, 1, start, end);
		// A vowel letter right after the schwa: the schwa gives way to it (बस|अड्डा basaḍḍā).
		if (rightC >= 0 && p.kinds[rightC] === Phone.V) keep[i] = false;
		if (!consonantal(p, rightC)) continue;
		const rightV = step(p, rightC, 1, start, end);
		if (rightV >= 0 && isVowel(p.kinds[rightV]) && keep[rightV] !== false) keep[i] = false;
	}
}

/** The Latin text of `p`, with the schwas of Hindi dropped where the rules say, unit by unit. */
export function hindiText(p: Phones, units: readonly Unit[]): string {
	const keep: Decisions = new Array(p.kinds.length);
	units.forEach((unit, i) => {
		decideUnit(p, unit, keep, i + 1 < units.length && !units[i + 1].suffix, i + 1 < units.length);
	});
	let out = '';
	for (let i = 0; i < p.kinds.length; i++) if (p.kinds[i] !== Phone.S || keep[i] !== false) out += p.texts[i];
	return out;
}

/** The Latin text of `p` with every inherent vowel written (strict ISO 15919). */
export function strictText(p: Phones): string {
	return p.texts.join('');
}

/**
The decisions that make `p` read as `roman` (for the exception list), by walking both: at each
schwa, `roman` either has the "a" or goes straight on to the next phone. Undefined if they disagree.
*/
export function decisionsFor(p: Phones, roman: string): boolean[] | undefined {
	const decisions: boolean[] = [];
	let at = 0;
	for (let i = 0; i < p.kinds.length; i++) {
		const text = p.texts[i];
		if (p.kinds[i] === Phone.S) {
			const kept = roman.startsWith(`a${p.texts[i + 1] ?? ''}`, at);
			decisions.push(kept);
			if (kept) at += 1;
			continue;
		}
		if (!roman.startsWith(text, at)) return undefined;
		at += text.length;
	}
	return at === roman.length ? decisions : undefined;
}
