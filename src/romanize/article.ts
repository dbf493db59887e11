import type {Article} from '../article/types.js';
import {romanize} from './romanize.js';

/*
An article in Latin letters: every text a reader sees (topic, headline, summary, headings,
paragraphs, related labels and titles) romanised by the article's language, and the language tag
given the script subtag Latn (hi → hi-Latn, hi-Deva-IN → hi-Latn-IN). Other fields pass unchanged.
*/

/** `tag` with its script subtag replaced by (or given) Latn. */
export function latinTag(tag: string): string {
	const [language, ...rest] = tag.split('-');
	const others = rest.filter((part, i) => !(i === 0 && /^[A-Za-z]{4}$/.test(part)));
	return [language, 'Latn', ...others].join('-');
}

export function romanizeArticle(article: Article): Article {
	const options = {language: article.language};
	const latin = (text: string) => romanize(text, options);
	const out: Article = {
		...article,
		language: latinTag(article.language),
		headline: latin(article.headline),
		sections: article.sections.map((section) => ({
			...section,
			...(section.heading !== undefined && {heading: latin(section.heading)}),
			paragraphs: section.paragraphs.map(latin),
		})),
	};
	if (article.topic !== undefined) out.topic = latin(article.topic);
	if (article.summary !== undefined) out.summary = latin(article.summary);
	if (article.related) {
		out.related = article.related.map((link) => ({
			...link,
			...(link.label !== undefined && {label: latin(link.label)}),
			title: latin(link.title),
		}));
	}
	return out;
}
