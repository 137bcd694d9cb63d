import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';
import { regulations } from './fixtures';

describe('Deletion and Suppression > Get Many', () => {
	it('lists the workspace regulations with the status and type filters in the query', async () => {
		apiWithoutBody()
			.get('/regulations')
			.query(
				exactQuery({
					'pagination[count]': '1000',
					status: 'FINISHED',
					'regulationTypes[0]': 'SUPPRESS_ONLY',
					'regulationTypes[1]': 'DELETE_ONLY',
				}),
			)
			.reply(200, page('regulations', regulations));

		const items = await runJson({
			resource: 'regulation',
			operation: 'getAll',
			returnAll: true,
			filters: { status: 'FINISHED', regulationTypes: ['SUPPRESS_ONLY', 'DELETE_ONLY'] },
		});

		expect(items).toEqual(regulations);
	});
});
