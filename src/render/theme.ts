import type {ChalkInstance} from 'chalk';
import type {Role, Run} from './document.js';

/** How lines look: a left margin and a style per role. Applied after wrapping. */
export type Theme = {
	margin: string;
	style(role: Role, text: string): string;
};

/** No escapes, no margin, no decoration: for pipes and files. */
export const plainTheme: Theme = {margin: '', style: (_, text) => text};

/** Lines narrower than this get no margin in the terminal theme: every cell is needed for text. */
const MARGIN_FROM_WIDTH = 20;

/**
For a terminal: a two-cell margin (none on lines narrower than MARGIN_FROM_WIDTH) and the 16 named
colours, so the user's palette applies. Without chalk, the same layout without escapes.
*/
export function terminalTheme(chalk: ChalkInstance | undefined, width?: number): Theme {
	const margin = width !== undefined && width < MARGIN_FROM_WIDTH ? '' : '  ';
	if (!chalk) return {margin, style: (_, text) => text};
	const styles: Record<Role, (text: string) => string> = {
		topic: chalk.cyan,
		headline: chalk.bold,
		byline: chalk.dim,
		summary: chalk.italic,
		heading: chalk.bold.magenta,
		paragraph: (text) => text,
		label: chalk.cyan,
		title: chalk.underline,
	};
	return {margin, style: (role, text) => styles[role](text)};
}

/**
One line of output, without its newline: the part [start, end) of a block's runs, as offsets into
their joined text, each run's slice styled. A blank line has no margin: no trailing spaces.
*/
export function formatLine(runs: readonly Run[], start: number, end: number, theme: Theme): string {
	if (start === end) return '';
	if (runs.length === 1) return theme.margin + theme.style(runs[0].role, runs[0].text.slice(start, end));
	let out = theme.margin;
	let offset = 0;
	for (const run of runs) {
		const from = Math.max(start, offset);
		const to = Math.min(end, offset + run.text.length);
		if (from < to) out += theme.style(run.role, run.text.slice(from - offset, to - offset));
		offset += run.text.length;
	}
	return out;
}
