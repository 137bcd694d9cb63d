import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { eventTrigger } from '../../harness/eventTrigger';
import { US } from '../../harness/node';
import { useSandbox } from '../../harness/sandbox';
import {
	SUBSCRIPTION_NAME,
	WEBHOOK_METADATA_ID,
} from '../../../nodes/SegmentEventTrigger/provisioning';

const SOURCE = 'src_orders0000000001';
const PARAMETERS = {
	sourceId: { __rl: true, mode: 'id', value: SOURCE },
	calls: ['track', 'identify'],
	eventNames: 'Order Completed',
	advancedCondition: '',
};
const TRIGGER = '(type = "track" and event = "Order Completed") or type = "identify"';
const PRODUCTION_URL = 'http://localhost:5678/webhook/6b0a3c1e-24a0-4c11-9d24-000000000024/webhook';
const TEST_URL = 'http://localhost:5678/webhook-test/6b0a3c1e-24a0-4c11-9d24-000000000024/webhook';
const NAME = 'n8n: Order alerts (wf24)';
const SETTINGS = { url: PRODUCTION_URL, method: 'POST', data: { '@path': '$.' }, enable_batching: false };
const CATALOG_ENTRY = {
	destinationMetadata: {
		id: WEBHOOK_METADATA_ID,
		slug: 'actions-webhook',
		actions: [{ id: 'act_send', slug: 'send' }],
	},
};
const V1 = 'application/vnd.segment.v1+json';
const ALPHA = 'application/vnd.segment.v1alpha+json';

/** Everything serialized, to search for the secret. */
const text = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (v instanceof Error ? { message: v.message, description: (v as { description?: unknown }).description, stack: v.stack } : v));

