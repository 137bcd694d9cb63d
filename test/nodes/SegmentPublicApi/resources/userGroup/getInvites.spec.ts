import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { byId } from './fixtures';

describe('User Group > Get Invites', () => {
	it('turns each pending invite email into an item', async () => {
		apiWithoutBody()
			.get('/groups/grp1/invites')
			.query(exactQuery({ 'pagination[count]': '50' }))
			.reply(200, {
				data: {
					emails: ['ada@example.com', 'grace@example.com'],
					pagination: { current: 'MA==', next: null, previous: null },
				},
			});

		expect(
			await runJson({ resource: 'userGroup', operation: 'getInvites', userGroupId: byId('grp1') }),
		).toEqual([{ email: 'ada@example.com' }, { email: 'grace@example.com' }]);
	});
});
