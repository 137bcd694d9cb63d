import { runJson, US } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';
import { ALPHA, schema, SPACE } from './fixtures';

const entityProperty = { name: 'account_id', primaryKey: true, dataType: 'STRING' };

describe('Engage: Space Schema > Get Entity Properties', () => {
	it('GETs the properties of the entity, the slug URL-encoded', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${SPACE}/entities/my%20accounts/properties`)
			.query({ 'pagination[count]': '50', includeSampleValues: 'false' })
			.reply(200, page('entityProperties', [entityProperty]));

		const items = await runJson({
			...schema,
			operation: 'getEntityProperties',
			entitySlug: 'my accounts',
			listOptions: { includeSampleValues: false },
		});

		expect(items).toEqual([entityProperty]);
	});

	it('refuses an empty entity slug before sending', async () => {
		await expect(
			runJson({ ...schema, operation: 'getEntityProperties', entitySlug: '' }),
		).rejects.toThrow(/The field "(Entity Slug|entitySlug)" is empty/);
	});
});
