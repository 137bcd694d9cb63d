import nock from 'nock';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody } from '../../../../harness/segment';

const V1ALPHA = 'application/vnd.segment.v1alpha+json';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const CODE = "analytics.register({ name: 'drop-pii', type: 'enrichment' });\n";

function livePlugin(version: number, code: string | null = CODE) {
	return {
		id: 'lp1',
		sourceId: 'src 1',
		createdAt: '2025-05-07T23:00:00Z',
		createdBy: 'user1',
		downloadURL: `https://cdn.segment.com/live-plugins/src1/lp1/v${version}.js`,
		version,
		code,
	};
}

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

describe('Source > Get Live Plugin', () => {
	it('GETs the latest Live Plugin with the v1alpha media type and no query', async () => {
		apiWithoutBody(undefined, V1ALPHA)
			.get('/sources/src1/live-plugins/latest')
			.query((query) => Object.keys(query).length === 0)
			.reply(200, { data: { livePlugin: livePlugin(3, null) } });

		const items = await runJson({
			resource: 'source',
			operation: 'getLivePlugin',
			sourceId: byId('src1'),
		});

		expect(items).toEqual([livePlugin(3, null)]);
	});

	it('returns one item per input item', async () => {
		apiWithoutBody(undefined, V1ALPHA)
			.get('/sources/a/live-plugins/latest')
			.reply(200, { data: { livePlugin: livePlugin(1) } })
			.get('/sources/b/live-plugins/latest')
			.reply(200, { data: { livePlugin: livePlugin(2) } });

		const items = await runJson(
			{
				resource: 'source',
				operation: 'getLivePlugin',
				sourceId: byId('={{ $json.id }}'),
			},
			{ items: [{ json: { id: 'a' } }, { json: { id: 'b' } }] },
		);

		expect(items).toEqual([livePlugin(1), livePlugin(2)]);
	});
});
