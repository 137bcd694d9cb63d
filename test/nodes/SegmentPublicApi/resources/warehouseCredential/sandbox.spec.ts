import { runJson, runNode } from '../../../../harness/node';
import { useSandbox } from '../../../../harness/sandbox';
import { everythingIn } from './helpers';

// eslint-disable-next-line @n8n/community-nodes/no-hardcoded-secrets -- a fake secret the test searches for
const PASSWORD = 'sandbox-node-secret-2f9c';

describe('workspace extras through the node (sandbox over real HTTP)', () => {
	const { sandbox, credentials } = useSandbox();

	it('creates a warehouse credential whose secret never comes back, and lists it', async () => {
		const created = await runJson(
			{
				resource: 'warehouseCredential',
				operation: 'create',
				name: 'Snowflake from n8n',
				credentialType: 'Snowflake',
				settings: '{"account": "acme-n8n", "warehouse": "WH", "database": "DB", "username": "N8N"}',
				secretSettings: { secret: [{ key: 'password', value: PASSWORD }] },
			},
			{ credentials: credentials() },
		);

		expect(created).toEqual([
			expect.objectContaining({
				name: 'Snowflake from n8n',
				settings: {
					type: 'Snowflake',
					account: 'acme-n8n',
					warehouse: 'WH',
					database: 'DB',
					username: 'N8N',
					password: '••••••',
				},
			}),
		]);
		expect(JSON.stringify(created)).not.toContain(PASSWORD);

		const listed = await runJson(
			{ resource: 'warehouseCredential', operation: 'getAll', returnAll: true },
			{ credentials: credentials() },
		);
		expect(listed.map((item) => [item.name, item.type])).toEqual([
			['Snowflake production', 'Snowflake'],
			['Redshift analytics', 'Redshift'],
			['Snowflake from n8n', 'Snowflake'],
		]);
	});

	it("gives Segment's validation errors without the secret sent", async () => {
		let caught: unknown;
		try {
			await runNode(
				{
					resource: 'warehouseCredential',
					operation: 'create',
					name: 'Incomplete',
					credentialType: 'Snowflake',
					settings: '{"account": "acme-n8n"}',
					secretSettings: { secret: [{ key: 'password', value: PASSWORD }] },
				},
				{ credentials: credentials() },
			);
		} catch (error) {
			caught = error;
		}
		expect((caught as Error).message).toBe(
			'"settings.warehouse" is required (field: settings.warehouse)',
		);
		expect(everythingIn(caught)).not.toContain(PASSWORD);
	});

	it('lists the consumers of the seeded credential, one page per list at a time', async () => {
		const [seeded] = await runJson(
			{ resource: 'warehouseCredential', operation: 'getAll', limit: 1 },
			{ credentials: credentials() },
		);
		const consumers = await runJson(
			{
				resource: 'warehouseCredential',
				operation: 'getConsumers',
				credentialId: String(seeded.id),
				returnAll: true,
			},
			{ credentials: credentials() },
		);
		expect(consumers.map((item) => [item.consumerType, item.type])).toEqual([
			['warehouse', 'Snowflake'],
			['source', 'Javascript'],
		]);
	});

	it('uploads a Live Plugin, then gets it as the latest version', async () => {
		const sourceId = {
			__rl: true,
			mode: 'id',
			value: [...(sandbox().state.sources as Map<string, unknown>).keys()][1],
		};
		for (const code of ['first()', 'second()']) {
			await runJson(
				{ resource: 'source', operation: 'createLivePlugin', sourceId, code },
				{ credentials: credentials() },
			);
		}
		const [latest] = await runJson(
			{ resource: 'source', operation: 'getLivePlugin', sourceId },
			{ credentials: credentials() },
		);
		expect(latest).toMatchObject({ sourceId: sourceId.value, version: 2, code: 'second()' });
	});

	it('creates a Customer Insights download and tests the connection', async () => {
		const hour = new Date(Date.now() - 3 * 3_600_000).toISOString();
		const urls = await runJson(
			{
				resource: 'customerInsights',
				operation: 'createDownload',
				collectionId: 'col_sandboxDeliveryLogs01',
				hour,
				splitUrls: true,
			},
			{ credentials: credentials() },
		);
		expect(urls).toHaveLength(2);
		expect(urls.every((item) => String(item.url).startsWith('http://127.0.0.1/'))).toBe(true);
		expect(urls[0].hour).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00Z$/);

		const echoed = await runJson(
			{ resource: 'workspace', operation: 'testConnection', message: 'ping' },
			{ credentials: credentials() },
		);
		expect(echoed).toEqual([expect.objectContaining({ method: 'get', message: 'ping' })]);
		expect(JSON.stringify(echoed)).not.toContain(sandbox().token);
	});
});
