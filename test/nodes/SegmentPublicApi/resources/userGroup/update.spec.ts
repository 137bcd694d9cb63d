import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { byId, group } from './fixtures';

describe('User Group > Update', () => {
	it('renames a group', async () => {
		apiWithBody()
			.patch('/groups/grp1', { name: 'Data' })
			.reply(200, { data: { userGroup: group(1, { name: 'Data' }) } });

		expect(
			await runJson({
				resource: 'userGroup',
				operation: 'update',
				userGroupId: byId('grp1'),
				name: 'Data',
			}),
		).toEqual([group(1, { name: 'Data' })]);
	});
});
