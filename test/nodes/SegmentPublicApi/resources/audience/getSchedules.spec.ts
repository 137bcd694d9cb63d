import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { periodic, specific, target } from './fixtures';

describe('Audience > Get Many Schedules', () => {
	const base = { ...target, operation: 'getSchedules' };

	it('returns each schedule as an item, up to Limit', async () => {
		apiWithoutBody()
			.get('/spaces/spa1/audiences/aud1/schedules')
			.reply(200, { data: { audienceSchedules: [periodic, specific] } });

		expect(await runJson({ ...base, limit: 1 })).toEqual([periodic]);
	});

	it('returns all of them on Return All', async () => {
		apiWithoutBody()
			.get('/spaces/spa1/audiences/aud%2F1/schedules')
			.reply(200, { data: { audienceSchedules: [periodic, specific] } });

		expect(await runJson({ ...base, audienceId: 'aud/1', returnAll: true })).toEqual([
			periodic,
			specific,
		]);
	});
});
