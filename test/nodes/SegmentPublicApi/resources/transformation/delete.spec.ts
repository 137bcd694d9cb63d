import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';

describe('Transformation > Delete', () => {
	it("deletes the transformation and returns Segment's status", async () => {
		apiWithoutBody().delete('/transformations/tfm1').reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			resource: 'transformation',
			operation: 'delete',
			transformationId: { __rl: true, mode: 'id', value: 'tfm1' },
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});
});
