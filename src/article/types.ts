/** An article in news-read's format, version 1 (README: "Article format"). */
export type Article = {
	/** BCP 47 language tag, such as "hi". */
	language: string;
	topic?: string;
	headline: string;
	summary?: string;
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
