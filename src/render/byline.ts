import type {Article} from '../article/types.js';

/*
The byline under the headline: who, when, where, joined by " · ", each part only when known.
1. Authors: the names as given, joined by ", ".
2. The date: the calendar date written in the ISO string (not moved to this machine's time zone),
   written for the article's language with Intl.DateTimeFormat, long style ("28 नवंबर 2026").
   A language Intl does not know, or "und", gets English.
3. The source's host name, such as "www.example.com".
*/

export const SEPARATOR = ' · ';
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

function writtenDate(published: string, language: string): string | undefined {
	const match = CALENDAR_DATE.exec(published);
	if (!match) return undefined;
	const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
	if (Number.isNaN(date.getTime())) return undefined;
	for (const locale of [language, 'en']) {
		try {
			if (locale === 'und') continue;
			return new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(date);
		} catch {}
	}
	return undefined;
}

function host(source: string): string | undefined {
	try {
		return new URL(source).hostname || undefined;
	} catch {
		return undefined;
	}
}

export type BylineParts = {authors?: string; date?: string; host?: string};

/** The byline's parts (rules above), each only when known. */
export function bylineParts(article: Article): BylineParts {
	const date = article.published === undefined ? undefined : writtenDate(article.published, article.language);
	const name = article.source === undefined ? undefined : host(article.source);
	return {
		...(article.authors?.length && {authors: article.authors.join(', ')}),
		...(date && {date}),
		...(name && {host: name}),
	};
}

/** The byline as one line of text, or undefined when there is nothing to say. */
export function bylineText(article: Article): string | undefined {
	const {authors, date, host} = bylineParts(article);
	const parts = [authors, date, host].filter((part) => part !== undefined);
	return parts.length > 0 ? parts.join(SEPARATOR) : undefined;
}
