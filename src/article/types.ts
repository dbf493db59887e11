/** An article in news-read's format, version 1 (README: "Article format"). */
export type Article = {
	/** BCP 47 language tag, such as "hi". */
	language: string;
	topic?: string;
	headline: string;
	summary?: string;
	/** When it was published: an ISO 8601 date, with or without a time, such as "2026-11-28T10:30:00+05:30". */
	published?: string;
	/** The names of its authors, as the publisher writes them. */
	authors?: string[];
	/** Where it was published: an http(s) URL. */
	source?: string;
	sections: Section[];
	related?: Related[];
};

export type Section = {
	/** Absent for the untitled lead section. */
	heading?: string;
	paragraphs: string[];
};

export type Related = {
	label?: string;
	title: string;
};
