import nock from 'nock';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody, exactQuery } from '../../../../harness/segment';

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

describe('Label > Create', () => {
	it('sends the key, value and description under "label" and returns the label', async () => {
		apiWithBody()
			.post('/labels', {
				label: { key: 'environment', value: 'staging', description: 'Pre-production' },
			})
			.reply(201, {
				data: { label: { key: 'environment', value: 'staging', description: 'Pre-production' } },
			});

		const items = await runJson({
			resource: 'label',
			operation: 'create',
			labelKey: 'environment',
			labelValue: 'staging',
			additionalFields: { description: 'Pre-production' },
		});

		expect(items).toEqual([
			{ key: 'environment', value: 'staging', description: 'Pre-production' },
		]);
	});
});

describe('Label > Delete', () => {
	it('puts the key and the value, URL-encoded, into the path', async () => {
		apiWithoutBody()
			.delete('/labels/cost%20center/eu%2Fwest')
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			resource: 'label',
			operation: 'delete',
			labelKey: ' cost center ',
			labelValue: 'eu/west',
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});

	it.each([
		['Key', { labelKey: '', labelValue: 'prod' }],
		['Value', { labelKey: 'environment', labelValue: '  ' }],
	])('refuses an empty %s before sending, naming the field', async (field, values) => {
		await expect(runNode({ resource: 'label', operation: 'delete', ...values })).rejects.toThrow(
			`The field "${field}" is empty`,
		);
		expect(nock.pendingMocks()).toEqual([]);
	});
});
