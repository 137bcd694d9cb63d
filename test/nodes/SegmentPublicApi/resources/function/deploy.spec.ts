import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';

describe('Function > Deploy', () => {
	it('POSTs to the deploy endpoint without a body and returns the deployment', async () => {
		apiWithoutBody().post('/functions/dfn_1/deploy').reply(200, { data: { functionDeployment: { status: 'PENDING' } } });

		const items = await runJson({
			resource: 'function',
			operation: 'deploy',
			functionId: { __rl: true, mode: 'list', value: 'dfn_1', cachedResultName: 'Enricher (DESTINATION)' },
		});

		expect(items).toEqual([{ status: 'PENDING' }]);
	});
});
