import { runJson, US } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { ALPHA, sampleValues, schema, SPACE } from './fixtures';

describe('Engage: Space Schema > Get Entity Property Samples', () => {
	it('GETs the sample values of the entity property as one item', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${SPACE}/entities/accounts/properties/account_id/sample-values`)
			.reply(200, { data: sampleValues });

		const items = await runJson({
			...schema,
			operation: 'getEntityPropertySamples',
			entitySlug: 'accounts',
			propertyName: 'account_id',
		});

		expect(items).toEqual([sampleValues]);
	});
});
