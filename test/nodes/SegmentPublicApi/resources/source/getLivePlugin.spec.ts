import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { V1ALPHA, livePlugin } from './fixtures';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

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
