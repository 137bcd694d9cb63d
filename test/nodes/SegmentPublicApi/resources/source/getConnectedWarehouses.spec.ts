import { runJson } from '../../../../harness/node';
import { apiWithoutBody, page, warehouse } from '../../../../harness/segment';

describe('Source > Get Connected Warehouses', () => {
	it('returns connected warehouses up to the limit, unchanged with Simplify off', async () => {
		apiWithoutBody()
			.get('/sources/src1/connected-warehouses')
			.query({ 'pagination[count]': '1' })
			.reply(200, page('warehouses', [warehouse(1)], 'Mg=='));

		const items = await runJson({
			resource: 'source',
			operation: 'getConnectedWarehouses',
			sourceId: { __rl: true, mode: 'id', value: 'src1' },
			limit: 1,
			simplify: false,
		});

		expect(items).toEqual([warehouse(1)]);
	});
});
