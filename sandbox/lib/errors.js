'use strict';
// The error shapes of the sandbox: `{ errors: [{ type, message, field?, data? }] }` with a status. Dev-only.

class ApiError extends Error {
	constructor(status, errors, headers) {
		super(errors[0] && errors[0].message);
		this.status = status;
		this.errors = errors;
		this.headers = headers || {};
	}
}

const notFound = (message) => new ApiError(404, [{ type: 'NotFound', message }]);
const invalid = (problems) =>
	new ApiError(
		422,
		problems.map(([field, message]) => ({ type: 'input-validation', message, field })),
	);
const invalidOne = (field, message) => invalid([[field, message]]);

/** Throws `error`; for lookups written as `map.get(id) || throwIt(notFound(…))`. */
function throwIt(error) {
	throw error;
}

module.exports = { ApiError, notFound, invalid, invalidOne, throwIt };
