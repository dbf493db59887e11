import type {ChalkInstance} from 'chalk';
import type {Role} from './document.js';
import type {Line} from './lines.js';

/** How lines look: a left margin and a style per role. Applied after wrapping. */
export type Theme = {
	margin: string;
	style(role: Role, text: string): string;
};

/** No escapes, no margin, no decoration: for pipes and files. */
export const plainTheme: Theme = {margin: '', style: (_, text) => text};

/** Lines narrower than this get no margin in the terminal theme: every cell is needed for text. */
export const MARGIN_FROM_WIDTH = 20;

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
		summary: chalk.italic,
		heading: chalk.bold.magenta,
		paragraph: (text) => text,
		label: chalk.cyan,
		title: chalk.underline,
	};
	return {margin, style: (role, text) => styles[role](text)};
}

/** One line of output, without its newline. A blank line has no margin: no trailing spaces. */
export function formatLine(line: Line, theme: Theme): string {
	if (line.length === 0) return '';
	if (line.length === 1) return theme.margin + theme.style(line[0].role, line[0].text);
	return theme.margin + line.map((run) => theme.style(run.role, run.text)).join('');
}
