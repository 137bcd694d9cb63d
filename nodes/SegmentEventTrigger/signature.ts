import { createHmac, timingSafeEqual } from 'crypto';

/** Segment's signature of a delivery: hex HMAC-SHA1 of the body's bytes with the shared secret. */
export function signatureOf(rawBody: Buffer | string, secret: string): string {
	return createHmac('sha1', secret).update(rawBody).digest('hex');
}

const HEX_SHA1 = /^[0-9a-f]{40}$/i;

/**
 * Whether `header` is the signature of exactly these bytes. The digests are compared in constant
 * time; a missing, malformed or wrong-length header is refused before any comparison.
 */
export function isValidSignature(
	rawBody: Buffer | undefined,
	header: string | string[] | undefined,
	secret: string | undefined,
): boolean {
	if (!rawBody || !secret || typeof header !== 'string') return false;
	const given = header.trim();
	if (!HEX_SHA1.test(given)) return false;
	const expected = createHmac('sha1', secret).update(rawBody).digest();
	return timingSafeEqual(Buffer.from(given, 'hex'), expected);
}
