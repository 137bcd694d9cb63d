import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { space } from './fixtures';

describe('Audience > Run Now', () => {
	const base = { resource: 'audience', operation: 'run', spaceId: space, audienceId: 'aud1' };

	it('POSTs to /runs without a body and returns the run', async () => {
		apiWithoutBody()
			.post('/spaces/spa1/audiences/aud1/runs', (body) => body === '' || body === undefined)
			.reply(200, { data: { run: { id: 'run1' } } });

		expect(await runJson(base)).toEqual([{ id: 'run1' }]);
	});

	it('refuses an empty audience ID before sending', async () => {
		await expect(runJson({ ...base, audienceId: '' })).rejects.toThrow(
			/The field "Audience" is empty/,
		);
	});
});
