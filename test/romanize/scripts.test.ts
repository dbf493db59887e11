// The other scripts, in strict ISO 15919 with each script's own letters. The sentences and their
// romanisations were written by hand; the fixture texts (test/fixtures/texts/) are real news text,
// checked for any letter of its script left over.
import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {romanize} from '../../src/index.js';

const sentences: [string, string, string, string][] = [
	['Bengali, with ৎ', 'bn', 'আমি বাংলায় গান গাই। হঠাৎ বৃষ্টি এল।', 'āmi bāṁlāẏa gāna gāi. haṭhāt br̥ṣṭi ēla.'],
	['Gurmukhi, with tippi and addak', 'pa', 'ਪੰਜਾਬੀ ਮੇਰੀ ਮਾਂ ਬੋਲੀ ਹੈ। ਉਹ ਪੱਕਾ ਹੈ।', 'paṁjābī mērī māṁ bōlī hai. uha pakkā hai.'],
	['Gurmukhi nukta letters', 'pa', 'ਖ਼ਬਰ ਜ਼ਰੂਰ ਫ਼ੌਜ ਸ਼ਹਿਰ', 'k͟habara zarūra fauja śahira'],
	['Gujarati', 'gu', 'હું ગુજરાતી બોલું છું.', 'huṁ gujarātī bōluṁ chuṁ.'],
	['Oriya', 'or', 'ମୁଁ ଓଡ଼ିଆ କହେ।', 'mum̐ ōṛiā kahē.'],
	['Tamil, with ழ ற ன and short e/o', 'ta', 'தமிழ் மொழி அழகானது. எனக்கு ஒன்று வேண்டும்.', 'tamiḻ moḻi aḻakāṉatu. eṉakku oṉṟu vēṇṭum.'],
	['Telugu', 'te', 'నేను తెలుగు మాట్లాడతాను.', 'nēnu telugu māṭlāḍatānu.'],
	['Kannada', 'kn', 'ನಾನು ಕನ್ನಡ ಮಾತನಾಡುತ್ತೇನೆ.', 'nānu kannaḍa mātanāḍuttēne.'],
	['Malayalam, with chillus', 'ml', 'ഞാൻ മലയാളം സംസാരിക്കുന്നു. അവൾ വന്നു.', 'ñān malayāḷaṁ saṁsārikkunnu. avaḷ vannu.'],
	['Sinhala', 'si', 'මම සිංහල කතා කරමි.', 'mama siṁhala katā karami.'],
	['Marathi, in Devanagari', 'mr', 'मी मराठी बोलतो.', 'mī marāṭhī bōlatō.'],
];

test.each(sentences)('%s', (_, language, text, want) => {
	expect(romanize(text, {language})).toBe(want.normalize('NFC'));
});

/** Letters, marks and digits of the ten script blocks. */
const SCRIPT_LETTER = /[\u0900-\u0DFF]/u;
const LETTER = /[\p{L}\p{M}\p{Nd}]/u;

describe('no letter of the source script is left', () => {
	const dir = new URL('../fixtures/texts/', import.meta.url);
	test.each(readdirSync(dir))('%s', (name) => {
		const out = romanize(readFileSync(new URL(name, dir), 'utf8'), {language: name.startsWith('hindi') ? 'hi' : 'und'});
		expect([...out].filter((c) => SCRIPT_LETTER.test(c) && LETTER.test(c))).toEqual([]);
	});
	test('every letter, mark and digit of the ten blocks has a reading', () => {
		const left: string[] = [];
		for (let cp = 0x0900; cp <= 0x0dff; cp++) {
			const c = String.fromCharCode(cp);
			if (!LETTER.test(c)) continue;
			if (SCRIPT_LETTER.test(romanize(`क${c}`)) && SCRIPT_LETTER.test(romanize(c))) left.push(cp.toString(16));
		}
		expect(left).toEqual([]);
	});
});
