// data/article.schema.json through a real JSON Schema validator (ajv), beside news-read's own
// validator, so tests can check that the two agree on what an article is.
import {readFileSync} from 'node:fs';
import {Ajv2020} from 'ajv/dist/2020.js';
import {ArticleError, validateArticle} from '../../src/article/validate.js';

const schema = JSON.parse(readFileSync(new URL('../../data/article.schema.json', import.meta.url), 'utf8'));
// strict: an unknown keyword or a malformed schema is an error, not silently ignored.
const schemaValidate = new Ajv2020({strict: true, allErrors: true}).compile(schema);

/** Whether the JSON Schema accepts `value`; `schemaErrors` says why not. */
export function schemaAccepts(value: unknown): boolean {
	return schemaValidate(value);
}

export function schemaErrors(): string {
	return JSON.stringify(schemaValidate.errors);
}

/** Whether news-read's validator (src/article/validate.ts) accepts `value`. */
export function validatorAccepts(value: unknown): boolean {
	try {
		validateArticle(value);
		return true;
	} catch (error) {
		if (error instanceof ArticleError) return false;
		throw error;
	}
}
