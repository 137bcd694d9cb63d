import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
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
