import { createHmac } from 'crypto';
import { eventTrigger } from '../../harness/eventTrigger';
import { DEDUPLICATION, RecentIds, resetRecentIds } from '../../../nodes/SegmentEventTrigger/recentIds';

const SECRET = '0123456789abcdef'.repeat(4);
const PARAMETERS = {
	sourceId: { __rl: true, mode: 'id', value: 'src_1' },
	calls: ['track', 'identify'],
	eventNames: 'Order Completed',
	advancedCondition: '',
};
const sign = (raw: string, secret = SECRET) => createHmac('sha1', secret).update(raw).digest('hex');
const event = (messageId: string, extra: object = {}) => ({
	type: 'track',
	event: 'Order Completed',
	messageId,
	userId: 'u1',
	properties: { total: 120.5 },
	...extra,
});

function activeTrigger() {
	const trigger = eventTrigger(PARAMETERS);
	Object.assign(trigger.staticData(), { destinationId: 'dst_1', subscriptionId: 'sub_1', secret: SECRET });
	return trigger;
}

beforeEach(() => resetRecentIds());

describe('webhook: receiving Segment deliveries', () => {
	it('one signed event starts one execution with the event as its item', async () => {
		const trigger = activeTrigger();
		const raw = JSON.stringify(event('m1'));
		const { result, response } = await trigger.receive(raw, { 'X-Signature': sign(raw) });
		expect(response.statusCode).toBeUndefined();
		expect(result.workflowData).toEqual([[{ json: event('m1') }]]);
	});

	it('a batch (array) gives one item per event, in order', async () => {
		const trigger = activeTrigger();
		const raw = JSON.stringify([event('b1'), event('b2', { type: 'identify', event: undefined, traits: { plan: 'pro' } }), event('b3')]);
		const { result } = await trigger.receive(raw, { 'x-signature': sign(raw) });
		expect(result.workflowData?.[0].map((item) => item.json.messageId)).toEqual(['b1', 'b2', 'b3']);
	});

	it.each([
		['no X-Signature', (raw: string) => ({ raw, headers: {} })],
		['a signature with another secret', (raw: string) => ({ raw, headers: { 'x-signature': sign(raw, 'x'.repeat(64)) } })],
		['a tampered body', (raw: string) => ({ raw: raw.replace('120.5', '9999'), headers: { 'x-signature': sign(raw) } })],
		['a malformed signature', (raw: string) => ({ raw, headers: { 'x-signature': 'not-hex' } })],
		[
			'a body re-serialized differently from the signed bytes',
			(raw: string) => ({ raw: JSON.stringify(JSON.parse(raw), null, 1), headers: { 'x-signature': sign(raw) } }),
		],
	])('%s: 401 and no execution', async (_name, make) => {
		const trigger = activeTrigger();
		const { raw, headers } = make(JSON.stringify(event('t1')));
		const { result, response } = await trigger.receive(raw, headers);
		expect(response.statusCode).toBe(401);
		expect(result).toEqual({ noWebhookResponse: true });
		expect(JSON.stringify(response.body)).not.toContain(SECRET);
	});

	it('refuses everything while it has no secret (not activated)', async () => {
		const trigger = eventTrigger(PARAMETERS);
		const raw = JSON.stringify(event('m1'));
		const { result, response } = await trigger.receive(raw, { 'x-signature': sign(raw) });
		expect(response.statusCode).toBe(401);
		expect(result.workflowData).toBeUndefined();
	});

	it('verifies the raw bytes even when n8n parsed nothing (no raw body: refused)', async () => {
		const trigger = activeTrigger();
		const { response } = await trigger.receive(undefined, { 'x-signature': sign('') });
		expect(response.statusCode).toBe(401);
	});

	it('drops a messageId it has seen recently, alone or inside a batch', async () => {
		const trigger = activeTrigger();
		const first = JSON.stringify(event('d1'));
		expect((await trigger.receive(first, { 'x-signature': sign(first) })).result.workflowData?.[0]).toHaveLength(1);
		// Segment's retry of the same delivery: answered 200, no execution.
		const retry = await trigger.receive(first, { 'x-signature': sign(first) });
		expect(retry.result.workflowData).toBeUndefined();
		expect(retry.result.webhookResponse).toEqual({ received: 1, accepted: 0 });
		const batch = JSON.stringify([event('d1'), event('d2'), event('d2')]);
		const { result } = await trigger.receive(batch, { 'x-signature': sign(batch) });
		expect(result.workflowData?.[0].map((item) => item.json.messageId)).toEqual(['d2']);
		// Events without a messageId are never dropped.
		const bare = JSON.stringify([{ type: 'identify', userId: 'u' }, { type: 'identify', userId: 'u' }]);
		expect((await trigger.receive(bare, { 'x-signature': sign(bare) })).result.workflowData?.[0]).toHaveLength(2);
	});

	it('keeps test and production deliveries apart', async () => {
		const trigger = activeTrigger();
		const raw = JSON.stringify(event('p1'));
		expect((await trigger.receive(raw, { 'x-signature': sign(raw) }, 'trigger')).result.workflowData).toBeDefined();
		expect((await trigger.receive(raw, { 'x-signature': sign(raw) }, 'manual')).result.workflowData).toBeDefined();
	});

	it('starts nothing for calls or event names the fields do not ask for', async () => {
		const trigger = activeTrigger();
		const raw = JSON.stringify([event('f1', { event: 'Cart Viewed' }), event('f2', { type: 'page' })]);
		const { result } = await trigger.receive(raw, { 'x-signature': sign(raw) });
		expect(result.workflowData).toBeUndefined();
	});

	it('never puts the secret in an item or an answer', async () => {
		const trigger = activeTrigger();
		const raw = JSON.stringify(event('s1'));
		const { result, response } = await trigger.receive(raw, { 'x-signature': sign(raw) });
		expect(JSON.stringify([result, response.body])).not.toContain(SECRET);
	});
});

describe('RecentIds: the de-duplication window', () => {
	it('forgets an ID after the window', () => {
		const ids = new RecentIds();
		expect(ids.add('a', 0)).toBe(true);
		expect(ids.add('a', DEDUPLICATION.windowMs - 1)).toBe(false);
		expect(ids.add('a', DEDUPLICATION.windowMs + 1)).toBe(true);
	});

	it('keeps at most maxIds, dropping the oldest first', () => {
		const ids = new RecentIds();
		for (let i = 0; i < DEDUPLICATION.maxIds + 5; i++) ids.add(`id${i}`, 1000);
		expect(ids.size).toBe(DEDUPLICATION.maxIds);
		expect(ids.add('id0', 1000)).toBe(true);
		expect(ids.add(`id${DEDUPLICATION.maxIds + 4}`, 1000)).toBe(false);
	});
});
