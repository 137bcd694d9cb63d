import { runJson } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody } from '../../../../harness/segment';
import { space } from './fixtures';

describe('Audience > Create Preview', () => {
	const base = {
		resource: 'audience',
		operation: 'createPreview',
		spaceId: space,
		audienceType: 'ACCOUNTS',
		query: "trait('plan') = 'enterprise'",
	};

	it('POSTs the type and definition and returns the preview ID', async () => {
		apiWithBody()
			.post('/spaces/spa1/audiences/previews', {
				audienceType: 'ACCOUNTS',
				definition: { query: "trait('plan') = 'enterprise'" },
			})
			.reply(200, { data: { audiencePreview: { id: 'prv1' } } });

		expect(await runJson(base)).toEqual([{ id: 'prv1' }]);
	});

	it('adds the preview options and the target entity', async () => {
		apiWithBody()
			.post('/spaces/spa1/audiences/previews', {
				audienceType: 'LINKED',
				definition: { query: "trait('plan') = 'enterprise'", targetEntity: 'profile' },
				options: { filterByExternalIds: ['user_id', 'email'], backfillEventDataDays: 3 },
			})
			.reply(200, { data: { audiencePreview: { id: 'prv2' } } });

		const items = await runJson({
			...base,
			audienceType: 'LINKED',
			additionalFields: {
				targetEntity: 'profile',
				filterByExternalIds: 'user_id\nemail',
				backfillEventDataDays: 3,
			},
		});

		expect(items).toEqual([{ id: 'prv2' }]);
	});

	it('refuses an empty definition before sending', async () => {
		await expect(runJson({ ...base, query: '   ' })).rejects.toThrow(
			'The field "Definition (Query)" is empty',
		);
	});
});

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
