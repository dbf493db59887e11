import {isWide} from './width.js';

/*
Where a line may break: a small, tailored subset of Unicode line breaking (UAX #14).
Each grapheme cluster gets a kind from its first code point; `canBreakBefore` decides from the
kinds around a position. The rules, in order:

1. Never inside a grapheme cluster (the wrapper only sees whole clusters).
2. Always after a line feed, CR LF, CR, LINE SEPARATOR or PARAGRAPH SEPARATOR.
3. Never before closing punctuation, even when spaces stand before it: । ॥ , . : ; ! ? closing
   brackets and quotes, … and their CJK forms. Hindi text often has "है ।" or "Relation :", and a
   danda must not start a line. (UAX #14 would break after the space; this is the Hindi tailoring.)
4. After spaces, unless the last thing before them is opening punctuation: "( जिसमें" stays together.
5. After a hyphen or dash that follows a word, but not before a digit ("2023-24" stays together).
6. After a ZERO WIDTH SPACE.
7. Before and after a wide character (CJK ideographs, kana, Hangul, wide emoji).
8. Nowhere else: a word wider than the line is cut at cluster boundaries by the wrapper.

A straight quote (' or ") is closing when it ends a word and opening when it starts one.
*/

export const enum Kind {
	Other,
	Space,
	Newline,
	Close,
	Open,
	Hyphen,
	ZeroWidthSpace,
	Wide,
	Digit,
}

const CLOSING = new Set(
	Array.from('।॥,.:;!?)]}”’»›…、。，．：；！？）］｝」』】〉》〕〗〙〛｠｣', (c) => c.codePointAt(0) as number),
);
const OPENING = new Set(Array.from('([{“‘«‹（［｛「『【〈《〔〖〘〚｟｢', (c) => c.codePointAt(0) as number));
const HYPHENS = new Set([0x2d, 0x2010, 0x2013, 0x2014, 0x2015]);
const SPACES = new Set([0x20, 0x09, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x2009, 0x200a, 0x205f, 0x3000]);
const NEWLINES = new Set([0x0a, 0x0d, 0x2028, 0x2029]);

function isDigit(cp: number): boolean {
	return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x966 && cp <= 0x96f);
}

function isQuote(cp: number): boolean {
	return cp === 0x22 || cp === 0x27;
}

/**
Kind of the cluster `text.slice(start, end)`, for breaking.
`afterContent` says whether a non-space cluster stands right before it (used for straight quotes).
*/
export function clusterKind(text: string, start: number, end: number, afterContent: boolean): Kind {
	const cp = text.codePointAt(start) as number;
	const wide = cp >= 0x1100 && isWide(cp);
	const single = end - start === (cp > 0xffff ? 2 : 1);
	if (NEWLINES.has(cp)) return Kind.Newline;
	if (!single) return wide ? Kind.Wide : isDigit(cp) ? Kind.Digit : Kind.Other;
	if (cp < 0x80 && cp > 0x20 && !isQuote(cp) && !CLOSING.has(cp) && !OPENING.has(cp) && cp !== 0x2d) {
		return isDigit(cp) ? Kind.Digit : Kind.Other;
	}
	if (SPACES.has(cp)) return Kind.Space;
	if (CLOSING.has(cp)) return Kind.Close;
	if (OPENING.has(cp)) return Kind.Open;
	if (HYPHENS.has(cp)) return Kind.Hyphen;
	if (cp === 0x200b) return Kind.ZeroWidthSpace;
	if (isQuote(cp)) {
		const next = text.codePointAt(end);
		const endsWord = next === undefined || SPACES.has(next) || NEWLINES.has(next) || CLOSING.has(next);
		if (afterContent && endsWord) return Kind.Close;
		return afterContent ? Kind.Other : Kind.Open;
	}
	return wide ? Kind.Wide : Kind.Other;
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
