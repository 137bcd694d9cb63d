import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { runJson } from '../../../../harness/node';
import { useSandbox } from '../../../../harness/sandbox';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const PRODUCTION = 'spa_sandboxProduction01';

describe('Engage spaces, computed traits and space filters (sandbox over real HTTP)', () => {
	const { sandbox, credentials } = useSandbox();
	const run = async (parameters: INodeParameters) =>
		await runJson(parameters, {
			credentials: credentials(),
		});

	it('lists the spaces and gets one by the slug of its app URL', async () => {
		expect(await run({ resource: 'space', operation: 'getAll', returnAll: true })).toEqual([
			{ id: PRODUCTION, slug: 'production', name: 'Production' },
			{ id: 'spa_sandboxStaging0002', slug: 'staging', name: 'Staging' },
		]);
		expect(
			await run({
				resource: 'space',
				operation: 'get',
				spaceId: {
					__rl: true,
					mode: 'url',
					value: 'https://app.segment.com/acme/engage/spaces/staging/overview',
				},
			}),
		).toEqual([{ id: 'spa_sandboxStaging0002', slug: 'staging', name: 'Staging' }]);
	});

	it('replaces a messaging subscription, then finds it by a query', async () => {
		const [replaced] = await run({
			resource: 'space',
			operation: 'replaceMessagingSubscriptions',
			spaceId: byId(PRODUCTION),
			subscriptions: {
				subscription: [
					{
						type: 'EMAIL',
						key: 'grace@example.com',
						status: 'UNSUBSCRIBED',
						groups: '[{"name": "Newsletter", "status": "UNSUBSCRIBED"}]',
					},
				],
			},
		});
		expect(replaced).toEqual({
			successes: [
				{
					key: 'grace@example.com',
					type: 'EMAIL',
					status: 'UNSUBSCRIBED',
					groups: [{ id: 'grp_sandboxNewsletter01', name: 'Newsletter', status: 'UNSUBSCRIBED' }],
				},
			],
			failures: [],
		});

		const [found] = await run({
			resource: 'space',
			operation: 'queryMessagingSubscriptions',
			spaceId: byId(PRODUCTION),
			subscriptionsInput: 'json',
			lookupsJson:
				'[{"key": "grace@example.com", "type": "EMAIL"}, {"key": "+14155550100", "type": "SMS"}]',
		});
		const successes = found.successes as IDataObject[];
		expect(successes.map(({ key, type, status }) => ({ key, type, status }))).toEqual([
			{ key: 'grace@example.com', type: 'EMAIL', status: 'UNSUBSCRIBED' },
			{ key: '+14155550100', type: 'SMS', status: undefined },
		]);
		expect(found.failures).toEqual([]);
	});

	it('creates, updates, lists and deletes a computed trait', async () => {
		const space = byId(PRODUCTION);
		const [created] = await run({
			resource: 'computedTrait',
			operation: 'create',
			spaceId: space,
			name: 'Lifetime Orders',
			query: "event('Order Completed').count()",
			additionalFields: { includeAnonymousUsers: true },
		});
		expect(created).toMatchObject({
			spaceId: PRODUCTION,
			name: 'Lifetime Orders',
			key: 'lifetime_orders',
			enabled: true,
			definition: { type: 'USERS', query: "event('Order Completed').count()" },
			options: { includeAnonymousUsers: true },
		});
		const computedTraitId = String(created.id);

		const [updated] = await run({
			resource: 'computedTrait',
			operation: 'update',
			spaceId: space,
			computedTraitId,
			updateFields: { enabled: false },
		});
		expect(updated).toMatchObject({ id: computedTraitId, enabled: false, status: 'Disabled' });

		const listed = await run({
			resource: 'computedTrait',
			operation: 'getAll',
			spaceId: space,
			returnAll: true,
		});
		expect(listed.map((trait) => trait.key)).toEqual([
			'orders_last_30_days',
			'account_plan',
			'lifetime_orders',
		]);

		expect(
			await run({
				resource: 'computedTrait',
				operation: 'delete',
				spaceId: space,
				computedTraitId,
			}),
		).toEqual([{ status: 'SUCCESS' }]);
		await expect(
			run({ resource: 'computedTrait', operation: 'get', spaceId: space, computedTraitId }),
		).rejects.toThrow('Computed trait not found');
	});

	it('lists all 23 filters of a space over 3 pages of at most 10', async () => {
		sandbox().resetCounters();
		const filters = await run({
			resource: 'spaceFilter',
			operation: 'getAll',
			spaceId: byId(PRODUCTION),
			returnAll: true,
		});

		expect(filters).toHaveLength(23);
		expect(filters.map((filter) => filter.name)).toEqual(
			Array.from({ length: 23 }, (_, index) => `Drop test event ${index + 1}`),
		);
		expect(new Set(filters.map((filter) => filter.integrationId))).toEqual(new Set([PRODUCTION]));
		expect(sandbox().counters.requests).toBe(3);
	});

	it('creates, updates, gets and deletes a space filter', async () => {
		const [created] = await run({
			resource: 'spaceFilter',
			operation: 'create',
			spaceId: byId('spa_sandboxStaging0002'),
			name: 'Drop bots',
			if: "context.userAgent = 'bot'",
			additionalFields: { drop: true },
		});
		expect(created).toMatchObject({
			integrationId: 'spa_sandboxStaging0002',
			name: 'Drop bots',
			if: "context.userAgent = 'bot'",
			drop: true,
			enabled: true,
		});
		const filterId = String(created.id);

		await run({
			resource: 'spaceFilter',
			operation: 'update',
			filterId,
			spaceId: byId('spa_sandboxStaging0002'),
			updateFields: { enabled: false },
		});
		expect(
			await run({ resource: 'spaceFilter', operation: 'get', filterId, simplify: false }),
		).toEqual([expect.objectContaining({ id: filterId, enabled: false, name: 'Drop bots' })]);

		expect(await run({ resource: 'spaceFilter', operation: 'delete', filterId })).toEqual([
			{ deleted: true },
		]);
		await expect(run({ resource: 'spaceFilter', operation: 'get', filterId })).rejects.toThrow(
			'Filter not found',
		);
	});
});
