import {describe, expect, test} from 'vitest';
import {clusterSpans} from '../../src/index.js';

const clusters = (text: string) => [...clusterSpans(text)].map(({start, end}) => text.slice(start, end));

describe('clusterSpans', () => {
	// If the segmenter stops joining virama conjuncts (UAX #29 GB9c), these fail first.
	test.each([['क्ष'], ['ष्ट्र'], ['स्ते'], ['कि'], ['ज़्या'], ['क्\u200dष'], ['👨\u200d👩\u200d👧'], ['🇮🇳'], ['\r\n']])(
		'%j is one cluster',
		(text) => expect(clusters(text)).toEqual([text]),
	);
	test.each([
		['राष्ट्रपति', ['रा', 'ष्ट्र', 'प', 'ति']],
		['क्\u200cष', ['क्\u200c', 'ष']],
		['ab', ['a', 'b']],
	])('%j is %j', (text, expected) => expect(clusters(text)).toEqual(expected));

	test('spans carry their cells and cover the text', () => {
		const text = 'हिंदी 你';
		const spans = [...clusterSpans(text)];
		expect(spans.map((s) => s.cells)).toEqual([2, 2, 1, 2]);
		expect([...clusterSpans(text, 'grapheme')].map((s) => s.cells)).toEqual([1, 1, 1, 2]);
		expect(spans.map(({start, end}) => text.slice(start, end)).join('')).toBe(text);
	});
});
