import { runJson, US } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';
import { ALPHA, profilesWarehouse, SNOWFLAKE, space } from './fixtures';

const simplified = (n: number) => ({
	id: `pwh${n}`,
	name: `Profiles ${n}`,
	enabled: true,
	type: 'Snowflake',
	typeId: SNOWFLAKE,
	spaceId: 'spa1',
	schemaName: `profiles_${n}`,
	workspaceId: 'ws1',
});

describe('Engage: Profiles Sync > Get Many', () => {
	it('asks for Limit warehouses and simplifies them', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/spaces/spa1/profiles-warehouses')
			.query({ 'pagination[count]': '2' })
			.reply(200, page('profilesWarehouses', [profilesWarehouse(1), profilesWarehouse(2)], 'Mg=='));

		const items = await runJson({
			resource: 'profilesWarehouse',
			operation: 'getAll',
			spaceId: space('spa1'),
			limit: 2,
		});

		expect(items).toEqual([simplified(1), simplified(2)]);
	});

	it('follows the cursor on Return All and returns the raw records with Simplify off', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/spaces/spa1/profiles-warehouses')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('profilesWarehouses', [profilesWarehouse(1)], 'MQ=='))
			.get('/spaces/spa1/profiles-warehouses')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'MQ==' })
			.reply(200, page('profilesWarehouses', [profilesWarehouse(2)], null, 'MQ=='));

		const items = await runJson({
			resource: 'profilesWarehouse',
			operation: 'getAll',
			spaceId: space('spa1'),
			returnAll: true,
			simplify: false,
		});

		expect(items).toEqual([profilesWarehouse(1), profilesWarehouse(2)]);
	});

	it('stops when the answer has no pagination', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/spaces/spa1/profiles-warehouses')
			.query({ 'pagination[count]': '1000' })
			.reply(200, { data: { profilesWarehouses: [profilesWarehouse(3)] } });

		const items = await runJson({
			resource: 'profilesWarehouse',
			operation: 'getAll',
			spaceId: space('spa1'),
			returnAll: true,
		});

		expect(items).toEqual([simplified(3)]);
	});
});
