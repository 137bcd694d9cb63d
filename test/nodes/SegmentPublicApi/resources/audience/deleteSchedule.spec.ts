import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { target } from './fixtures';

describe('Audience > Delete Schedule', () => {
	const base = { ...target, operation: 'deleteSchedule', scheduleId: 'sch1' };

	it('DELETEs the schedule and returns the status', async () => {
		apiWithoutBody()
			.delete('/spaces/spa1/audiences/aud1/schedules/sch1')
			.reply(200, { data: { status: 'SUCCESS' } });

		expect(await runJson(base)).toEqual([{ status: 'SUCCESS' }]);
	});

	it('refuses an empty audience ID before sending', async () => {
		await expect(runJson({ ...base, audienceId: '' })).rejects.toThrow(
			/The field "Audience" is empty/,
		);
	});
});
