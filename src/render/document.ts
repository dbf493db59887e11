import type {Article} from '../article/types.js';
import {bylineText} from './byline.js';
import {cleanText} from './clean.js';

/** What a piece of text is, for styling. */
export type Role = 'topic' | 'headline' | 'byline' | 'summary' | 'heading' | 'paragraph' | 'label' | 'title';

/** Text with one role. */
export type Run = {text: string; role: Role};

/** A paragraph-like unit, wrapped as one, with a blank line before it or not. */
export type Block = {runs: Run[]; gapBefore: boolean};

/**
The article as blocks in reading order, every string cleaned (clean.ts):
topic, headline, byline (byline.ts), summary; each section's heading and paragraphs; the related links.
A blank line separates the summary, each section and the related links.
With `sectionsOnly` (the reader chose sections), just the sections.
*/
export function* articleBlocks(article: Article, {sectionsOnly = false} = {}): Generator<Block> {
	const block = (role: Role, text: string, gapBefore: boolean): Block => ({runs: [{text: cleanText(text), role}], gapBefore});
	if (!sectionsOnly) {
		if (article.topic) yield block('topic', article.topic, false);
		yield block('headline', article.headline, false);
		const byline = bylineText(article);
		if (byline) yield block('byline', byline, false);
		if (article.summary) yield block('summary', article.summary, true);
	}
	for (const {heading, paragraphs} of article.sections) {
		if (heading !== undefined) yield block('heading', heading, true);
		for (let i = 0; i < paragraphs.length; i++) yield block('paragraph', paragraphs[i], i > 0 || heading === undefined);
	}
	if (sectionsOnly) return;
	for (const [i, link] of (article.related ?? []).entries()) {
		const runs: Run[] = link.label ? [{text: `${cleanText(link.label)}: `, role: 'label'}] : [];
		runs.push({text: cleanText(link.title), role: 'title'});
		yield {runs, gapBefore: i === 0};
	}
}
