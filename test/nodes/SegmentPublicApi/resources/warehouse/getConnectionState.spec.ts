import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';

describe('Warehouse > Get Connection State', () => {
	it.each(['CONNECTED', 'FAILED'])(
		'returns the state Segment reports (%s)',
		async (connectionState) => {
			apiWithoutBody()
				.get('/warehouses/wh1/connection-state')
				.reply(200, { data: { connectionState } });

			const items = await runJson({
				resource: 'warehouse',
				operation: 'getConnectionState',
				warehouseId: { __rl: true, mode: 'id', value: 'wh1' },
			});

			expect(items).toEqual([{ connectionState }]);
		},
	);
});
