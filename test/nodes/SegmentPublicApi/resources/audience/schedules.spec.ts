import { runJson } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody } from '../../../../harness/segment';
import { space } from './fixtures';

const periodic = {
	id: 'sch1',
	strategy: 'PERIODIC',
	config: { interval: '4h' },
	nextExecution: '2026-01-01T04:00:00Z',
};
const specific = {
	id: 'sch2',
	strategy: 'SPECIFIC_DAYS',
	config: { days: [1, 5], hours: [6, 18], timezone: 'America/New_York' },
};
const target = { resource: 'audience', spaceId: space, audienceId: 'aud1' };

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
