import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { periodic, target } from './fixtures';

describe('Audience > Get Schedule', () => {
	const base = { ...target, operation: 'getSchedule', scheduleId: 'sch1' };

	it('GETs the schedule, IDs URL-encoded', async () => {
		apiWithoutBody()
			.get('/spaces/spa1/audiences/aud1/schedules/sch%201')
			.reply(200, { data: { audienceSchedule: periodic } });

		expect(await runJson({ ...base, scheduleId: 'sch 1' })).toEqual([periodic]);
	});

	it('refuses an empty schedule ID before sending', async () => {
		await expect(runJson({ ...base, scheduleId: '' })).rejects.toThrow(
			/The field "(scheduleId|Schedule ID)" is empty/,
		);
	});
});