describe('webhook lifecycle, request by request (nock)', () => {
	it('activation creates one destination with a fresh secret and one subscription', async () => {
		const trigger = eventTrigger(PARAMETERS);
		const sent: Record<string, IDataObject> = {};
		const api = nock(US)
			.get(`/sources/${SOURCE}/connected-destinations`)
			.query({ 'pagination[count]': '1000' })
			.matchHeader('accept', V1)
			.reply(200, { data: { destinations: [{ id: 'other', name: NAME, metadata: { id: 'not-webhooks' } }], pagination: {} } })
			.get(`/catalog/destinations/${WEBHOOK_METADATA_ID}`)
			.reply(200, { data: CATALOG_ENTRY })
			.post('/destinations', (body: IDataObject) => {
				sent.destination = body;
				return true;
			})
			.matchHeader('content-type', V1)
			.reply(200, { data: { destination: { id: 'dst_new', name: NAME, settings: { sharedSecret: '••••••' } } } })
			.get('/destinations/dst_new/subscriptions')
			.query({ 'pagination[count]': '1000' })
			.matchHeader('accept', ALPHA)
			.reply(200, { data: { subscriptions: [], pagination: {} } })
			.post('/destinations/dst_new/subscriptions', (body: IDataObject) => {
				sent.subscription = body;
				return true;
			})
			.matchHeader('content-type', ALPHA)
			.reply(200, { data: { destinationSubscription: { id: 'sub_new' } } });

		expect(await trigger.checkExists()).toBe(false);
		expect(await trigger.create()).toBe(true);
		expect(api.isDone()).toBe(true);

		const state = trigger.staticData();
		expect(state).toEqual({ destinationId: 'dst_new', subscriptionId: 'sub_new', secret: expect.stringMatching(/^[0-9a-f]{64}$/) });
		expect(sent.destination).toEqual({
			sourceId: SOURCE,
			metadataId: WEBHOOK_METADATA_ID,
			name: NAME,
			enabled: true,
			settings: { sharedSecret: state.secret },
		});
		expect(sent.subscription).toEqual({
			name: SUBSCRIPTION_NAME,
			actionId: 'act_send',
			trigger: TRIGGER,
			enabled: true,
			settings: SETTINGS,
		});

		// A second trigger gets another secret.
		const other = eventTrigger(PARAMETERS);
		nock(US)
			.get(`/sources/${SOURCE}/connected-destinations`).query(true).reply(200, { data: { destinations: [], pagination: {} } })
			.get(`/catalog/destinations/${WEBHOOK_METADATA_ID}`).reply(200, { data: CATALOG_ENTRY })
			.post('/destinations').reply(200, { data: { destination: { id: 'dst_2' } } })
			.get('/destinations/dst_2/subscriptions').query(true).reply(200, { data: { subscriptions: [] } })
			.post('/destinations/dst_2/subscriptions').reply(200, { data: { destinationSubscription: { id: 'sub_2' } } });
		await other.create();
		expect(other.staticData().secret).not.toBe(state.secret);
	});

	it('checkExists is true only when the destination and subscription are as wanted', async () => {
		const trigger = eventTrigger(PARAMETERS);
		Object.assign(trigger.staticData(), { destinationId: 'dst_1', subscriptionId: 'sub_1', secret: 'f'.repeat(64) });
		const destination = { id: 'dst_1', name: NAME, enabled: true, sourceId: SOURCE, metadata: { id: WEBHOOK_METADATA_ID } };
		const subscription = { id: 'sub_1', enabled: true, trigger: TRIGGER, actionId: 'act_send', settings: SETTINGS };
		const answer = (dest: object, sub: object) =>
			nock(US)
				.get('/destinations/dst_1').reply(200, { data: { destination: dest } })
				.get('/destinations/dst_1/subscriptions').query(true).reply(200, { data: { subscriptions: [sub] } });
		answer(destination, subscription);
		expect(await trigger.checkExists()).toBe(true);
		answer(destination, { ...subscription, trigger: 'type = "page"' });
		expect(await trigger.checkExists()).toBe(false);
		answer(destination, { ...subscription, enabled: false });
		expect(await trigger.checkExists()).toBe(false);
		answer(destination, { ...subscription, settings: { ...SETTINGS, url: 'https://elsewhere.example' } });
		expect(await trigger.checkExists()).toBe(false);
		nock(US).get('/destinations/dst_1').reply(200, { data: { destination: { ...destination, name: 'renamed' } } });
		expect(await trigger.checkExists()).toBe(false);
		nock(US).get('/destinations/dst_1').reply(200, { data: { destination: { ...destination, enabled: false } } });
		expect(await trigger.checkExists()).toBe(false);
		// Deleted by hand: forgotten, so create() makes a new one.
		nock(US).get('/destinations/dst_1').reply(404, { errors: [{ type: 'not-found', message: 'Destination not found' }] });
		expect(await trigger.checkExists()).toBe(false);
		expect(trigger.staticData().destinationId).toBeUndefined();
	});

	it('deactivation deletes exactly the stored destination, and forgets it and its secret', async () => {
		const trigger = eventTrigger(PARAMETERS);
		Object.assign(trigger.staticData(), { destinationId: 'dst_1', subscriptionId: 'sub_1', secret: 'f'.repeat(64) });
		nock(US).delete('/destinations/dst_1').reply(200, { data: { status: 'SUCCESS' } });
		expect(await trigger.delete()).toBe(true);
		expect(trigger.staticData()).toEqual({});
		// Nothing stored: nothing is sent.
		expect(await trigger.delete()).toBe(true);
	});

	it('deactivation after a delete by hand succeeds; a failure keeps the ID for the next activation', async () => {
		const trigger = eventTrigger(PARAMETERS);
		Object.assign(trigger.staticData(), { destinationId: 'dst_1', subscriptionId: 'sub_1', secret: 'f'.repeat(64) });
		nock(US).delete('/destinations/dst_1').reply(403, { errors: [{ type: 'forbidden', message: 'Forbidden' }] });
		expect(await trigger.delete()).toBe(false);
		expect(trigger.staticData().destinationId).toBe('dst_1');
		nock(US).delete('/destinations/dst_1').reply(404, { errors: [{ type: 'not-found', message: 'Destination not found' }] });
		expect(await trigger.delete()).toBe(true);
		expect(trigger.staticData()).toEqual({});
	});

	it('the secret is in no error when Segment echoes it back', async () => {
		const trigger = eventTrigger(PARAMETERS);
		let secret = '';
		nock(US)
			.get(`/sources/${SOURCE}/connected-destinations`).query(true).reply(200, { data: { destinations: [] } })
			.get(`/catalog/destinations/${WEBHOOK_METADATA_ID}`).reply(200, { data: CATALOG_ENTRY })
			.post('/destinations', (body: { settings: { sharedSecret: string } }) => {
				secret = body.settings.sharedSecret;
				return true;
			})
			.reply(422, () => ({
				errors: [{ type: 'input-validation', message: `Bad sharedSecret ${secret}`, field: 'settings.sharedSecret' }],
			}));
		const error = await trigger.create().catch((failure: unknown) => failure);
		expect(error).toBeInstanceOf(Error);
		expect(secret).toMatch(/^[0-9a-f]{64}$/);
		expect(text(error)).not.toContain(secret);
		expect((error as Error).message).toContain('[redacted]');
	});
});

