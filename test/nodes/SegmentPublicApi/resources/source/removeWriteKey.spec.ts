import nock from 'nock';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { V1ALPHA } from './fixtures';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Source > Remove Write Key', () => {
	it('DELETEs the write key, URL-encoded into the path, with the v1alpha media type', async () => {
		apiWithoutBody(undefined, V1ALPHA)
			.delete('/sources/src1/writekey/key%2Fwith%20slash')
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			resource: 'source',
			operation: 'removeWriteKey',
			sourceId: byId('src1'),
			writeKey: ' key/with slash ',
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});

	it('refuses an empty Write Key before sending, naming the field', async () => {
		await expect(
			runNode({
				resource: 'source',
				operation: 'removeWriteKey',
				sourceId: byId('src1'),
				writeKey: '',
			}),
		).rejects.toThrow('The field "Write Key" is empty');
		expect(nock.pendingMocks()).toEqual([]);
	});
});
