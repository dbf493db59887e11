/*
Whether a text is an HTML page, from its first characters (the byte-order mark is already gone):
after white space, `<!doctype html`, `<html`, `<head`, `<body`, `<meta`, `<title`, `<link`,
`<script`, `<style`, `<base`, `<article`, `<div`, `<p>`/`<p `, or a comment `<!--`; letters in any
case. An XHTML page may put an XML declaration (`<?xml …?>`) first; an RSS feed, which also does,
is not a page. JSON starts with `{`, `[`, `"`, a digit or a word, never `<`, so nothing JSON is taken for
HTML. Anything else is read as JSON, with its usual errors.
*/

const HTML_START =
	/^[\t\n\f\r ]*(?:<\?xml[^>]*>[\t\n\f\r ]*)?<(?:!doctype[\t\n\f\r ]+html|!--|(?:html|head|body|meta|title|link|script|style|base|article|div|p)[\t\n\f\r />])/i;

/** Whether `text` starts like an HTML page (rules above). */
export function looksLikeHtml(text: string): boolean {
	// Most input is JSON: its first character that is not white space already says so.
	const first = text.length - text.trimStart().length;
	return text[first] === '<' && HTML_START.test(text);
}
