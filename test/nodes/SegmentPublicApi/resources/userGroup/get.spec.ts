import { listSearch, runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';
import { byId, group } from './fixtures';

describe('User Group > Get', () => {
	it('gets one group, the ID URL-encoded', async () => {
		apiWithoutBody()
			.get('/groups/grp%201')
			.reply(200, { data: { userGroup: group(1) } });

		expect(
			await runJson({ resource: 'userGroup', operation: 'get', userGroupId: byId('grp 1') }),
		).toEqual([group(1)]);
	});

	it('offers the groups in the From List mode, searchable by name', async () => {
		apiWithoutBody()
			.get('/groups')
			.query(exactQuery({ 'pagination[count]': '1000' }))
			.reply(
				200,
				page('userGroups', [group(1, { name: 'Analysts' }), group(2, { name: 'Engineers' })]),
			);

		const result = await listSearch('searchUserGroups', 'anal');
		expect(result.results).toEqual([{ name: 'Analysts', value: 'grp1' }]);
	});
});
