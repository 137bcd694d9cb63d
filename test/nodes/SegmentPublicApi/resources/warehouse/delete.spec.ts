import nock from 'nock';
import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Warehouse > Delete', () => {
	it("deletes the warehouse and returns Segment's data as is", async () => {
		apiWithoutBody().delete('/warehouses/wh1').reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({ resource: 'warehouse', operation: 'delete', warehouseId: byId('wh1') });

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});

	it('URL-encodes the ID into the path', async () => {
		apiWithoutBody().delete('/warehouses/a%20b%2Fc').reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({ resource: 'warehouse', operation: 'delete', warehouseId: byId('a b/c') });

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});

	it('takes the warehouse ID out of a Segment app URL', async () => {
		apiWithoutBody().delete('/warehouses/wh7').reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			resource: 'warehouse',
			operation: 'delete',
			warehouseId: { __rl: true, mode: 'url', value: 'https://app.segment.com/acme/warehouses/wh7/overview' },
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});

	it('refuses an empty ID, naming the field, before sending any request', async () => {
		const trap = nock(US).intercept(() => true, 'DELETE').reply(200, {});

		await expect(
			runNode({ resource: 'warehouse', operation: 'delete', warehouseId: byId('') }),
		).rejects.toThrow('The field "Warehouse" is empty');

		expect(trap.isDone()).toBe(false);
		nock.cleanAll();
	});
});
