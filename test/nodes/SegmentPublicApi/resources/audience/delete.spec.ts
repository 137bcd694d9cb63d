import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { EMPTY_AUDIENCE_ID, space } from './fixtures';

describe('Audience > Delete', () => {
	const base = { resource: 'audience', operation: 'delete', spaceId: space, audienceId: 'aud1' };

	it('DELETEs the audience and returns the status', async () => {
		apiWithoutBody()
			.delete('/spaces/spa1/audiences/aud%2F1')
			.reply(200, { data: { status: 'SUCCESS' } });

		expect(await runJson({ ...base, audienceId: 'aud/1' })).toEqual([{ status: 'SUCCESS' }]);
	});

	it('refuses an empty audience ID before sending', async () => {
		await expect(runJson({ ...base, audienceId: '' })).rejects.toThrow(EMPTY_AUDIENCE_ID);
	});
});
