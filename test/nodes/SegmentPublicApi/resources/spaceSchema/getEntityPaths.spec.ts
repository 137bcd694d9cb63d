import { runJson, US } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';
import { ALPHA, schema, SPACE } from './fixtures';

const entityPath = {
	id: 'ep_1',
	entityName: 'Accounts',
	pathName: 'Accounts',
	entitySlug: 'accounts',
	relationshipSlugs: [],
	childRelationshipSlugs: ['account-subscriptions'],
	parentRelationshipSlugPath: '',
};

describe('Engage: Space Schema > Get Entity Paths', () => {
	it('asks for Limit paths with the search', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${SPACE}/entity-paths`)
			.query({ 'pagination[count]': '1', search: 'acc' })
			.reply(200, page('entityPaths', [entityPath], 'MQ=='));

		const items = await runJson({
			...schema,
			operation: 'getEntityPaths',
			limit: 1,
			listOptions: { search: 'acc' },
		});

		expect(items).toEqual([entityPath]);
	});
});
