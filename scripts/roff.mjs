// Writing man(7) source that groff and mandoc render alike, without warnings.
// Rules:
// - Every backslash is written \e, every hyphen-minus \- (an ASCII '-' that copies and pastes),
//   quotes as \(aq and \(ga for the same reason.
// - Every character outside ASCII is written \[uXXXX], so the page is ASCII and needs no input
//   encoding (man-db's preconv does the same).
// - A line that would start with '.' or "'" (a control line) starts with \& instead.
// - Fonts are switched with \fB, \fI and \fR inside text lines; macros take the escaped text.

/** Plain text as roff text: nothing in it is read as a request or an escape. */
export function text(value) {
	let out = '';
	for (const char of String(value)) {
		const code = char.codePointAt(0);
		if (char === '\\') out += '\\e';
		else if (char === '-') out += '\\-';
		else if (char === "'") out += '\\(aq';
		else if (char === '`') out += '\\(ga';
		else if (code > 0x7e) out += `\\[u${code.toString(16).toUpperCase().padStart(4, '0')}]`;
		else if (code < 0x20) out += ' ';
		else out += char;
	}
	return out;
}

/** Bold, its spaces unbreakable: a command such as `--width 0` stays on one line. */
export const bold = (value) => `\\fB${text(value).replaceAll(' ', '\\~')}\\fR`;
export const italic = (value) => `\\fI${text(value)}\\fR`;

/**
A template tag: the literal parts are plain text (escaped), the values are roff already (from
bold, italic or text). Lines of the result that would be control lines are made text lines.
*/
export function roff(strings, ...values) {
	const literal = (part) => part.split('\n').map(text).join('\n');
	const joined = strings.reduce((out, part, i) => out + literal(part) + (i < values.length ? values[i] : ''), '');
	return joined
		.split('\n')
		.map((line) => (/^[.']/.test(line) ? `\\&${line}` : line))
		.join('\n');
}
