import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { group } from './fixtures';

describe('User Group > Create', () => {
	it('creates a group with its name', async () => {
		apiWithBody()
			.post('/groups', { name: 'Analysts' })
			.reply(200, { data: { userGroup: group(1, { name: 'Analysts' }) } });

		expect(await runJson({ resource: 'userGroup', operation: 'create', name: 'Analysts' })).toEqual(
			[group(1, { name: 'Analysts' })],
		);
	});
});
