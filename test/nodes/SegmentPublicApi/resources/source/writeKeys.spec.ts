import nock from 'nock';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody, source } from '../../../../harness/segment';

const V1ALPHA = 'application/vnd.segment.v1alpha+json';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Source > Create Write Key', () => {
	it('POSTs without a body, with the v1alpha media type, and returns the source with its write keys', async () => {
		const updated = source(1, { writeKeys: ['old-key', 'new-key'] });
		apiWithoutBody(undefined, V1ALPHA)
			.post('/sources/src%201/writekey')
			.reply(200, { data: { source: updated } });

		const items = await runJson({
			resource: 'source',
			operation: 'createWriteKey',
			sourceId: byId('src 1'),
		});

		expect(items).toEqual([updated]);
	});
});

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
