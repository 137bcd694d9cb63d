/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code: it never ships in dist/ */
import { createHmac } from 'crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useSandbox } from '../harness/sandbox';

interface Received {
	headers: IncomingMessage['headers'];
	raw: string;
}

const V1 = 'application/vnd.segment.v1+json';
const ALPHA = 'application/vnd.segment.v1alpha+json';
const WEBHOOKS = '614a3c7d791c91c41bae7599';
const SEND = 'wEbHoOk0Send0000000001';

describe('sandbox Tracking API and webhook deliveries', () => {
	const { sandbox } = useSandbox({ delivery: { attempts: 3, backoffMs: 5, timeoutMs: 2000 } });
	let sink: Server;
	let sinkUrl = '';
	const received: Received[] = [];
	/** Statuses the sink answers with, in turn; 200 once they run out. */
	const answers: number[] = [];

	beforeAll(async () => {
		sink = createServer((req, res) => {
			let raw = '';
			req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
			req.on('end', () => {
				received.push({ headers: req.headers, raw });
				res.statusCode = answers.shift() ?? 200;
				res.end('ok');
			});
		});
		await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
		sinkUrl = `http://127.0.0.1:${(sink.address() as AddressInfo).port}/hook`;
	});
	afterAll(async () => {
		await new Promise((resolve) => sink.close(resolve));
	});
	beforeEach(() => {
		received.length = 0;
		answers.length = 0;
	});

	const api = async (method: string, path: string, body?: object, alpha = false) => {
		const type = alpha ? ALPHA : V1;
		const response = await fetch(`${sandbox().url}${path}`, {
			method,
			headers: { authorization: `Bearer ${sandbox().token}`, accept: type, 'content-type': type },
			body: body ? JSON.stringify(body) : undefined,
		});
		// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of any endpoint, checked field by field
		return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
	};
	const source = () => [...(sandbox().state.sources as Map<string, { id: string; writeKeys: string[] }>).values()][2];
	const track = async (path: string, body: object, writeKey = source().writeKeys[0]) =>
		await fetch(`${sandbox().url}${path}`, {
			method: 'POST',
			headers: { authorization: `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`, 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});

	async function webhookDestination(trigger: string, secret = 's3cret-s3cret', settings: object = {}) {
		const created = await api('POST', '/destinations', {
			sourceId: source().id,
			metadataId: WEBHOOKS,
			name: 'test hook',
			enabled: true,
			settings: { sharedSecret: secret },
		});
		expect(created.status).toBe(200);
		const id = created.body.data.destination.id as string;
		const subscription = await api(
			'POST',
			`/destinations/${id}/subscriptions`,
			{ name: 'send', actionId: SEND, trigger, enabled: true, settings: { url: sinkUrl, method: 'POST', data: { '@path': '$.' }, ...settings } },
			true,
		);
		expect(subscription.status).toBe(200);
		return id;
	}

	it('delivers each matching call once, signed with the shared secret, and nothing else', async () => {
		const id = await webhookDestination('type = "track" and event = "Order Completed"');
		expect((await track('/v1/track', { userId: 'u1', event: 'Order Completed', properties: { total: 5 } })).status).toBe(200);
		expect((await track('/v1/track', { userId: 'u1', event: 'Cart Viewed' })).status).toBe(200);
		expect((await track('/v1/identify', { userId: 'u1', traits: { plan: 'pro' } })).status).toBe(200);
		await sandbox().tracking.settle();
		expect(received).toHaveLength(1);
		const [delivery] = received;
		expect(delivery.headers['x-signature']).toBe(createHmac('sha1', 's3cret-s3cret').update(delivery.raw).digest('hex'));
		expect(JSON.parse(delivery.raw)).toMatchObject({ type: 'track', event: 'Order Completed', userId: 'u1', properties: { total: 5 }, messageId: expect.any(String) });
		await api('DELETE', `/destinations/${id}`);
	});

	it('delivers a batch call by call, or as one array when the subscription batches', async () => {
		const id = await webhookDestination('type = "identify" or type = "page"');
		const batch = [
			{ type: 'identify', userId: 'a', messageId: 'm1' },
			{ type: 'track', userId: 'a', event: 'X', messageId: 'm2' },
			{ type: 'page', userId: 'a', name: 'Home', messageId: 'm3' },
		];
		expect((await track('/v1/batch', { batch })).status).toBe(200);
		await sandbox().tracking.settle();
		expect(received.map((item) => JSON.parse(item.raw).messageId).sort()).toEqual(['m1', 'm3']);
		await api('DELETE', `/destinations/${id}`);

		received.length = 0;
		const batched = await webhookDestination('type = "identify" or type = "page"', 'another-secret', { enable_batching: true });
		await track('/v1/batch', { batch });
		await sandbox().tracking.settle();
		expect(received).toHaveLength(1);
		expect((JSON.parse(received[0].raw) as Array<{ messageId: string }>).map((item) => item.messageId)).toEqual(['m1', 'm3']);
		await api('DELETE', `/destinations/${batched}`);
	});

	it('retries a non-2xx answer with backoff, then gives up', async () => {
		const id = await webhookDestination('type = "track"');
		answers.push(500, 503);
		await track('/v1/track', { userId: 'u', event: 'E', messageId: 'retry-1' });
		await sandbox().tracking.settle();
		expect(received.map((item) => JSON.parse(item.raw).messageId)).toEqual(['retry-1', 'retry-1', 'retry-1']);
		const record = sandbox().tracking.deliveries.at(-1)!;
		expect(record.attempts.map((attempt) => attempt.status)).toEqual([500, 503, 200]);
		expect(record.delivered).toBe(true);

		received.length = 0;
		answers.push(500, 500, 500);
		await track('/v1/track', { userId: 'u', event: 'E', messageId: 'retry-2' });
		await sandbox().tracking.settle();
		expect(received).toHaveLength(3);
		expect(sandbox().tracking.deliveries.at(-1)!.delivered).toBe(false);
		await api('DELETE', `/destinations/${id}`);
	});

	it('answers 401 for an unknown write key and 400 for an invalid call', async () => {
		expect((await track('/v1/track', { userId: 'u', event: 'E' }, 'not-a-write-key')).status).toBe(401);
		expect((await track('/v1/track', { userId: 'u' })).status).toBe(400);
		expect((await track('/v1/identify', { traits: {} })).status).toBe(400);
		expect((await track('/v1/batch', { batch: 'no' })).status).toBe(400);
	});

	it('validates Webhooks (Actions) destinations and their subscriptions as the Public API does', async () => {
		const unknownSetting = await api('POST', '/destinations', { sourceId: source().id, metadataId: WEBHOOKS, settings: { nope: 1 } });
		expect(unknownSetting.status).toBe(422);
		const secretType = await api('POST', '/destinations', { sourceId: source().id, metadataId: WEBHOOKS, settings: { sharedSecret: 5 } });
		expect(secretType.body.errors?.[0].field).toBe('settings.sharedSecret');
		const id = await webhookDestination('type = "track"');
		const bad = await api(
			'POST',
			`/destinations/${id}/subscriptions`,
			{ name: 'x', actionId: SEND, trigger: 'type = ', enabled: true, settings: { method: 'GET' } },
			true,
		);
		expect(bad.status).toBe(422);
		expect(bad.body.errors?.map((error: { field: string }) => error.field).sort()).toEqual(['settings.method', 'settings.url', 'trigger']);
		const subscriptionId = [...(sandbox().state.subscriptions as Map<string, { id: string; destinationId: string }>).values()].find((item) => item.destinationId === id)!.id;
		const badPatch = await api('PATCH', `/destinations/${id}/subscriptions/${subscriptionId}`, { input: { trigger: 'event = "unterminated' } }, true);
		expect(badPatch.status).toBe(422);
		const badUpdate = await api('PATCH', `/destinations/${id}`, { settings: { nope: true } });
		expect(badUpdate.status).toBe(422);
		await api('DELETE', `/destinations/${id}`);
	});
});
