import type { INodeParameters } from 'n8n-workflow';
import { runJson } from '../../../../harness/node';
import { useSandbox } from '../../../../harness/sandbox';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const PRODUCTION = byId('spa_sandboxProduction01');
const STAGING = byId('spa_sandboxStaging0002');

describe('Engage: Profiles Sync (sandbox over real HTTP)', () => {
	const { credentials } = useSandbox();

	const run = (parameters: INodeParameters) =>
		runJson({ resource: 'profilesWarehouse', ...parameters }, { credentials: credentials() });

	it("lists the production space's seeded warehouse, simplified", async () => {
		const items = await run({ operation: 'getAll', spaceId: PRODUCTION, returnAll: true });

		expect(items).toEqual([
			{
				id: 'pwh_sandboxProfiles01',
				name: 'Profiles Snowflake',
				enabled: true,
				type: 'Snowflake',
				typeId: 'CCIl4HLQPz',
				spaceId: 'spa_sandboxProduction01',
				schemaName: 'production',
				workspaceId: expect.any(String),
			},
		]);
	});

	it('creates a warehouse in staging, turns a collection off and reads it back, then deletes it', async () => {
		const [created] = await run({
			operation: 'create',
			spaceId: STAGING,
			metadataId: '55d3d3aea3c',
			settings: '{"hostname": "pg.acme.example", "port": "5432", "password": "secret"}',
			additionalFields: { name: 'Staging Profiles' },
		});
		expect(created).toMatchObject({
			spaceId: 'spa_sandboxStaging0002',
			enabled: true,
			schemaName: 'staging',
			settings: { name: 'Staging Profiles', password: '••••••' },
		});
		const profilesWarehouseId = String(created.id);

		const [update] = await run({
			operation: 'updateSelectiveSync',
			spaceId: STAGING,
			profilesWarehouseId,
			overrides: { override: [{ collection: 'tracks', property: '', enabled: false }] },
		});
		expect(update).toEqual({ status: 'UPDATED' });

		const collections = await run({
			operation: 'getSelectiveSync',
			spaceId: STAGING,
			profilesWarehouseId,
			returnAll: true,
		});
		expect(
			collections.map((item) => [item.collection, item.enabled, item.enableEventTables]),
		).toEqual([
			['external_id_mapping_updates', true, true],
			['id_graph_updates', true, true],
			['profile_traits_updates', true, true],
			['identifies', true, true],
			['pages', true, true],
			['tracks', false, true],
		]);

		expect(await run({ operation: 'delete', spaceId: STAGING, profilesWarehouseId })).toEqual([
			{ status: 'SUCCESS' },
		]);
		expect(await run({ operation: 'getAll', spaceId: STAGING, returnAll: true })).toEqual([]);
	});
});
