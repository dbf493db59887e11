import type {Related} from '../article/types.js';
import type {Measure} from './measure.js';
import type {Element} from './parse.js';
import {pushChildren, textOf} from './tree.js';

/*
Read-also boxes: the publisher's links to other stories, set inside the article's text. They are
not paragraphs; each link becomes a `related` entry, labelled as the box labels it.
1. A box is a block whose text starts with a READ_ALSO phrase (Hindi or English, any case,
   followed or not by a colon, dash or bar) and whose other text is its links: what is neither
   the phrase nor link text is at most a few characters of punctuation (LOOSE_TEXT).
2. Its label is the phrase as the page writes it; each link's text is a title.
3. A block that is only the phrase (a heading over a list) labels the links of the next block.
4. A line of JSON-LD articleBody that starts with a phrase is an entry too: the rest of the line
   is its title. Having no links to go by, an English phrase there needs a colon, dash or bar
   after it ("Read more about the budget" is a sentence; "Read more: Budget" is an entry).
*/

export const READ_ALSO =
	/^(यह भी पढ़ें|ये भी पढ़ें|इसे भी पढ़ें|इन्हें भी पढ़ें|यह भी पढ़े|ये भी पढ़े|इसे भी पढ़े|यह भी देखें|ये भी देखें|और पढ़ें|संबंधित खबरें|संबंधित ख़बरें|also read|read also|read more|see also|also see|must read|related stories|related news|related)(?=$|[\s:：\-–—|।])[\s:：\-–—|]*/iu;

const SEPARATOR = /[:：\-–—|]/;
const LATIN = /^[a-z]/i;

/** Non-link text a box may have besides its phrase (rule 1). */
const LOOSE_TEXT = 12;

export type ReadAlso = {label: string; titles: string[]};

/** The label of `text` when it starts with a read-also phrase, and the text after it. */
export function readAlsoLabel(text: string): {label: string; rest: string} | undefined {
	const match = READ_ALSO.exec(text);
	return match ? {label: match[1], rest: text.slice(match[0].length)} : undefined;
}

/** The label and title of an articleBody line that is a read-also entry (rule 4), or undefined. */
export function readAlsoLine(line: string): {label: string; rest: string} | undefined {
	const match = READ_ALSO.exec(line);
	if (!match || (LATIN.test(match[1]) && match[0].length < line.length && !SEPARATOR.test(match[0]))) return undefined;
	return {label: match[1], rest: line.slice(match[0].length)};
}

/** The texts of the links in `element` (a link inside a link is part of it), in order, without empty ones. */
export function linkTitles(element: Element): string[] {
	const titles: string[] = [];
	const stack: Element[] = [element];
	while (stack.length > 0) {
		const next = stack.pop() as Element;
		if (next.tag === 'a') {
			const title = textOf(next);
			if (title !== '') titles.push(title);
			continue;
		}
		pushChildren(stack, next);
	}
	return titles;
}

/** The box `element` is (rule 1), or undefined; `labelOnly` (rule 3) when it is just the phrase. */
export function readAlsoBox(element: Element, measure: Measure): ReadAlso | {labelOnly: string} | undefined {
	const found = readAlsoLabel(measure.lead);
	if (!found) return undefined;
	const phrase = measure.lead.length - found.rest.length;
	if (found.rest === '' && measure.text <= phrase) return {labelOnly: found.label};
	if (measure.links === 0 || measure.text - measure.links - phrase > LOOSE_TEXT) return undefined;
	return {label: found.label, titles: linkTitles(element)};
}

/** Adds entries to `related`, leaving out a title it already has. */
export function addRelated(related: Related[], label: string, titles: string[]): void {
	for (const title of titles) if (!related.some((r) => r.title === title)) related.push({label, title});
}
