import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const growth = { key: 'team', value: 'growth' };

describe('Source > Replace Labels', () => {
	it('PUTs the labels the source keeps', async () => {
		apiWithBody()
			.put('/sources/src1/labels', { labels: [growth] })
			.reply(200, { data: { labels: [growth] } });

		const items = await runJson({
			resource: 'source',
			operation: 'replaceLabels',
			sourceId: byId('src1'),
			labels: ['team:growth'],
		});

		expect(items).toEqual([{ labels: [growth] }]);
	});
});
