// Makes man/news-read.1 from the option definitions that --help shows.
// Run: npm run man (builds first), or node scripts/make-man.mjs [out-file] with dist/ built.
// The page is committed and shipped ("man" in package.json); test/docs/man.test.ts makes it again
// and fails when the committed one differs, so an option added to src/cli.ts shows up here after
// `npm run man`. What comes from where:
// - OPTIONS: commander's Command built by program() in src/cli.ts, through commander's own Help
//   (the list --help prints): flags, value name, description, choices, default.
// - EXAMPLES: the examples that end --help (EXAMPLES in src/cli.ts).
// - ARTICLE FORMAT: the fields of data/article.schema.json.
// - The rest (description, environment, exit status) is written here. An environment variable
//   that stands for an option is listed only while that option exists.
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import {bold, italic, roff, text} from './roff.mjs';

const root = new URL('..', import.meta.url);
const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const schema = JSON.parse(readFileSync(new URL('data/article.schema.json', root), 'utf8'));
const cli = createRequire(import.meta.url)('../dist/cli.cjs');

/** An option's description as a sentence: capital first letter, full stop. */
const sentence = (value) => `${value.charAt(0).toUpperCase()}${value.slice(1)}${/[.!?]$/.test(value) ? '' : '.'}`;

function optionEntry(option) {
	const names = [option.short, option.long].filter(Boolean).map(bold).join(', ');
	const value = /[<[]([^>\]]+)[>\]]/.exec(option.flags)?.[1];
	const shown = option.optional ? `[${italic(value)}]` : italic(value); // [value]: the value may be left out
	const lines = ['.TP', value ? `${names} ${shown}` : names, text(sentence(option.description))];
	if (option.argChoices) lines.push(roff`${italic(value)} is one of ${option.argChoices.map(bold).join(', ')}.`);
	if (option.defaultValue !== undefined && !option.negate) lines.push(roff`Default: ${bold(option.defaultValue)}.`);
	return lines;
}

function optionsSection(command) {
	const help = command.createHelp();
	return ['.SH OPTIONS', ...help.visibleOptions(command).flatMap(optionEntry)];
}

/** An option of `command` by its long name, or undefined. */
const optionNamed = (command, long) => command.options.find((o) => o.long === long);

/** Environment variables: [name, the option it stands for or null, description as roff]. */
function environment(command) {
	const choices = (long) => optionNamed(command, long)?.argChoices?.map(bold).join(', ');
	return [
		[
			'NEWS_READ_WIDTH_MODEL',
			'--width-model',
			roff`How the terminal measures text when ${bold('--width-model')} is not given: ${choices('--width-model')}. Other values are ignored.`,
		],
		[
			'NEWS_READ_PROBE_WAIT_MS',
			null,
			roff`For tests: how many milliseconds to wait for the terminal's answer to the width question (default 80).`,
		],
		['TERM', null, roff`The terminal's type. When it is unset or ${bold('dumb')}, the terminal is not asked how it measures text.`],
		['NEWS_READ_ROMANIZE', '--romanize', roff`The value of ${bold('--romanize')} when the option is not given.`],
		['NEWS_READ_PAGER', null, roff`The pager for output taller than the screen. It is run through the shell if it has shell syntax.`],
		['PAGER', null, roff`The pager, when ${bold('NEWS_READ_PAGER')} is not set. Without either, ${bold('less -R -F -X')}.`],
		[
			'LESS',
			null,
			roff`Options for ${bold('less')}. When it is not set, the pager is given ${bold('LESS=FRX')}, so colours pass and an article that fits the screen quits at once.`,
		],
		['NO_COLOR', null, roff`When not empty, no colour, unless ${bold('--color always')}.`],
		[
			'FORCE_COLOR',
			null,
			roff`When set, colour even when piped (the terminal layout, for ${bold('less -R')}); ${bold('0')} or ${bold('false')} turns colour off. ${bold('--color')} beats it and ${bold('NO_COLOR')} beats it.`,
		],
		[
			'COLUMNS',
			null,
			roff`The width to wrap at when the output is piped, or on a terminal that does not tell its width. ${bold('--width')} beats it.`,
		],
	]
		.filter(([, option]) => option === null || optionNamed(command, option))
		.flatMap(([name, , description]) => ['.TP', bold(name), description]);
}

/** The fields of an object schema, nested objects indented. */
function schemaFields(objectSchema) {
	const lines = [];
	for (const [name, field] of Object.entries(objectSchema.properties)) {
		const item = field.type === 'array' ? field.items : undefined;
		const type = item ? `array of ${item.type === 'object' ? 'objects' : `${item.type}s`}` : field.type;
		const notEmpty = field.minItems >= 1 || field.minLength >= 1;
		const notes = [type, objectSchema.required?.includes(name) ? 'required' : 'optional', notEmpty ? 'not empty' : ''].filter(Boolean);
		lines.push('.TP', roff`${bold(name)} (${text(notes.join(', '))})`);
		if (field.description) lines.push(text(field.description));
		if (item?.type === 'object') lines.push('.RS', roff`Each has:`, ...schemaFields(item), '.RE');
	}
	return lines;
}

