import nock from 'nock';
import { loadOptions, runJson, runNode } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody, exactQuery } from '../../../../harness/segment';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const prod = { key: 'environment', value: 'prod' };
const growth = { key: 'team', value: 'growth' };

describe('Source > Add Labels', () => {
	it('POSTs the picked labels as {key, value} pairs to the source and returns its labels', async () => {
		apiWithBody()
			.post('/sources/src%201/labels', { labels: [prod, growth] })
			.reply(200, { data: { labels: [prod, growth] } });

		const items = await runJson({
			resource: 'source',
			operation: 'addLabels',
			sourceId: byId('src 1'),
			labels: ['environment:prod', 'team:growth'],
		});

		expect(items).toEqual([{ labels: [prod, growth] }]);
	});

	it('takes key:value pairs separated by commas from an expression, splitting at the first colon', async () => {
		apiWithBody()
			.post('/sources/src1/labels', {
				labels: [prod, { key: 'url', value: 'https://example.com' }],
			})
			.reply(200, { data: { labels: [prod] } });

		await runJson({
			resource: 'source',
			operation: 'addLabels',
			sourceId: byId('src1'),
			labels: ' environment:prod , url:https://example.com',
		});
	});

	it.each([
		['empty', [], 'The field "Labels" is empty'],
		[
			'not key:value',
			['environment'],
			'The field "Labels" has an entry that is not key:value: "environment"',
		],
		[
			'without a value',
			['environment: '],
			'The field "Labels" has an entry that is not key:value: "environment:"',
		],
	])('refuses labels that are %s before sending, naming the field', async (_, labels, message) => {
		await expect(
			runNode({ resource: 'source', operation: 'addLabels', sourceId: byId('src1'), labels }),
		).rejects.toThrow(message);
		expect(nock.pendingMocks()).toEqual([]);
	});
});

describe('loadOptions getLabels', () => {
	it('lists the labels of the workspace as key:value, sorted, with one request and no pagination', async () => {
		apiWithoutBody()
			.get('/labels')
			.query(exactQuery({}))
			.reply(200, { data: { labels: [growth, { ...prod, description: 'Production' }] } });

		expect(await loadOptions('getLabels')).toEqual([
			{ name: 'environment:prod', value: 'environment:prod', description: 'Production' },
			{ name: 'team:growth', value: 'team:growth' },
		]);
	});
});
