import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { audience, EMPTY_AUDIENCE_ID, simplified, space, V1ALPHA } from './fixtures';

describe('Audience > Get', () => {
	const base = { resource: 'audience', operation: 'get', spaceId: space, audienceId: 'aud1' };

	it('GETs the audience with the v1alpha media type and simplifies it', async () => {
		apiWithoutBody(undefined, V1ALPHA)
			.get('/spaces/spa1/audiences/aud1')
			.query(exactQuery({}))
			.reply(200, { data: { audience: audience(1) } });

		expect(await runJson(base)).toEqual([simplified(1)]);
	});

	it('asks for the schedules and returns the raw audience with Simplify off', async () => {
		const withSchedules = audience(1, { schedules: [] });
		apiWithoutBody(undefined, V1ALPHA)
			.get('/spaces/spa1/audiences/aud%2F1%20x')
			.query(exactQuery({ include: 'schedules' }))
			.reply(200, { data: { audience: withSchedules } });

		const items = await runJson({
			...base,
			audienceId: ' aud/1 x ',
			includeSchedules: true,
			simplify: false,
		});

		expect(items).toEqual([withSchedules]);
	});

	it('refuses an empty audience ID before sending', async () => {
		await expect(runJson({ ...base, audienceId: '' })).rejects.toThrow(EMPTY_AUDIENCE_ID);
	});
});
