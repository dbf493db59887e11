import endingsData from '../../data/romanize/hindi-endings.json' with {type: 'json'};
import exceptionsData from '../../data/romanize/hindi-exceptions.json' with {type: 'json'};
import partsData from '../../data/romanize/hindi-parts.json' with {type: 'json'};
import prefixesData from '../../data/romanize/hindi-prefixes.json' with {type: 'json'};
import {Kind} from './letters.js';
import {kindOf, phonesOf} from './phones.js';
import {decisionsFor} from './schwa.js';
import {Trie} from './trie.js';

/*
A Hindi word cut into morphemes, so that the schwa rules apply to each part on its own. The
knowledge is data (data/romanize/hindi-*.json, each entry with its reason); this is the engine.
Cuts fall only where an aksara starts (before a consonant or a vowel letter). In order:
1. A word in the exception list is one unit with its schwas decided by the list.
2. Endings (hindi-endings.json), longest first: the stem before one is analysed by 3–5 and the
   ending joins its last part, so the rules see the inflected form (नगरों nagrōṁ). If nothing is
   known about the stem and the ending is a "cut" one (ता, ना, कर, वाला …) that follows a single
   consonant with its schwa, stem and ending are two units (हंस|ना haṁsnā, सुन|कर sunkar); a stem
   ending in a conjunct stays whole, and keeps its schwa before the ending (सम्पन्नता sampannatā).
   A "cut-any" ending (ना) is cut after a conjunct too (कल्प|ना kalpnā, प्रार्थ|ना prārthnā).
   A "stem" ending (Sanskrit ित, ीय) is a unit of its own after a stem read as a word of its own:
   नियम|ित niyamit, भारत|ीय bhāratīy.
3. A known part at the end (hindi-parts.json, longest first) is one unit; what comes before it is
   analysed again (राष्ट्र|पति rāṣṭrapati, उप|सभा|पति). Parts marked "suffix" (Persian दार, नाक …)
   are cut like parts but act as suffixes in schwa.ts (दर्द|नाक dardnāk). A part of two aksaras
   needs two before it, three if a vowel sign follows it: a short word that ends like a part is
   more often a plain word (बादल, भोजन, साधन, मुक़ाबला).
4. A prefix at the start (hindi-prefixes.json): "always" prefixes are cut whenever at least two
   aksaras follow (प्र|गति pragati); "known" ones only when what follows is a known word. Never
   before a conjunct: there the prefix keeps its schwa (उपस्थित upasthit, उपन्यास upanyās).
5. A part marked "start" or "both" at the start, when what follows is known (ग्राम|सभाओं).
*/

type Cut = {start: number; end: number; fixed?: boolean[]; suffix?: boolean};

const exceptions = new Map<string, boolean[]>();
for (const [word, roman] of exceptionsData.entries) {
	const decisions = decisionsFor(phonesOf(word), roman.normalize('NFC'));
	if (!decisions) throw new Error(`hindi-exceptions.json: ${word} cannot be read as ${roman}`);
	exceptions.set(word, decisions);
}
const ends = new Set<string>();
const starts = new Set<string>();
const suffixes = new Set<string>();
for (const [part, where] of partsData.entries) {
	if (where !== 'start') ends.add(part);
	if (where === 'start' || where === 'both') starts.add(part);
	if (where === 'suffix') suffixes.add(part);
}
const prefixes = new Map(prefixesData.entries.map(([prefix, when]) => [prefix, when === 'always']));
const endings = new Map(endingsData.entries.map(([ending, how]) => [ending, how]));
const endTrie = new Trie(ends, {backward: true});
const startTrie = new Trie([...starts, ...prefixes.keys()], {backward: false});
const endingTrie = new Trie(endings.keys(), {backward: true});

/** Whether an aksara starts at `at` in `word`: a consonant not joined to the one before, or a vowel letter. */
function aksaraAt(word: string, at: number): boolean {
	const kind = kindOf(word.charCodeAt(at));
	return (kind === Kind.Consonant || kind === Kind.Vowel) && kindOf(word.charCodeAt(at - 1)) !== Kind.Virama;
}

/** Number of aksaras in `text`. */
function aksaras(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) if (aksaraAt(text, i) && kindOf(text.charCodeAt(i - 1)) !== Kind.Virama) n++;
	return n;
}

