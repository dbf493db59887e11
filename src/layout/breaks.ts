import {DICTIONARY_RANGES} from './dictionary-table.js';
import {fillRanges} from './ranges.js';
import {isWide} from './width.js';
import {WIDE_RANGES} from './width-table.js';

/*
Where a line may break: a small, tailored subset of Unicode line breaking (UAX #14).
Each grapheme cluster gets a kind from its first code point; `canBreakBefore` decides from the
kinds around a position. The rules, in order:

1. Never inside a grapheme cluster (the wrapper only sees whole clusters).
2. Always after a line feed, CR LF, CR, LINE SEPARATOR or PARAGRAPH SEPARATOR.
3. Never before closing punctuation, even when spaces stand before it: । ॥ , . : ; ! ? closing
   brackets and quotes, … and their CJK forms, and the marks that end a word or sentence in Thai,
   Lao, Khmer and Myanmar (ฯ ๆ ๚ ๛ ໆ ។ ៕ ៖ ៗ ၊ ။ ၌ ၍ ၏). Hindi text often has "है ।" or "Relation :", and a
   danda must not start a line. (UAX #14 would break after the space; this is the Hindi tailoring.)
4. After spaces, unless the last thing before them is opening punctuation: "( जिसमें" stays together.
5. After a hyphen or dash that follows a word, but not before a digit ("2023-24" stays together).
6. After a ZERO WIDTH SPACE.
7. Before and after a wide character (CJK ideographs, kana, Hangul, wide emoji).
8. Nowhere else by these rules. Runs of Thai, Lao, Khmer and Myanmar letters (Kind.Dictionary) are
   written without spaces between words: the wrapper breaks them at dictionary word boundaries
   where a line would overflow (dictionary.ts). A word wider than the line is cut at cluster
   boundaries by the wrapper.

A straight quote (' or ") is closing when it ends a word and opening when it starts one.
*/

export enum Kind {
	Other,
	Space,
	Newline,
	Close,
	Open,
	Hyphen,
	ZeroWidthSpace,
	Wide,
	Digit,
	/** A straight quote alone: closing or opening depending on its neighbours (quoteKind). */
	Quote,
	/** A letter or mark of Thai, Lao, Khmer or Myanmar: words are found with a dictionary. */
	Dictionary,
}

/** Marks that end a word or sentence of Thai, Lao, Khmer and Myanmar; the last three are Myanmar's "in", "and" and "of". */
export const DICTIONARY_CLOSING = 'ฯๆ๚๛ໆ។៕៖ៗ၊။၌၍၏';
const CLOSING = `।॥,.:;!?)]}”’»›…、。，．：；！？）］｝」』】〉》〕〗〙〛｠｣${DICTIONARY_CLOSING}`;
const OPENING = '([{“‘«‹（［｛「『【〈《〔〖〘〚｟｢';
const HYPHENS = [0x2d, 0x2010, 0x2013, 0x2014, 0x2015];
const SPACES = [0x20, 0x09, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x2009, 0x200a, 0x205f, 0x3000];
const NEWLINES = [0x0a, 0x0d, 0x2028, 0x2029];

let table: Uint8Array | undefined;

/** Kind of each BMP code point standing alone as a cluster. */
function buildKindTable(): Uint8Array {
	const kinds = new Uint8Array(0x10000); // Kind.Other
	const set = (chars: string | number[], kind: Kind) => {
		for (const c of chars) kinds[typeof c === 'number' ? c : (c.codePointAt(0) as number)] = kind;
	};
	fillRanges(kinds, WIDE_RANGES, Kind.Wide);
	fillRanges(kinds, DICTIONARY_RANGES, Kind.Dictionary);
	set('0123456789०१२३४५६७८९๐๑๒๓๔๕๖๗๘๙໐໑໒໓໔໕໖໗໘໙០១២៣៤៥៦៧៨៩၀၁၂၃၄၅၆၇၈၉', Kind.Digit);
	set(CLOSING, Kind.Close);
	set(OPENING, Kind.Open);
	set(HYPHENS, Kind.Hyphen);
	set(SPACES, Kind.Space);
	set(NEWLINES, Kind.Newline);
	set([0x200b], Kind.ZeroWidthSpace);
	set('\'"', Kind.Quote);
	return kinds;
}

/** The kind of each BMP code point standing alone as a cluster (Kind.Quote for straight quotes). */
export function bmpKinds(): Uint8Array {
	table ??= buildKindTable();
	return table;
}

/** Whether `cp` is one of the spaces a line may break after (rule 4); a line never ends in them. */
export function isBreakSpace(cp: number): boolean {
	return cp < 0x10000 && bmpKinds()[cp] === Kind.Space;
}

/** The kind of a code point standing alone as a cluster (Kind.Quote for straight quotes). */
export function standaloneKind(cp: number): Kind {
	return cp > 0xffff ? (isWide(cp) ? Kind.Wide : Kind.Other) : bmpKinds()[cp];
}

/** The kind of a cluster of several code points, from the kind of its first: a letter with marks, a conjunct, CR LF, an emoji sequence. */
export function multiKind(first: Kind): Kind {
	return first === Kind.Newline || first === Kind.Wide || first === Kind.Digit || first === Kind.Dictionary ? first : Kind.Other;
}

/**
What a straight quote alone is, from what follows it (at `end`) and whether a non-space cluster
stands right before it: closing when it ends a word, opening when it starts one.
*/
export function quoteKind(text: string, end: number, afterContent: boolean): Kind {
	const next = text.codePointAt(end);
	const nextKind = next === undefined ? Kind.Space : standaloneKind(next);
	const endsWord = nextKind === Kind.Space || nextKind === Kind.Newline || nextKind === Kind.Close;
	if (afterContent) return endsWord ? Kind.Close : Kind.Other;
	return Kind.Open;
}

/**
Whether a line may break before a cluster of kind `next` (rules above).
`last` is the kind of the last non-space cluster before it, `spaced` whether spaces stand between,
and `hyphenAfterWord` whether `last`, if a hyphen, followed a word.
*/
export function canBreakBefore(last: Kind, spaced: boolean, next: Kind, hyphenAfterWord: boolean): boolean {
	if (next === Kind.Close) return false;
	if (spaced) return last !== Kind.Open;
	switch (last) {
		case Kind.Hyphen:
			return hyphenAfterWord && next !== Kind.Digit && next !== Kind.Hyphen;
		case Kind.ZeroWidthSpace:
			return true;
		case Kind.Wide:
			return true;
		case Kind.Open:
			return false;
		default:
			return next === Kind.Wide;
	}
}
