import type {Article} from '../article/types.js';
import {cleanText} from './clean.js';

/*
Markdown that pandoc and CommonMark readers take back as the same structure and text:
the topic as a strong paragraph, `#` headline, the summary in emphasis, `##` section headings,
paragraphs, and the related links as a list. One line per paragraph. Characters that Markdown
would read as markup are backslash-escaped; the text itself is not changed.
*/

const INLINE_SPECIAL = /[\\`*_[\]<>#|~$^&@{}]/g;
// At the start of a block these would begin a list, quote, heading, rule or table.
const BLOCK_START = /^(?=[-+=:>%])|^(\d+)(?=[.)])/;

/** `text` cleaned (clean.ts) and with what Markdown would read as markup backslash-escaped. */
export function escapeMarkdown(text: string): string {
	return cleanText(text)
		.replace(INLINE_SPECIAL, '\\$&')
		.replace(BLOCK_START, (_, digits?: string) => (digits ? `${digits}\\` : '\\'))
		.replace(/\n/g, '  \n');
}

/** The article as Markdown, blocks separated by blank lines, with a final newline; with `sectionsOnly`, just the sections. */
export function articleMarkdown(article: Article, {sectionsOnly = false} = {}): string {
	const blocks: string[] = [];
	if (!sectionsOnly) {
		if (article.topic) blocks.push(`**${escapeMarkdown(article.topic)}**`);
		blocks.push(`# ${escapeMarkdown(article.headline)}`);
		if (article.summary) blocks.push(`*${escapeMarkdown(article.summary)}*`);
	}
	for (const section of article.sections) {
		if (section.heading !== undefined) blocks.push(`## ${escapeMarkdown(section.heading)}`);
		blocks.push(...section.paragraphs.map(escapeMarkdown));
	}
	if (article.related?.length && !sectionsOnly) {
		blocks.push('---');
		const item = (link: {label?: string; title: string}) =>
			`- ${link.label ? `**${escapeMarkdown(link.label)}:** ` : ''}${escapeMarkdown(link.title)}`;
		blocks.push(article.related.map(item).join('\n'));
	}
	return `${blocks.join('\n\n')}\n`;
}
