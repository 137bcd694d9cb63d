import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';

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