const listed = (text: string) => exceptions.has(text) || ends.has(text) || starts.has(text);

/** Whether `text` is a known word or part, bare or with an ending. */
function known(text: string): boolean {
	return listed(text) || endingTrie.matches(text).some((n) => n < text.length && listed(text.slice(0, -n)));
}

const shift = (cuts: Cut[], by: number): Cut[] => cuts.map((c) => ({...c, start: c.start + by, end: c.end + by}));

/**
Cuts of `stem` (steps 1, 3–5), or undefined when nothing is known about it. `signed`: a vowel
sign follows the stem (an ending such as ों), which then replaces the part's last schwa.
*/
function analyse(stem: string, signed = false): Cut[] | undefined {
	const fixed = exceptions.get(stem);
	if (fixed) return [{start: 0, end: stem.length, fixed}];
	const endLengths = endTrie.matches(stem);
	for (let i = endLengths.length - 1; i >= 0; i--) {
		const at = stem.length - endLengths[i];
		if (at < 1 || !aksaraAt(stem, at)) continue;
		const before = stem.slice(0, at);
		// A short part after a short start is more often a plain word (बादल, भोजन) than a compound;
		// with a vowel sign after it even more so (मुक़ा|बला).
		if (aksaras(stem.slice(at)) <= 2 && aksaras(before) < (signed ? 3 : 2)) continue;
		const part = stem.slice(at);
		return [
			...(analyse(before) ?? [{start: 0, end: at}]),
			{start: at, end: stem.length, fixed: exceptions.get(part), suffix: suffixes.has(part)},
		];
	}
	const startLengths = startTrie.matches(stem);
	for (let i = startLengths.length - 1; i >= 0; i--) {
		const n = startLengths[i];
		if (n > stem.length - 2 || !aksaraAt(stem, n)) continue;
		const head = stem.slice(0, n);
		const rest = stem.slice(n);
		const always = prefixes.get(head);
		const isStart = starts.has(head);
		if (always === undefined && !isStart) continue;
		if (aksaras(rest) < 2) continue;
		const restKnown = known(rest);
		const conjunct = kindOf(rest.charCodeAt(1)) === Kind.Virama;
		// A prefix before a conjunct keeps its schwa (उपस्थित upasthit, उपन्यास upanyās): not cut.
		if (((always || restKnown) && !conjunct) || (isStart && restKnown))
			return [{start: 0, end: n}, ...shift(analyse(rest) ?? [{start: 0, end: rest.length}], n)];
	}
	return undefined;
}

/** Whether `stem` has two aksaras or more and ends in a consonant with its inherent vowel; in a conjunct only if `conjunct`. */
function endsInConsonant(stem: string, conjunct: boolean): boolean {
	const last = stem.length - 1;
	const base = kindOf(stem.charCodeAt(last)) === Kind.Nukta ? last - 1 : last;
	if (kindOf(stem.charCodeAt(base)) !== Kind.Consonant) return false;
	return (conjunct || kindOf(stem.charCodeAt(base - 1)) !== Kind.Virama) && aksaras(stem) >= 2;
}

/** The units of a Hindi word, as ranges of `word` with any decisions the data fixes. */
export function morphemes(word: string): Cut[] {
	const whole = analyse(word);
	if (whole && (whole.length > 1 || whole[0].fixed)) return whole;
	const endingLengths = endingTrie.matches(word);
	for (let i = endingLengths.length - 1; i >= 0; i--) {
		if (endingLengths[i] >= word.length) continue;
		const stem = word.slice(0, -endingLengths[i]);
		const how = endings.get(word.slice(stem.length));
		const found = analyse(stem, kindOf(word.charCodeAt(stem.length)) === Kind.Sign);
		if (found && how !== 'stem') {
			found[found.length - 1].end = word.length;
			return found;
		}
		if (how === 'stem' && aksaras(stem) >= 2) return [...(found ?? [{start: 0, end: stem.length}]), {start: stem.length, end: word.length}];
		const cut = how === 'cut' || how === 'cut-any';
		if (cut && aksaraAt(word, stem.length) && endsInConsonant(stem, how === 'cut-any')) {
			return [
				{start: 0, end: stem.length},
				{start: stem.length, end: word.length, suffix: true},
			];
		}
	}
	return [{start: 0, end: word.length}];
}
