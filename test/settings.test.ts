// Whether to ask the terminal its width model, and the model otherwise: decided once, in settings.
import {describe, expect, test} from 'vitest';
import {type Flags, resolveSettings, type Surroundings} from '../src/settings.js';

const terminal: Surroundings = {env: {TERM: 'xterm-256color'}, isTTY: true, columns: 80, rows: 24, stdinIsTTY: true};
const settle = (flags: Partial<Flags> = {}, surroundings: Partial<Surroundings> = {}) =>
	resolveSettings({color: 'auto', ...flags}, {...terminal, ...surroundings});

describe('the terminal is asked its width model', () => {
	test('on a terminal, for wrapped text, waiting 80 ms, with codepoint to fall back on', () => {
		expect(settle()).toMatchObject({probeWaitMs: 80, widthModel: 'codepoint'});
		expect(settle({file: 'article.json', format: 'plain'})).toMatchObject({probeWaitMs: 80});
		expect(settle({widthModel: 'auto'}, {env: {TERM: 'xterm', NEWS_READ_WIDTH_MODEL: 'auto'}})).toMatchObject({probeWaitMs: 80});
	});

	test.each<[string, Partial<Flags>, Partial<Surroundings>]>([
		['the file is standard input (-), which is the terminal', {file: '-'}, {}],
		['standard input is not the terminal', {}, {stdinIsTTY: false}],
		['the output is piped', {}, {isTTY: false}],
		['TERM is unset', {}, {env: {}}],
		['TERM is dumb', {}, {env: {TERM: 'dumb'}}],
		['the sections are listed', {listSections: true}, {}],
		['the output is JSON', {json: true}, {}],
		['the output is Markdown', {format: 'markdown'}, {}],
	])('but not when %s', (_, flags, surroundings) => {
		expect(settle(flags, surroundings)).toMatchObject({probeWaitMs: undefined, widthModel: 'codepoint'});
	});

	test.each(['codepoint', 'codepoint-unicode5', 'grapheme'] as const)('nor when the model %s is given by flag or environment', (model) => {
		expect(settle({widthModel: model})).toMatchObject({probeWaitMs: undefined, widthModel: model});
		expect(settle({}, {env: {TERM: 'xterm', NEWS_READ_WIDTH_MODEL: model}})).toMatchObject({probeWaitMs: undefined, widthModel: model});
	});

	test('the flag beats the environment, and an unknown value in the environment means auto', () => {
		expect(settle({widthModel: 'grapheme'}, {env: {TERM: 'xterm', NEWS_READ_WIDTH_MODEL: 'codepoint'}}).widthModel).toBe('grapheme');
		expect(settle({}, {env: {TERM: 'xterm', NEWS_READ_WIDTH_MODEL: 'wide'}})).toMatchObject({probeWaitMs: 80});
	});

	test('tests may lengthen the wait with NEWS_READ_PROBE_WAIT_MS', () => {
		expect(settle({}, {env: {TERM: 'xterm', NEWS_READ_PROBE_WAIT_MS: '5000'}}).probeWaitMs).toBe(5000);
		expect(settle({}, {env: {TERM: 'xterm', NEWS_READ_PROBE_WAIT_MS: 'soon'}}).probeWaitMs).toBe(80);
	});
});
