import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';

const labels = [
	{ key: 'environment', value: 'prod', description: 'Production' },
	{ key: 'environment', value: 'dev' },
	{ key: 'team', value: 'growth' },
];

describe('Label > Get Many', () => {
	it('asks for the whole list without pagination (Segment does not paginate labels) and returns one item per label', async () => {
		apiWithoutBody().get('/labels').query(exactQuery({})).reply(200, { data: { labels } });

		expect(await runJson({ resource: 'label', operation: 'getAll', returnAll: true })).toEqual(
			labels,
		);
	});

	it('keeps the first Limit labels', async () => {
		apiWithoutBody().get('/labels').query(exactQuery({})).reply(200, { data: { labels } });

		expect(await runJson({ resource: 'label', operation: 'getAll', limit: 2 })).toEqual(
			labels.slice(0, 2),
		);
	});
});