/** What each value of an option means, for the values that need more than their name. */
const VALUES = {
	'--format': {
		terminal: roff`For a terminal: the topic in cyan, the headline bold, the summary italic, section headings bold magenta, then the paragraphs and the related links (label in cyan, title underlined), with a two-cell margin. Colour is applied after wrapping, so the lines break in the same places without it.`,
		plain: roff`The same blocks, without escapes or margin.`,
		json: roff`The article after section filtering, in the article format, indented by two spaces.`,
		markdown: roff`The topic in bold, a ${bold('#')} headline, the summary in emphasis, ${bold('##')} section headings, the paragraphs, and the related links as a list after a rule. Markup characters in the text are escaped with a backslash, so Markdown readers get the text back as it was.`,
	},
	'--width-model': {
		auto: roff`Ask the terminal, when standard input and output are both a terminal, the file is not ${bold('-')} and ${bold('TERM')} is set and not ${bold('dumb')}; otherwise, or without an answer within 80 ms, ${bold('codepoint')}. The answer is read to its end (the reply to primary device attributes) before the pager starts and before news-read exits, at most one second after asking, so a late reply never reaches the shell.`,
		codepoint: roff`Each code point on its own, with today's Unicode tables: marks and format characters take no cell, East Asian wide characters two, the rest one. This is how xterm, VTE (GNOME Terminal), tmux, alacritty, kitty and VS Code draw.`,
		'codepoint-unicode5': roff`Each code point on its own, with the tables of Unicode 5.0's wcwidth: marks added to Unicode since then (the Myanmar asat, for one) take a cell, and emoji one cell. This is how xterm.js draws without addons, and older xterm and VTE builds.`,
		grapheme: roff`Each grapheme cluster as a whole, as xterm.js with its unicode-graphemes addon draws: WezTerm, Windows Terminal 1.22 and later, Ghostty and foot in mode 2027.`,
	},
};

/** A subsection on the values of option `long`: each choice it has, with what it means. */
function valuesSection(command, title, long) {
	const option = optionNamed(command, long);
	if (!option?.argChoices) return [];
	const entries = option.argChoices.flatMap((choice) => ['.TP', bold(choice), VALUES[long][choice] ?? '']);
	return [`.SS ${title}`, roff`The values of ${bold(long)}:`, ...entries.filter((line) => line !== '')];
}

function examples() {
	return cli.EXAMPLES.split('\n')
		.map((line) => /^ {2}(.+?)(?: {2,}(.+))?$/.exec(line))
		.filter(Boolean)
		.flatMap(([, command, what]) => ['.TP', bold(command), text(what ? sentence(what) : '')].filter((l) => l !== ''));
}

function manPage() {
	const command = cli.program({});
	const [file] = command.createHelp().visibleArguments(command);
	return [
		`.\\" Made by scripts/make-man.mjs from the options in src/cli.ts and data/article.schema.json. Do not edit.`,
		`.TH NEWS\\-READ 1 "" "news\\-read ${text(packageJson.version)}" "User Commands"`,
		'.SH NAME',
		roff`news-read - ${text(packageJson.description.charAt(0).toLowerCase() + packageJson.description.slice(1))}`,
		'.SH SYNOPSIS',
		roff`${bold('news-read')} [${italic('options')}] [${italic(file.name())}]`,
		'.SH DESCRIPTION',
		text(command.description()),
		roff`It lays text out exactly as the terminal will draw it: it never splits an aksara (such as क्ष or कि), never starts a line with a danda, and leaves the terminal no line to wrap again.`,
		'.TP',
		italic(file.name()),
		text(sentence(file.description)),
		roff`The article format is described under ${bold('ARTICLE FORMAT')}.`,
		'.PP',
		roff`On a terminal the article is styled with the 16 named colours (your theme applies), indented by two cells (none below 20 cells), wrapped to the terminal's width up to 100 cells, and paged when taller than the screen.`,
		roff`Piped, it is plain text: no escapes, no margin, blank lines between blocks, and one line per paragraph unless ${bold('--width')} or ${bold('COLUMNS')} gives a width.`,
		'.PP',
		roff`A section ${italic('spec')} is a number counting from 1 (the untitled lead section is 1), a range such as ${bold('2-3')}, or text found in a heading, compared after NFC normalisation with Latin case ignored.`,
		'.PP',
		roff`Text from an article never drives the terminal: control characters are shown as Control Pictures (ESC as ␛) or as �. news-read never edits the publisher's words; it only inserts line breaks where they are allowed.`,
		...valuesSection(command, 'Formats', '--format'),
		...valuesSection(command, 'Width models', '--width-model'),
		...optionsSection(command),
		'.SH ENVIRONMENT',
		...environment(command),
		'.SH EXIT STATUS',
		'.TP',
		bold('0'),
		roff`Success, also when the reader of a pipe stops early (as ${bold('head')} does) or the pager is quit early.`,
		'.TP',
		bold('1'),
		roff`Bad input or data: a missing file, invalid JSON, the wrong format, no matching section, output that cannot be written.`,
		'.TP',
		bold('2'),
		roff`Usage error: an unknown option or a bad value, such as ${bold('--width 0')}.`,
		'.TP',
		bold('130'),
		roff`Interrupted by Ctrl-C while the terminal was being asked its width model.`,
		'.PP',
		roff`An error is one line on standard error: ${bold('news-read:')} and what went wrong.`,
		'.SH ARTICLE FORMAT',
		roff`The file holds one JSON object in UTF-8 (${text(schema.title)}). Unknown fields are ignored. Strings are shown exactly as written. The JSON Schema is ${bold('data/article.schema.json')} in the package. The fields:`,
		...schemaFields(schema),
		'.SH FILES',
		'.TP',
		bold('data/article.json'),
		roff`The bundled article, in the package's folder: with ${bold('npm install -g')}, under ${bold('$(npm root -g)/news-read/')}.`,
		'.TP',
		bold('data/article.schema.json'),
		roff`The JSON Schema of the article format, beside it.`,
		'.SH EXAMPLES',
		...examples(),
		'.SH SEE ALSO',
		roff`${bold('less')}(1), and the README in the package, which also documents the library (${bold('wrap')}, ${bold('cellWidth')}).`,
		'',
	].join('\n');
}

const out = process.argv[2] ?? fileURLToPath(new URL('man/news-read.1', root));
writeFileSync(out, manPage());
console.log(out);
