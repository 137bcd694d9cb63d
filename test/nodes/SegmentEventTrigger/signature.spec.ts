import { createHmac } from 'crypto';
import { isValidSignature, signatureOf } from '../../../nodes/SegmentEventTrigger/signature';

const SECRET = 'a'.repeat(64);
const RAW = Buffer.from('{"type":"track","event":"Order Completed","properties":{"total":120.50}}');
const sign = (body: Buffer | string, secret = SECRET) =>
	createHmac('sha1', secret).update(body).digest('hex');

describe('X-Signature', () => {
	it('is hex HMAC-SHA1 of the raw bytes, as Segment signs', () => {
		expect(signatureOf(RAW, SECRET)).toBe(sign(RAW));
		expect(isValidSignature(RAW, sign(RAW), SECRET)).toBe(true);
		// Hex digits in either case.
		expect(isValidSignature(RAW, sign(RAW).toUpperCase(), SECRET)).toBe(true);
	});

	it('refuses a signature made with another secret', () => {
		expect(isValidSignature(RAW, sign(RAW, 'b'.repeat(64)), SECRET)).toBe(false);
	});

	it('refuses a tampered body', () => {
		const tampered = Buffer.from(RAW.toString().replace('120.50', '999.00'));
		expect(isValidSignature(tampered, sign(RAW), SECRET)).toBe(false);
	});

	it('refuses a missing, empty, repeated or malformed header', () => {
		expect(isValidSignature(RAW, undefined, SECRET)).toBe(false);
		expect(isValidSignature(RAW, '', SECRET)).toBe(false);
		expect(isValidSignature(RAW, [sign(RAW)], SECRET)).toBe(false);
		expect(isValidSignature(RAW, sign(RAW).slice(0, 38), SECRET)).toBe(false);
		expect(isValidSignature(RAW, `${sign(RAW)}00`, SECRET)).toBe(false);
		expect(isValidSignature(RAW, `sha1=${sign(RAW)}`, SECRET)).toBe(false);
		expect(isValidSignature(RAW, 'z'.repeat(40), SECRET)).toBe(false);
	});

	it('refuses when there is no secret or no body', () => {
		expect(isValidSignature(RAW, sign(RAW, ''), '')).toBe(false);
		expect(isValidSignature(RAW, sign(RAW), undefined)).toBe(false);
		expect(isValidSignature(undefined, sign(RAW), SECRET)).toBe(false);
	});

	it('checks the bytes received, not the body parsed and serialized again', () => {
		// The same JSON, serialized again: other number form and spacing, so other bytes.
		const reserialized = Buffer.from(JSON.stringify(JSON.parse(RAW.toString())));
		expect(reserialized.equals(RAW)).toBe(false);
		expect(isValidSignature(reserialized, sign(RAW), SECRET)).toBe(false);
		expect(isValidSignature(RAW, sign(reserialized), SECRET)).toBe(false);
	});
});
