// A real terminal emulator for tests: @xterm/headless, as it is or with its Unicode 11 or unicode-graphemes addon.
import unicode11 from '@xterm/addon-unicode11';
import xterm from '@xterm/headless';

// @xterm/addon-unicode-graphemes 0.4 decodes its Unicode table with Buffer.from(base64) and then
// reads it through `new DataView(data.buffer)`, ignoring byteOffset. A small Buffer comes from
// Node's shared pool at a non-zero offset once anything else has used the pool, and the addon then
// fails with "Data error". Loading it with the pool turned off gives it a buffer of its own.
const graphemes = await (async () => {
	const poolSize = Buffer.poolSize;
	Buffer.poolSize = 0;
	try {
		return (await import('@xterm/addon-unicode-graphemes')).default;
	} finally {
		Buffer.poolSize = poolSize;
	}
})();

/**
Which xterm.js width rules, and the width model (layout/width-model.ts) that measures as each draws:
'codepoint', xterm.js's default (Markus Kuhn's wcwidth for Unicode 5.0): the model codepoint-unicode5;
'unicode11', its Unicode 11 addon: the model codepoint; 'grapheme', its unicode-graphemes addon: grapheme.
*/
export type Emulation = 'codepoint' | 'unicode11' | 'grapheme';

export type TestTerminal = {
	term: xterm.Terminal;
	/** Writes `data` from the top-left corner of a cleared screen and resolves when it is drawn. */
	draw(data: string): Promise<void>;
	/** Cells `text` takes when drawn from column 0 of a terminal wide enough for it. */
	cellsOf(text: string): Promise<number>;
	/** Whether `line`, drawn from column 0, runs past the last column onto a second row. */
	overflows(line: string): Promise<boolean>;
	/** The visible rows of the screen, right-trimmed. */
	screen(): string[];
};

export function openTerminal(cols: number, emulation: Emulation = 'codepoint', rows = 4): TestTerminal {
	const term = new xterm.Terminal({cols, rows, allowProposedApi: true, scrollback: 0});
	if (emulation === 'grapheme') term.loadAddon(new graphemes.UnicodeGraphemesAddon());
	if (emulation === 'unicode11') {
		term.loadAddon(new unicode11.Unicode11Addon());
		term.unicode.activeVersion = '11';
	}
	const draw = (data: string) => new Promise<void>((resolve) => term.write(`\x1b[H\x1b[2J\r${data}`, resolve));
	return {
		term,
		draw,
		async cellsOf(text) {
			if (term.cols < 1000) term.resize(1000, rows);
			await draw(text);
			return term.buffer.active.cursorY * term.cols + term.buffer.active.cursorX;
		},
		async overflows(line) {
			await draw(line);
			return term.buffer.active.cursorY > 0;
		},
		screen() {
			const buffer = term.buffer.active;
			const out: string[] = [];
			for (let y = 0; y < term.rows; y++) out.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
			return out;
		},
	};
}