describe('webhook lifecycle against the sandbox', () => {
	const { sandbox, credentials } = useSandbox();
	type Destination = { id: string; name: string; sourceId: string; enabled: boolean; settings: IDataObject; metadataId: string };
	type Subscription = { id: string; destinationId: string; trigger: string; enabled: boolean; settings: IDataObject };
	const destinations = () => [...(sandbox().state.destinations as Map<string, Destination>).values()];
	const subscriptions = () => [...(sandbox().state.subscriptions as Map<string, Subscription>).values()];
	const sourceId = () => [...(sandbox().state.sources as Map<string, { id: string }>).values()][0].id;
	const ours = () => destinations().filter((destination) => destination.name.startsWith('n8n'));
	const setup = () => eventTrigger({ ...PARAMETERS, sourceId: { __rl: true, mode: 'id', value: sourceId() } }, credentials());

	it('activates, is then as wanted, and deactivates leaving every other destination', async () => {
		const before = destinations().map((destination) => destination.id);
		const trigger = setup();
		await trigger.activate();
		expect(ours()).toHaveLength(1);
		const [destination] = ours();
		expect(destination).toMatchObject({ name: NAME, enabled: true, sourceId: sourceId(), metadataId: WEBHOOK_METADATA_ID });
		expect(destination.settings.sharedSecret).toBe(trigger.staticData().secret);
		const subs = subscriptions().filter((subscription) => subscription.destinationId === destination.id);
		expect(subs).toHaveLength(1);
		expect(subs[0]).toMatchObject({ trigger: TRIGGER, enabled: true, settings: SETTINGS });
		expect(await trigger.checkExists()).toBe(true);

		// Activating again changes nothing.
		await trigger.activate();
		expect(ours()).toHaveLength(1);
		expect(ours()[0].id).toBe(destination.id);

		expect(await trigger.delete()).toBe(true);
		expect(ours()).toHaveLength(0);
		expect(destinations().map((item) => item.id)).toEqual(before);
	});

	it('repairs a destination deleted by hand with a new one, and only one', async () => {
		const trigger = setup();
		await trigger.activate();
		const first = ours()[0].id;
		const firstSecret = trigger.staticData().secret;
		(sandbox().state.destinations as Map<string, unknown>).delete(first);
		for (const subscription of subscriptions()) if (subscription.destinationId === first) (sandbox().state.subscriptions as Map<string, unknown>).delete(subscription.id);
		await trigger.activate();
		expect(ours()).toHaveLength(1);
		expect(ours()[0].id).not.toBe(first);
		expect(trigger.staticData().destinationId).toBe(ours()[0].id);
		expect(ours()[0].settings.sharedSecret).toBe(trigger.staticData().secret);
		expect(typeof firstSecret).toBe('string');
		await trigger.delete();
		expect(ours()).toHaveLength(0);
	});

	it('repairs a destination changed by hand in place: name, enabled, trigger, URL, subscription deleted', async () => {
		const trigger = setup();
		await trigger.activate();
		const [destination] = ours();
		const id = destination.id;
		destination.name = 'n8n-renamed by someone';
		destination.enabled = false;
		const [subscription] = subscriptions().filter((item) => item.destinationId === id);
		subscription.trigger = 'type = "page"';
		subscription.settings = { ...subscription.settings, url: 'https://elsewhere.example/hook' };
		expect(await trigger.checkExists()).toBe(false);
		await trigger.activate();
		expect(ours().map((item) => item.id)).toEqual([id]);
		expect(ours()[0]).toMatchObject({ name: NAME, enabled: true });
		const subs = subscriptions().filter((item) => item.destinationId === id);
		expect(subs).toHaveLength(1);
		expect(subs[0]).toMatchObject({ id: subscription.id, trigger: TRIGGER, enabled: true, settings: SETTINGS });

		(sandbox().state.subscriptions as Map<string, unknown>).delete(subscription.id);
		await trigger.activate();
		const recreated = subscriptions().filter((item) => item.destinationId === id);
		expect(recreated).toHaveLength(1);
		expect(recreated[0]).toMatchObject({ trigger: TRIGGER, enabled: true });
		expect(trigger.staticData().subscriptionId).toBe(recreated[0].id);
		await trigger.delete();
	});

	it('takes over its own destination when the stored ID was lost, instead of making a second', async () => {
		const trigger = setup();
		await trigger.activate();
		const id = ours()[0].id;
		const lost = eventTrigger({ ...PARAMETERS, sourceId: { __rl: true, mode: 'id', value: sourceId() } }, credentials());
		await lost.activate();
		expect(ours().map((item) => item.id)).toEqual([id]);
		// Taken over with a new secret, which the destination now signs with.
		expect(ours()[0].settings.sharedSecret).toBe(lost.staticData().secret);
		expect(lost.staticData().secret).not.toBe(trigger.staticData().secret);
		await lost.delete();
		expect(ours()).toHaveLength(0);
	});

	it('moves to another source by replacing its destination', async () => {
		const trigger = setup();
		await trigger.activate();
		const first = ours()[0];
		const other = [...(sandbox().state.sources as Map<string, { id: string }>).values()][1].id;
		trigger.setParameters({ sourceId: { __rl: true, mode: 'id', value: other } });
		expect(await trigger.checkExists()).toBe(false);
		await trigger.activate();
		expect(ours()).toHaveLength(1);
		expect(ours()[0].id).not.toBe(first.id);
		expect(ours()[0].sourceId).toBe(other);
		await trigger.delete();
		expect(ours()).toHaveLength(0);
	});

	it('keeps a test destination apart from the production one, under the test URL', async () => {
		const production = setup();
		await production.activate('trigger');
		const test = setup();
		await test.activate('manual');
		expect(ours().map((item) => item.name).sort()).toEqual(['n8n (test): Order alerts (wf24)', NAME]);
		const testDestination = ours().find((item) => item.name.startsWith('n8n (test)'))!;
		const [testSubscription] = subscriptions().filter((item) => item.destinationId === testDestination.id);
		expect(testSubscription.settings.url).toBe(TEST_URL);
		await test.delete('manual');
		expect(ours().map((item) => item.name)).toEqual([NAME]);
		await production.delete();
		expect(ours()).toHaveLength(0);
	});
});
