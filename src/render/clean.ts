import {cellWidth} from '../layout/index.js';

/*
Article text never drives the terminal. Every string from an article passes through here before
layout. The rules:
1. C0 controls and DEL are shown as their Control Pictures, one cell each: ESC as ␛, NUL as ␀,
   BEL as ␇, BS as ␈, CR as ␍, DEL as ␡. Nothing in the text can start an escape sequence.
2. C1 controls (U+0080..U+009F, among them the one-byte CSI U+009B) and the bidi embeddings,
   overrides and isolates (U+202A..U+202E, U+2066..U+2069) are shown as � (U+FFFD).
3. Line breaks stay line breaks: LF, and CR LF as LF. A tab becomes spaces up to the next
   multiple of 8 cells from the start of its line.
4. Everything else is kept exactly, ZWJ and ZWNJ included.
*/

// Rules 1 and 2: the one list of what is replaced. It holds the tab and CR too, which the loop
// below turns into spaces (a tab) or drops (the CR of CR LF) first, by rule 3.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding controls is this module's job
const UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/u;
const TAB_STOP = 8;

function visible(code: number): string {
	if (code < 0x20) return String.fromCharCode(0x2400 + code);
	if (code === 0x7f) return '\u2421';
	return '\ufffd';
}

/** `text` made safe to print (rules above). Returns `text` itself when nothing needs changing. */
export function cleanText(text: string): string {
	if (!UNSAFE.test(text)) return text;
	let out = '';
	let column = 0; // cells of the current line of `out`, up to `measured`
	let measured = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue; // CR LF: the LF follows
		if (code === 0x0a) {
			out += '\n';
			column = 0;
			measured = out.length;
		} else if (code === 0x09) {
			column += cellWidth(out.slice(measured));
			const spaces = TAB_STOP - (column % TAB_STOP);
			out += ' '.repeat(spaces);
			column += spaces;
			measured = out.length;
		} else if (UNSAFE.test(text[i])) {
			out += visible(code);
		} else {
			out += text[i];
		}
	}
	return out;
}

/** `text` made safe and kept to one line: line breaks are shown as `newline`. */
export function cleanLine(text: string, newline = ' '): string {
	return cleanText(text).replace(/\n/g, newline);
}
