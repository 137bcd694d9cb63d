import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { specific, target } from './fixtures';

describe('Audience > Update Schedule', () => {
	const base = { ...target, operation: 'updateSchedule', scheduleId: 'sch2' };

	it('PATCHes the strategy and its configuration', async () => {
		apiWithBody()
			.patch('/spaces/spa1/audiences/aud1/schedules/sch2', {
				strategy: 'SPECIFIC_DAYS',
				config: { days: [0], hours: [0, 23], timezone: 'UTC' },
			})
			.reply(200, { data: { audienceSchedule: specific } });

		const items = await runJson({
			...base,
			strategy: 'SPECIFIC_DAYS',
			days: [0],
			hours: [23, 0],
			timezone: 'UTC',
		});

		expect(items).toEqual([specific]);
	});

	it('refuses an empty schedule ID before sending', async () => {
		await expect(
			runJson({ ...base, scheduleId: ' ', strategy: 'PERIODIC', interval: '1d' }),
		).rejects.toThrow(/The field "(scheduleId|Schedule ID)" is empty/);
	});
});
