// Types of scripts/svg-terminal.mjs, for the tests that import it.
export type Colour = null | number | string;
export type Cell = {
	col: number;
	width: number;
	chars: string;
	fg: Colour;
	bg: Colour;
	bold: boolean;
	italic: boolean;
	underline: boolean;
	inverse: boolean;
};
export type Row = {cells: Cell[]; wrapped: boolean};
export function escapeXml(text: string): string;
export function terminalSvg(windows: {title: string; cols: number; rows: Row[]}[], description: string): string;
export const GRID: {cellWidth: number; rowHeight: number; baseline: number; left: number; top: number};
