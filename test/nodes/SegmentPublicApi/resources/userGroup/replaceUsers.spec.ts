import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { byId, group } from './fixtures';

describe('User Group > Replace Users', () => {
	it('replaces the members with the given emails (PUT on /group/, singular, as Segment names it)', async () => {
		apiWithBody()
			.put('/group/grp1/users', { emails: ['ada@example.com'] })
			.reply(200, { data: { userGroup: group(1) } });

		expect(
			await runJson({
				resource: 'userGroup',
				operation: 'replaceUsers',
				userGroupId: byId('grp1'),
				emails: 'ada@example.com',
			}),
		).toEqual([group(1)]);
	});
});
