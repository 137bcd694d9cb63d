import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { V1ALPHA } from './fixtures';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Source > Delete Live Plugin Code', () => {
	it('DELETEs without a body with the v1alpha media type and returns the status', async () => {
		apiWithoutBody(undefined, V1ALPHA)
			.delete('/sources/src%2F1/live-plugins/delete-code')
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			resource: 'source',
			operation: 'deleteLivePluginCode',
			sourceId: byId('src/1'),
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});
});
