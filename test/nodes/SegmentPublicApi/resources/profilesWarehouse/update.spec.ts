import { runJson, US } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { ALPHA, profilesWarehouse, refusesBeforeSending, space } from './fixtures';

describe('Engage: Profiles Sync > Update', () => {
	it('sends the settings and the update fields to the encoded path', async () => {
		apiWithBody(US, ALPHA)
			.patch('/spaces/spa1/profiles-warehouses/pwh%201', {
				settings: { account: 'acme2' },
				enabled: true,
				name: 'Renamed',
				schemaName: 'profiles_new',
			})
			.reply(200, {
				data: { profilesWarehouse: profilesWarehouse(1, { schemaName: 'profiles_new' }) },
			});

		const items = await runJson({
			resource: 'profilesWarehouse',
			operation: 'update',
			spaceId: space('spa1'),
			profilesWarehouseId: 'pwh 1',
			settings: '{"account": "acme2"}',
			updateFields: { enabled: true, name: 'Renamed', schemaName: 'profiles_new' },
		});

		expect(items).toEqual([profilesWarehouse(1, { schemaName: 'profiles_new' })]);
	});

	it('always sends settings, as {} by default', async () => {
		apiWithBody(US, ALPHA)
			.patch('/spaces/spa1/profiles-warehouses/pwh1', { settings: {}, enabled: false })
			.reply(200, { data: { profilesWarehouse: profilesWarehouse(1, { enabled: false }) } });

		const items = await runJson({
			resource: 'profilesWarehouse',
			operation: 'update',
			spaceId: space('spa1'),
			profilesWarehouseId: 'pwh1',
			updateFields: { enabled: false },
		});

		expect(items).toEqual([profilesWarehouse(1, { enabled: false })]);
	});

	it('refuses an empty warehouse ID before sending', async () => {
		await refusesBeforeSending(
			'PATCH',
			{ operation: 'update', spaceId: space('spa1'), profilesWarehouseId: ' ', settings: '{}' },
			/The field "Profiles Warehouse" is empty/,
		);
	});
});
