import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';

describe('Source > Delete', () => {
	it('deletes the source and returns Segment\'s status', async () => {
		apiWithoutBody().delete('/sources/src1').reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			resource: 'source',
			operation: 'delete',
			sourceId: { __rl: true, mode: 'id', value: 'src1' },
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});
});
