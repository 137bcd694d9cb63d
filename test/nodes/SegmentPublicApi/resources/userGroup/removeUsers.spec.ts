import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { byId } from './fixtures';

describe('User Group > Remove Users', () => {
	it('removes people by email, sent as the emails query array', async () => {
		apiWithoutBody()
			.delete('/group/grp1/users')
			.query(exactQuery({ 'emails[0]': 'ada@example.com', 'emails[1]': 'grace@example.com' }))
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			resource: 'userGroup',
			operation: 'removeUsers',
			userGroupId: byId('grp1'),
			emails: 'ada@example.com, grace@example.com',
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});
});
