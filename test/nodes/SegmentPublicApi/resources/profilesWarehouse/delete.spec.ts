import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { ALPHA, refusesBeforeSending, space } from './fixtures';

describe('Engage: Profiles Sync > Delete', () => {
	it('deletes with the v1alpha media type and no body, and returns the status', async () => {
		apiWithoutBody(US, ALPHA)
			.delete('/spaces/spa%3F1/profiles-warehouses/pwh%2F1')
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			resource: 'profilesWarehouse',
			operation: 'delete',
			spaceId: space('spa?1'),
			profilesWarehouseId: 'pwh/1',
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});

	it('refuses an empty warehouse ID before sending', async () => {
		await refusesBeforeSending(
			'DELETE',
			{ operation: 'delete', spaceId: space('spa1'), profilesWarehouseId: '' },
			/The field "Profiles Warehouse" is empty/,
		);
	});

	it("rejects with Segment's message for an unknown warehouse", async () => {
		apiWithoutBody(US, ALPHA)
			.delete('/spaces/spa1/profiles-warehouses/nope')
			.reply(404, { errors: [{ type: 'NotFound', message: 'Profiles Warehouse not found' }] });

		await expect(
			runNode({
				resource: 'profilesWarehouse',
				operation: 'delete',
				spaceId: space('spa1'),
				profilesWarehouseId: 'nope',
			}),
		).rejects.toThrow('Profiles Warehouse not found');
	});
});
