import {describe, expect, test} from 'vitest';
import {romanize} from '../../src/index.js';

const hi = (text: string) => romanize(text, {language: 'hi'});
const sa = (text: string) => romanize(text, {language: 'sa'});

describe('ISO 15919 letters (issue 10)', () => {
	test.each([
		['vowels', 'अ आ इ ई उ ऊ ऋ ॠ ऌ ए ऐ ओ औ', 'a ā i ī u ū r̥ r̥̄ l̥ ē ai ō au'],
		['vowel signs', 'का कि की कु कू कृ कॄ कॢ के कै को कौ', 'kā ki kī ku kū kr̥ kr̥̄ kl̥ kē kai kō kau'],
		['candra o and e', 'ऑ कॉ ऍ कॅ', 'ô kô ê kê'],
		['consonants', 'क ख ग घ ङ च छ ज झ ञ ट ठ ड ढ ण', 'ka kha ga gha ṅa ca cha ja jha ña ṭa ṭha ḍa ḍha ṇa'],
		['more consonants', 'त थ द ध न प फ ब भ म य र ल व श ष स ह ळ', 'ta tha da dha na pa pha ba bha ma ya ra la va śa ṣa sa ha ḷa'],
		['nukta letters, precomposed', '\u0958 \u0959 \u095a \u095b \u095e \u095c \u095d \u095f', 'qa k͟ha ġa za fa ṛa ṛha ẏa'],
		['nukta letters, with U+093C', 'क़ ख़ ग़ ज़ फ़ ड़ ढ़ य़', 'qa k͟ha ġa za fa ṛa ṛha ẏa'],
		['anusvara, candrabindu, visarga, avagraha', 'कं कँ कः सोऽहम्', 'kaṁ kam̐ kaḥ sō’ham'],
		['virama writes no vowel', 'क्', 'k'],
		['digits and dandas', '१२३४५६७८९० । ॥', '1234567890 . .'],
		['Latin and punctuation pass', 'Putin, 2024 (UN): "ok"!', 'Putin, 2024 (UN): "ok"!'],
		['ZWJ and ZWNJ write nothing', 'क्\u200dष क्\u200cष', 'kṣa kṣa'],
	])('%s', (_, text, want) => {
		expect(sa(text)).toBe(want.normalize('NFC'));
	});

	test('the nukta letters read the same, precomposed or with U+093C, in Hindi too', () => {
		expect(hi('\u095b\u094d\u092f\u093e\u0926\u093e')).toBe('zyādā');
		expect(hi('ज़्यादा')).toBe('zyādā');
	});

	test('output is NFC', () => {
		for (const text of ['ऋषि कृष्ण', 'ख़बर', 'माँ', 'ज़िंदगी']) {
			const out = hi(text);
			expect(out).toBe(out.normalize('NFC'));
		}
	});

	test('Hindi drops schwas only in Hindi; Marathi and Sanskrit keep every inherent vowel', () => {
		expect(hi('कमल नगर')).toBe('kamal nagar');
		expect(romanize('कमल नगर', {language: 'hi-IN'})).toBe('kamal nagar');
		expect(romanize('कमल नगर', {language: 'mr'})).toBe('kamala nagara');
		expect(romanize('कमल नगर')).toBe('kamala nagara');
	});
});
