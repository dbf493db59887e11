// Sanskrit in strict ISO 15919, word for word: every inherent vowel written, e and o as ē and ō
// (ISO 15919 keeps the macron for the Devanagari letters), anusvara ṁ, visarga ḥ, avagraha ’.
// The expected texts were written out by hand, letter by letter.
import {expect, test} from 'vitest';
import {romanize} from '../../src/index.js';

const cases: [string, string, string][] = [
	[
		'Bhagavad Gītā 2.47',
		'कर्मण्येवाधिकारस्ते मा फलेषु कदाचन । मा कर्मफलहेतुर्भूर्मा ते सङ्गोऽस्त्वकर्मणि ॥',
		'karmaṇyēvādhikārastē mā phalēṣu kadācana . mā karmaphalahēturbhūrmā tē saṅgō’stvakarmaṇi .',
	],
	[
		'Gāyatrī mantra',
		'ॐ भूर्भुवः स्वः तत्सवितुर्वरेण्यं भर्गो देवस्य धीमहि धियो यो नः प्रचोदयात्',
		'ōm bhūrbhuvaḥ svaḥ tatsaviturvarēṇyaṁ bhargō dēvasya dhīmahi dhiyō yō naḥ pracōdayāt',
	],
	[
		'Bhagavad Gītā 1.1',
		'धर्मक्षेत्रे कुरुक्षेत्रे समवेता युयुत्सवः । मामकाः पाण्डवाश्चैव किमकुर्वत सञ्जय ॥१॥',
		'dharmakṣētrē kurukṣētrē samavētā yuyutsavaḥ . māmakāḥ pāṇḍavāścaiva kimakurvata sañjaya .1.',
	],
	['a name with ṛ and jña', 'कृष्णः यज्ञः ऋतम् ज्ञानम्', 'kr̥ṣṇaḥ yajñaḥ r̥tam jñānam'],
];

test.each(cases)('%s', (_, text, want) => {
	const got = romanize(text, {language: 'sa'});
	expect(got.split(' ')).toEqual(want.normalize('NFC').split(' '));
});
