import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { byId } from './fixtures';

describe('User Group > Delete', () => {
	it('deletes a group', async () => {
		apiWithoutBody()
			.delete('/groups/grp1')
			.reply(200, { data: { status: 'SUCCESS' } });

		expect(
			await runJson({ resource: 'userGroup', operation: 'delete', userGroupId: byId('grp1') }),
		).toEqual([{ status: 'SUCCESS' }]);
	});
});
