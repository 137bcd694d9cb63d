import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { regulations } from './fixtures';

describe('Deletion and Suppression > Get Many for Source', () => {
	it('lists the regulations of a source', async () => {
		apiWithoutBody()
			.get('/regulations/sources/src1')
			.query(exactQuery({ 'pagination[count]': '1' }))
			.reply(200, { data: { regulations } });

		const items = await runJson({
			resource: 'regulation',
			operation: 'getAllForSource',
			sourceId: { __rl: true, mode: 'id', value: 'src1' },
			limit: 1,
		});

		expect(items).toEqual([regulations[0]]);
	});
});
