'use strict';
// Secrets in settings are stored as sent and answered masked, as Segment does. Dev-only.

const { isObject } = require('./requests');

const MASK = '••••••';
const SECRET_KEY =
	/(api_?key|secret|password|passwd|token|private_?key|access_?key|credential|ciphertext|passphrase|service_?account)/i;

/** Replaces non-empty strings and objects under secret-looking keys with the mask, at any depth. */
function censor(value) {
	if (Array.isArray(value)) return value.map(censor);
	if (!isObject(value)) return value;
	const out = {};
	for (const [key, child] of Object.entries(value)) {
		const secretValue =
			(typeof child === 'string' && child !== '') || (child !== null && typeof child === 'object');
		if (secretValue && SECRET_KEY.test(key)) out[key] = MASK;
		else out[key] = censor(child);
	}
	return out;
}

module.exports = { MASK, censor };
