'use strict';
// Reading requests: the JSON body, query parameters, and the validation of body fields into one 422.
// Dev-only.

const { invalid, invalidOne } = require('./errors');

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const clone = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/** Reads `name`, `name[]` and `name[0]`, plus comma-delimited values; returns undefined if absent. */
function queryArray(query, name) {
	const values = [];
	let present = false;
	for (const [key, value] of query) {
		if (key === name || key === `${name}[]` || new RegExp(`^${name}\\[\\d+\\]$`).test(key)) {
			present = true;
			values.push(
				...value
					.split(',')
					.map((item) => item.trim())
					.filter(Boolean),
			);
		}
	}
	return present ? values : undefined;
}

function queryValue(query, ...names) {
	for (const name of names) if (query.has(name)) return query.get(name);
	return undefined;
}

function readBody(ctx) {
	if (ctx.body === undefined) return {};
	if (!isObject(ctx.body)) throw invalidOne('body', 'The request body must be a JSON object');
	return ctx.body;
}

/**
 * Checks body fields against simple rules: [name, type, required]. Types: string, id (a
 * non-empty string), boolean, object, array, integer, nullableString. Collects every problem into one 422.
 */
function check(body, rules, prefix = '') {
	const problems = [];
	for (const [name, type, required] of rules) {
		const value = body[name];
		const field = prefix + name;
		if (value === undefined || (type !== 'nullableString' && value === null)) {
			if (required) problems.push([field, `"${field}" is required`]);
			continue;
		}
		const ok =
			((type === 'string' || type === 'id') && typeof value === 'string') ||
			(type === 'nullableString' && (value === null || typeof value === 'string')) ||
			(type === 'boolean' && typeof value === 'boolean') ||
			(type === 'object' && isObject(value)) ||
			(type === 'array' && Array.isArray(value)) ||
			(type === 'integer' && Number.isInteger(value));
		if (!ok) {
			const article = type === 'object' || type === 'array' || type === 'integer' ? 'an' : 'a';
			const noun = type === 'nullableString' ? 'string or null' : type === 'id' ? 'string' : type;
			problems.push([field, `"${field}" must be ${article} ${noun}`]);
		} else if (type === 'id' && value.trim() === '') {
			problems.push([field, `"${field}" is not allowed to be empty`]);
		}
	}
	return problems;
}

function assertValid(problems) {
	if (problems.length > 0) throw invalid(problems);
}

/** Adds a problem when `body[name]` is a non-empty string outside `allowed`. */
function checkEnum(problems, body, name, allowed, prefix = '') {
	const value = body[name];
	if (typeof value === 'string' && value !== '' && !allowed.includes(value)) {
		problems.push([prefix + name, `"${prefix + name}" must be one of ${allowed.join(', ')}`]);
	}
}

module.exports = {
	isObject,
	clone,
	queryArray,
	queryValue,
	readBody,
	check,
	assertValid,
	checkEnum,
};
