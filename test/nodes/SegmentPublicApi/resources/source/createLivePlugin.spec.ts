import nock from 'nock';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { V1ALPHA, CODE, livePlugin } from './fixtures';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Source > Create or Update Live Plugin', () => {
	it('POSTs the code unchanged with the v1alpha media type, the source ID URL-encoded', async () => {
		apiWithBody(undefined, V1ALPHA)
			.post('/sources/src%201/live-plugins/create', { code: CODE })
			.reply(200, { data: { livePlugin: livePlugin(2) } });

		const items = await runJson({
			resource: 'source',
			operation: 'createLivePlugin',
			sourceId: byId(' src 1 '),
			code: CODE,
		});

		expect(items).toEqual([livePlugin(2)]);
	});

	it.each([
		['empty', ''],
		['only whitespace', '  \n\t '],
	])('refuses %s code before sending, naming the field', async (_, code) => {
		await expect(
			runNode({
				resource: 'source',
				operation: 'createLivePlugin',
				sourceId: byId('src1'),
				code,
			}),
		).rejects.toThrow('The field "Code" is empty');
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('refuses an empty Source before sending, naming the field', async () => {
		await expect(
			runNode({
				resource: 'source',
				operation: 'createLivePlugin',
				sourceId: byId(''),
				code: CODE,
			}),
		).rejects.toThrow('The field "Source" is empty');
	});

	it("fails with Segment's message when the workspace lacks Live Plugins", async () => {
		apiWithBody(undefined, V1ALPHA)
			.post('/sources/src1/live-plugins/create', { code: CODE })
			.reply(422, {
				errors: [{ type: 'validation', message: 'Live Plugins is not enabled for this workspace' }],
			});

		await expect(
			runNode({
				resource: 'source',
				operation: 'createLivePlugin',
				sourceId: byId('src1'),
				code: CODE,
			}),
		).rejects.toThrow('Live Plugins is not enabled for this workspace');
	});
});
