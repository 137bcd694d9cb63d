import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { space } from './fixtures';

describe('Audience > Get Preview', () => {
	const base = { resource: 'audience', operation: 'getPreview', spaceId: space, previewId: 'prv1' };
	const preview = {
		id: 'prv1',
		audienceType: 'USERS',
		definition: { query: 'x' },
		options: {},
		status: 'COMPLETED',
		results: [{ id: 'use_1' }],
		size: { type: 'USERS', count: 1 },
	};

	it('GETs the preview, the ID URL-encoded', async () => {
		apiWithoutBody()
			.get('/spaces/spa1/audiences/previews/prv%231')
			.reply(200, { data: { audiencePreview: preview } });

		expect(await runJson({ ...base, previewId: 'prv#1' })).toEqual([preview]);
	});

	it('refuses an empty preview ID before sending', async () => {
		await expect(runJson({ ...base, previewId: '' })).rejects.toThrow(
			/The field "(previewId|Preview ID)" is empty/,
		);
	});
});
