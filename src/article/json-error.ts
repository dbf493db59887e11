/*
Where JSON text first goes wrong, as a line and column, for error messages. V8's JSON.parse
names a position for some errors and none for others ("Unexpected token '}', ... is not valid
JSON"), so on failure the text is scanned again here. Only the error path runs this.
The scan keeps its nesting on an explicit stack: 200,000 nested arrays cost memory, not the stack.
*/

export type JsonProblem = {offset: number; message: string};

const WS = new Set([' ', '\t', '\n', '\r']);

/** The first syntax error in `text`, or undefined if it is valid JSON. */
export function findJsonProblem(text: string): JsonProblem | undefined {
	let i = 0;
	const stack: string[] = []; // '{' or '['
	const problem = (message: string): JsonProblem => ({offset: Math.min(i, text.length), message});
	const skip = () => {
		while (i < text.length && WS.has(text[i])) i++;
	};
	const literal = (): JsonProblem | undefined => {
		const c = text[i];
		if (c === '"') {
			for (i++; i < text.length; i++) {
				const d = text[i];
				if (d === '"') {
					i++;
					return undefined;
				}
				if (d === '\\') {
					i++;
					if (text[i] === 'u') {
						if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return problem('bad \\u escape in a string');
						i += 4;
					} else if (!'"\\/bfnrt'.includes(text[i] ?? '')) return problem('bad escape in a string');
				} else if (d < ' ') return problem('control character in a string');
			}
			return problem('unterminated string');
		}
		const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
		const token =
			number && (c === '-' || (c >= '0' && c <= '9')) ? number[0] : ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
		if (token) {
			i += token.length;
			return undefined;
		}
		if (i >= text.length) return problem('unexpected end of input');
		return problem(`unexpected ${JSON.stringify(String.fromCodePoint(text.codePointAt(i) as number))}`);
	};

	const key = (): JsonProblem | undefined => {
		skip();
		if (text[i] !== '"') return problem('expected a property name in double quotes');
		const bad = literal();
		if (bad) return bad;
		skip();
		if (text[i] !== ':') return problem("expected ':' after a property name");
		i++;
	};

	// States: expecting a value; after a value (expecting , or a closer or the end).
	skip();
	for (;;) {
		// A value.
		skip();
		if (text[i] === '{' || text[i] === '[') {
			stack.push(text[i++]);
			skip();
			if (text[i] === (stack.at(-1) === '{' ? '}' : ']')) {
				i++;
				stack.pop();
			} else {
				const bad = stack.at(-1) === '{' ? key() : undefined;
				if (bad) return bad;
				continue;
			}
		} else {
			const bad = literal();
			if (bad) return bad;
		}
		// After a value.
		for (;;) {
			skip();
			const open = stack.at(-1);
			if (open === undefined) return i < text.length ? problem('unexpected text after the JSON value') : undefined;
			const close = open === '{' ? '}' : ']';
			if (text[i] === close) {
				i++;
				stack.pop();
				continue;
			}
			if (text[i] !== ',') return problem(i >= text.length ? 'unexpected end of input' : `expected ',' or '${close}'`);
			i++;
			const bad = open === '{' ? key() : undefined;
			if (bad) return bad;
			break;
		}
	}
}

/** 1-based line and column of `offset` in `text`, counting code points. */
export function lineAndColumn(text: string, offset: number): {line: number; column: number} {
	let line = 1;
	let lineStart = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		lineStart = i + 1;
	}
	return {line, column: [...text.slice(lineStart, offset)].length + 1};
}
