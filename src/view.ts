import type {ChalkInstance} from 'chalk';
import {sectionList} from './article/select.js';
import type {Article} from './article/types.js';
import type {WidthModel} from './layout/index.js';
import {cleanLine} from './render/clean.js';
import {articleBlocks} from './render/document.js';
import {articleJson, safeJson} from './render/json.js';
import {blockLines} from './render/lines.js';
import {articleMarkdown} from './render/markdown.js';
import {plainTheme, terminalTheme} from './render/theme.js';
import type {Settings} from './settings.js';

/* What to print, as lines without newlines, once the settings are settled: the section list or the article, in the chosen format. */

/** chalk at the level settled on, or undefined for no colour (then chalk is not even loaded). */
export async function loadChalk(level: 0 | 1): Promise<ChalkInstance | undefined> {
	return level === 0 ? undefined : new (await import('chalk')).Chalk({level});
}

export function* listingLines(article: Article, settings: Settings, chalk: ChalkInstance | undefined): Generator<string> {
	const entries = sectionList(article);
	if (settings.format === 'json') {
		yield safeJson(entries.map((e) => ({number: e.number, heading: e.lead ? null : e.title})));
		return;
	}
	if (!settings.isTTY && settings.format !== 'terminal') {
		for (const e of entries) yield `${e.number}\t${cleanLine(e.title)}`;
		return;
	}
	const digits = String(entries.length).length;
	for (const e of entries) {
		const number = String(e.number).padStart(digits);
		const title = cleanLine(e.title);
		yield `  ${chalk?.cyan(number) ?? number}  ${(e.lead ? chalk?.italic(title) : chalk?.bold(title)) ?? title}`;
	}
}

export function* articleLines(
	article: Article,
	settings: Settings,
	widthModel: WidthModel,
	chalk: ChalkInstance | undefined,
): Generator<string> {
	if (settings.format === 'json') return yield articleJson(article).trimEnd();
	const sectionsOnly = settings.sections.length > 0;
	if (settings.format === 'markdown') return yield articleMarkdown(article, {sectionsOnly}).trimEnd();
	const theme = settings.format === 'terminal' ? terminalTheme(chalk, settings.width) : plainTheme;
	const width = settings.width === undefined ? undefined : Math.max(1, settings.width - theme.margin.length);
	yield* blockLines(articleBlocks(article, {sectionsOnly}), {width, widthModel}, theme);
}
