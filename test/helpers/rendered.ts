// Maps rendered output back to the article's text blocks, to check each block's lines for defects.
import type {Article} from '../../src/article/types.js';
import {type Defects, findDefects} from './defects.js';
import type {Emulation} from './terminal.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching escapes is the point
const SGR = /\x1b\[[0-9;]*m/g;
export const stripSgr = (text: string) => text.replace(SGR, '');
const squash = (text: string) => text.replace(/\s+/gu, '');

/** The texts news-read shows, in order: topic, headline, summary, headings, paragraphs, related. */
export function blockTexts(article: Article): string[] {
	const texts = [article.topic, article.headline, article.summary].filter((t): t is string => !!t);
	for (const section of article.sections) {
		if (section.heading !== undefined) texts.push(section.heading);
		texts.push(...section.paragraphs);
	}
	for (const link of article.related ?? []) texts.push(link.label ? `${link.label}: ${link.title}` : link.title);
	return texts;
}

/**
Checks every block of `output` (rendered at `width` cells with `margin` before each line) in a
terminal `width` cells wide. Fails if the output does not hold the blocks in order.
*/
export async function renderedDefects(
	article: Article,
	output: string,
	width: number,
	emulation: Emulation,
	margin = '',
): Promise<Defects> {
	const lines = stripSgr(output)
		.split('\n')
		.filter((line) => line !== '')
		.map((line) => {
			if (!line.startsWith(margin)) throw new Error(`line without margin: ${line}`);
			return line.slice(margin.length);
		});
	const total: Defects = {overflow: [], split: [], badStart: [], underfill: []};
	let next = 0;
	for (const text of blockTexts(article)) {
		const mine: string[] = [];
		while (squash(mine.join('')) !== squash(text)) {
			if (next >= lines.length || squash(mine.join('')).length > squash(text).length) throw new Error(`output does not hold: ${text}`);
			mine.push(lines[next++]);
		}
		const found = await findDefects(text, mine, width - margin.length, emulation, margin);
		for (const key of Object.keys(total) as (keyof Defects)[]) total[key].push(...found[key]);
	}
	if (next !== lines.length) throw new Error(`unexpected output: ${lines.slice(next).join('\n')}`);
	return total;
}
