'use strict';
// Segment's pagination: `pagination[count]` (1 to 1000) and a base64 offset as `pagination[cursor]`.
// Dev-only.

const { invalidOne } = require('./errors');
const { queryValue } = require('./requests');

const MAX_PAGE_SIZE = 1000;

const encodeCursor = (offset) => Buffer.from(String(offset)).toString('base64');

function decodeCursor(cursor) {
	const text = Buffer.from(cursor, 'base64').toString('utf8');
	if (!/^\d+$/.test(text) || encodeCursor(Number(text)) !== cursor) return undefined;
	return Number(text);
}

/** Validates `pagination[count]` / `pagination.count` and `pagination[cursor]` / `pagination.cursor`. */
function readPagination(query) {
	const count = queryValue(query, 'pagination[count]', 'pagination.count');
	const cursor = queryValue(query, 'pagination[cursor]', 'pagination.cursor');
	if (count === undefined && cursor === undefined) {
		throw invalidOne('pagination', '"pagination" is required: send pagination[count] (1 to 1000)');
	}
	if (count === undefined) throw invalidOne('pagination.count', '"pagination.count" is required');
	if (!/^\d+$/.test(count) || Number(count) < 1 || Number(count) > MAX_PAGE_SIZE) {
		throw invalidOne(
			'pagination.count',
			`"pagination.count" must be an integer between 1 and ${MAX_PAGE_SIZE}`,
		);
	}
	let offset = 0;
	if (cursor !== undefined && cursor !== '') {
		offset = decodeCursor(cursor);
		if (offset === undefined)
			throw invalidOne('pagination.cursor', '"pagination.cursor" is not a valid cursor');
	}
	return { count: Number(count), offset };
}

/** One page of `items` (mapped with `represent`) under `root`, with Segment's pagination object. */
function paginate(query, root, items, represent = (item) => item, extra = {}) {
	const { count, offset } = readPagination(query);
	const page = items.slice(offset, offset + count).map(represent);
	const end = offset + count;
	return {
		...extra,
		[root]: page,
		pagination: {
			current: encodeCursor(offset),
			next: end < items.length ? encodeCursor(end) : null,
			previous: offset > 0 ? encodeCursor(Math.max(0, offset - count)) : null,
			totalEntries: items.length,
		},
	};
}
module.exports = { readPagination, paginate };
