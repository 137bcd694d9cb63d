import nock from 'nock';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { byId, group } from './fixtures';

describe('User Group > Add Users', () => {
	it('adds people by email, trimmed, and returns the group', async () => {
		apiWithBody()
			.post('/groups/grp1/users', { emails: ['ada@example.com', 'grace@example.com'] })
			.reply(200, { data: { userGroup: group(1, { memberCount: 3 }) } });

		const items = await runJson({
			resource: 'userGroup',
			operation: 'addUsers',
			userGroupId: byId('grp1'),
			emails: ' ada@example.com,\ngrace@example.com ',
		});

		expect(items).toEqual([group(1, { memberCount: 3 })]);
	});

	it('refuses an empty Emails field before sending', async () => {
		await expect(
			runNode({
				resource: 'userGroup',
				operation: 'addUsers',
				userGroupId: byId('grp1'),
				emails: ' , ',
			}),
		).rejects.toThrow('The field "Emails" is empty');
		expect(nock.pendingMocks()).toEqual([]);
	});
});
