import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { periodic, specific, target } from './fixtures';

describe('Audience > Create Schedule', () => {
	const base = { ...target, operation: 'createSchedule' };

	it('POSTs a periodic schedule', async () => {
		apiWithBody()
			.post('/spaces/spa1/audiences/aud1/schedules', {
				strategy: 'PERIODIC',
				config: { interval: '4h' },
			})
			.reply(200, { data: { audienceSchedule: periodic } });

		expect(await runJson({ ...base, strategy: 'PERIODIC', interval: '4h' })).toEqual([periodic]);
	});

	it('POSTs a schedule on specific days, days and hours sorted and unique', async () => {
		apiWithBody()
			.post('/spaces/spa1/audiences/aud1/schedules', {
				strategy: 'SPECIFIC_DAYS',
				config: { days: [1, 5], hours: [6, 18], timezone: 'America/New_York' },
			})
			.reply(200, { data: { audienceSchedule: specific } });

		const items = await runJson({
			...base,
			strategy: 'SPECIFIC_DAYS',
			days: [5, 1, 5],
			hours: [18, 6],
			timezone: ' America/New_York ',
		});

		expect(items).toEqual([specific]);
	});

	it.each([
		[
			{ strategy: 'PERIODIC', interval: '3h' },
			'The field "Interval" is not one Segment accepts: "3h"',
		],
		[
			{ strategy: 'SPECIFIC_DAYS', days: [], hours: [1], timezone: 'UTC' },
			'The field "Days" is empty',
		],
		[
			{ strategy: 'SPECIFIC_DAYS', days: [1], hours: [], timezone: 'UTC' },
			'The field "Hours" is empty',
		],
		[
			{ strategy: 'SPECIFIC_DAYS', days: [1], hours: [24], timezone: 'UTC' },
			'The field "Hours" holds a value outside 0 to 23',
		],
		[
			{ strategy: 'SPECIFIC_DAYS', days: [1], hours: [1], timezone: 'Mars/Olympus' },
			'The field "Timezone" is not a known time zone: "Mars/Olympus"',
		],
		[
			{ strategy: 'SPECIFIC_DAYS', days: [1], hours: [1], timezone: '' },
			'The field "Timezone" is empty',
		],
	])('refuses %j before sending', async (change, message) => {
		await expect(runJson({ ...base, ...change })).rejects.toThrow(message);
	});
});
