import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { byId } from './fixtures';

describe('Destination Filter > Delete', () => {
	it('deletes the filter and returns the status', async () => {
		apiWithoutBody()
			.delete('/destination/dst1/filters/flt%231')
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			resource: 'destinationFilter',
			operation: 'delete',
			destinationId: byId('dst1'),
			filterId: 'flt#1',
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});
});
