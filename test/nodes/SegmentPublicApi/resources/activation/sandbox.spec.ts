import type { IDataObject } from 'n8n-workflow';
import { runJson } from '../../../../harness/node';
import { useSandbox } from '../../../../harness/sandbox';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Engage: Audience Activation (sandbox over real HTTP)', () => {
	const { credentials } = useSandbox();
	let webhookId: string;
	let ga4Id: string;

	const audience = {
		resource: 'activation',
		spaceId: byId('spa_sandboxProduction01'),
		audienceId: 'aud_sandboxHighValue001',
	};
	const run = (parameters: IDataObject) =>
		runJson({ ...audience, ...parameters } as never, { credentials: credentials() });

	beforeAll(async () => {
		const destinations = await runJson(
			{ resource: 'destination', operation: 'getAll', returnAll: true },
			{ credentials: credentials() },
		);
		const idOf = (name: string) =>
			String(destinations.find((destination) => destination.name === name)?.id);
		webhookId = idOf('Order Webhook');
		ga4Id = idOf('GA4 Web Stream');
	});

	it("lists the audience's seeded destination, simplified", async () => {
		const connections = await run({ operation: 'getDestinations', returnAll: true });

		expect(connections).toEqual([
			{
				id: webhookId,
				name: 'Order Webhook',
				destinationId: webhookId,
				type: 'Webhooks (Actions)',
				typeSlug: 'actions-webhook',
				enabled: true,
				sourceId: expect.any(String),
				idSyncConfiguration: [
					{ externalId: 'email', strategy: 'last' },
					{ externalId: 'user_id', strategy: 'last' },
				],
			},
		]);
	});

	it('adds a destination, activates the audience on it, and refuses to remove it while activated', async () => {
		const [added] = await run({
			operation: 'addDestination',
			destinationId: byId(ga4Id),
			additionalFields: {
				idSyncConfiguration: { identifier: [{ externalId: 'user_id', strategy: 'all' }] },
			},
		});
		expect(added).toEqual({
			connection: { id: ga4Id },
			idSyncConfiguration: [{ externalId: 'user_id', strategy: 'all' }],
			connectionSettings: null,
		});

		const [created] = await run({
			operation: 'createActivation',
			connectionId: ga4Id,
			activationName: 'High value to GA4',
			activationType: 'Audience Exited',
			additionalFields: {
				personalization: '{"profile": {"properties": ["email"]}}',
				destinationMapping: '{"actionId": "gA4cLoUd0CustomEvent01", "settings": {}}',
			},
		});
		expect(created).toMatchObject({
			audienceId: 'aud_sandboxHighValue001',
			connectionId: ga4Id,
			activationName: 'High value to GA4',
			activationType: 'Audience Exited',
			enabled: true,
			personalization: { profile: { properties: ['email'] } },
		});

		const activations = await run({ operation: 'getActivations', returnAll: true });
		expect(activations.map((activation) => activation.activationName)).toEqual([
			'High-value customers to the order webhook',
			'High value to GA4',
		]);

		await expect(
			run({ operation: 'removeDestination', destinationId: byId(ga4Id) }),
		).rejects.toThrow('The destination has 1 activation(s); remove them first');
		expect(await run({ operation: 'removeActivation', activationId: String(created.id) })).toEqual([
			{ status: 'SUCCESS' },
		]);
		expect(await run({ operation: 'removeDestination', destinationId: byId(ga4Id) })).toEqual([
			{ status: 'SUCCESS' },
		]);
	});

	it('lists the supported destinations of an audience type as one item', async () => {
		const items = await runJson(
			{
				resource: 'activation',
				operation: 'getSupportedDestinations',
				spaceId: byId('spa_sandboxProduction01'),
				filters: { slug: 'actions-webhook' },
			},
			{ credentials: credentials() },
		);

		expect(items).toHaveLength(1);
		expect(Object.keys(items[0])).toEqual(['actions-webhook']);
		expect(items[0]['actions-webhook']).toMatchObject({
			name: 'Webhooks (Actions)',
			actions: [{ id: 'wEbHoOk0Send0000000001', slug: 'send' }],
		});
	});

	it("answers 404 for another space's audience", async () => {
		await expect(
			run({ operation: 'getActivations', spaceId: byId('spa_sandboxStaging0002') }),
		).rejects.toThrow('Audience not found');
	});
});
