import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';

describe('Function > Delete', () => {
	it("deletes the function and returns Segment's status", async () => {
		apiWithoutBody().delete('/functions/dfn_1').reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			resource: 'function',
			operation: 'delete',
			functionId: { __rl: true, mode: 'id', value: 'dfn_1' },
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});
});
