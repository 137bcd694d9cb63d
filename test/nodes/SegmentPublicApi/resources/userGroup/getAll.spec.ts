import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';
import { group } from './fixtures';

describe('User Group > Get Many', () => {
	it('lists the groups with a Limit', async () => {
		apiWithoutBody()
			.get('/groups')
			.query(exactQuery({ 'pagination[count]': '2' }))
			.reply(200, page('userGroups', [group(1), group(2)], 'Mg=='));

		expect(await runJson({ resource: 'userGroup', operation: 'getAll', limit: 2 })).toEqual([
			group(1),
			group(2),
		]);
	});
});
