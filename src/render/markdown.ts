import type {Article} from '../article/types.js';
import {bylineParts, SEPARATOR} from './byline.js';
import {cleanText} from './clean.js';

/*
Markdown that pandoc and CommonMark readers take back as the same structure and text:
the topic as a strong paragraph, `#` headline, the byline (its host a link to the source), the summary in emphasis, `##` section headings,
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

/** The byline paragraph: authors · date · [host](source), or undefined when there is none. */
function markdownByline(article: Article): string | undefined {
	const {authors, date, host} = bylineParts(article);
	// The source is printable ASCII (validate.ts); brackets and backslashes are percent-encoded so the link ends where it should.
	const link =
		host &&
		article.source &&
		`[${escapeMarkdown(host)}](${article.source.replace(/[()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
	const parts = [authors && escapeMarkdown(authors), date && escapeMarkdown(date), link].filter(Boolean);
	return parts.length > 0 ? parts.join(SEPARATOR) : undefined;
}

/** The article as Markdown, blocks separated by blank lines, with a final newline; with `sectionsOnly`, just the sections. */
export function articleMarkdown(article: Article, {sectionsOnly = false} = {}): string {
	const blocks: string[] = [];
	if (!sectionsOnly) {
		if (article.topic) blocks.push(`**${escapeMarkdown(article.topic)}**`);
		blocks.push(`# ${escapeMarkdown(article.headline)}`);
		const byline = markdownByline(article);
		if (byline) blocks.push(byline);
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
