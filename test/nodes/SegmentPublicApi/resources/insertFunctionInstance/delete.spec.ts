import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { ALPHA } from './fixtures';

describe('Insert Function Instance > Delete', () => {
	it('deletes the instance with the v1alpha media type and returns the status', async () => {
		apiWithoutBody(undefined, ALPHA)
			.delete('/insert-function-instances/ifi%201')
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			resource: 'insertFunctionInstance',
			operation: 'delete',
			instanceId: 'ifi 1',
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});
});
