import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { BETA, US } from './fixtures';

describe('Space Filter > Delete', () => {
	it('DELETEs the filter and returns what Segment says', async () => {
		apiWithoutBody(US, BETA)
			.delete('/filters/flt%201')
			.reply(200, { data: { deleted: true } });

		const items = await runJson({
			resource: 'spaceFilter',
			operation: 'delete',
			filterId: 'flt 1',
		});

		expect(items).toEqual([{ deleted: true }]);
	});
});
