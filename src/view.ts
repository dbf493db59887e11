import type {ChalkInstance} from 'chalk';
import type {Article} from './article/types.js';
import type {WidthModel} from './layout/index.js';
import {articleBlocks} from './render/document.js';
import {articleJson} from './render/json.js';
import {blockLines} from './render/lines.js';
import {articleMarkdown} from './render/markdown.js';
import {plainTheme, terminalTheme} from './render/theme.js';
import type {Format} from './settings.js';

/*
The article as lines without newlines, in the chosen format, from decisions already taken
(settings.ts and the probe); the section list is render/listing.ts's.
*/

/** chalk at the level settled on, or undefined for no colour (then chalk is not even loaded). */
export async function loadChalk(level: 0 | 1): Promise<ChalkInstance | undefined> {
	return level === 0 ? undefined : new (await import('chalk')).Chalk({level});
}

export type ArticleView = {
	format: Format;
	/** Total line width in cells, margin included; undefined for one line per paragraph. */
	width?: number;
	/** Just the chosen sections, without headline, summary or related links. */
	sectionsOnly: boolean;
	/** How the terminal measures text (settled: asked, given or the default). */
	widthModel: WidthModel;
};

export function* articleLines(
	article: Article,
	{format, width, sectionsOnly, widthModel}: ArticleView,
	chalk: ChalkInstance | undefined,
): Generator<string> {
	if (format === 'json') return yield articleJson(article).trimEnd();
	if (format === 'markdown') return yield articleMarkdown(article, {sectionsOnly}).trimEnd();
	const theme = format === 'terminal' ? terminalTheme(chalk, width) : plainTheme;
	const textWidth = width === undefined ? undefined : Math.max(1, width - theme.margin.length);
	yield* blockLines(articleBlocks(article, {sectionsOnly}), {width: textWidth, widthModel}, theme);
}
