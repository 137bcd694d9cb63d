import { createHash } from 'crypto';

/** Keys of settings that hold secrets: passwords, keys, tokens, a service account's credentials. */
export const SECRET_KEY =
	/password|passwd|passphrase|secret|private_?key|api_?key|access_?key|token|^credentials?$/i;

/** Segment's mask for secrets in returned settings, e.g. "••••••" or "••••••abcd". */
export const CENSORED = /^•{4,}/;

/** What replaces a secret in an error or an output item. */
export const REDACTED = '[redacted]';

/** Shorter values are left alone: they would redact ordinary words and numbers. */
const MIN_SECRET_LENGTH = 4;

/**
 * The secret values in a request body: each string under a secret-named key at any depth, and
 * the secrets inside such a string when it holds JSON (a BigQuery service-account key).
 */
export function secretsIn(value: unknown): string[] {
	const found: string[] = [];
	const walk = (item: unknown) => {
		if (Array.isArray(item)) item.forEach(walk);
		else if (item && typeof item === 'object') {
			for (const [key, child] of Object.entries(item)) {
				if (typeof child === 'string' && SECRET_KEY.test(key)) {
					if (!CENSORED.test(child)) found.push(child);
					walk(parsedJson(child));
				} else walk(child);
			}
		}
	};
	walk(value);
	return found;
}

function parsedJson(text: string): unknown {
	if (!/^\s*[[{]/.test(text)) return undefined;
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/**
 * The forms a secret takes when a server echoes it: as sent, URL- or form-encoded (a driver's
 * connection string, either case of hex), JSON-escaped, in base64, and line by line for a
 * multi-line key.
 */
function formsOf(secret: string): string[] {
	const encoded = encodeURIComponent(secret);
	const forms = [
		secret,
		encoded,
		encoded.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
		encoded.replace(/%20/g, '+'),
		encodeURI(secret),
		JSON.stringify(secret).slice(1, -1),
		Buffer.from(secret, 'utf8').toString('base64'),
		Buffer.from(secret, 'utf8').toString('base64url'),
	];
	const lines = secret.split(/\r?\n/).map((line) => line.trim());
	if (lines.length > 1) forms.push(...lines.filter((line) => line.length >= 16));
	return forms;
}

/** Replaces each of `secrets` (and its encoded forms) in every string of `value` with "[redacted]". */
export function redactValues<T>(value: T, secrets: string[]): T {
	const forms = [
		...new Set(
			secrets.filter((secret) => secret.length >= MIN_SECRET_LENGTH).flatMap(formsOf),
		),
	]
		.filter((form) => form.length >= MIN_SECRET_LENGTH)
		// Longest first, so a secret is redacted whole before a line of it is.
		.sort((a, b) => b.length - a.length);
	if (forms.length === 0) return value;
	const scrub = (text: string) =>
		forms.reduce((result, form) => result.split(form).join(REDACTED), text);
	const walk = (item: unknown): unknown => {
		if (typeof item === 'string') return scrub(item);
		if (Array.isArray(item)) return item.map(walk);
		if (item && typeof item === 'object') {
			return Object.fromEntries(Object.entries(item).map(([key, child]) => [key, walk(child)]));
		}
		return item;
	};
	return walk(value) as T;
}

/**
 * A secret as an export shows it: Segment's mask, then the first 8 hex digits of its SHA-256, so
 * a new or removed key shows as a difference while the key itself stays in Segment.
 */
export function fingerprintOf(secret: string): string {
	return `••••••••${createHash('sha256').update(secret).digest('hex').slice(0, 8)}`;
}

/** A mask for a secret Segment returned in clear inside settings: no part of it is kept. */
export const SETTINGS_MASK = '••••••••';
