import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const times = (chosen: number[]) =>
	Array.from({ length: 24 }, (_, hour) => ({ hourOfDay: hour, enabled: chosen.includes(hour) }));

describe('Warehouse > Get Advanced Sync Schedule', () => {
	it('returns the schedule as Segment sends it', async () => {
		const schedule = { enabled: true, schedule: { times: times([2, 14]), timezone: 'UTC' } };
		apiWithoutBody().get('/warehouses/wh1/advanced-sync-schedule').reply(200, { data: schedule });

		const items = await runJson({
			resource: 'warehouse',
			operation: 'getAdvancedSyncSchedule',
			warehouseId: byId('wh1'),
		});

		expect(items).toEqual([schedule]);
	});

	it('URL-encodes the warehouse ID and returns a schedule that is off', async () => {
		apiWithoutBody()
			.get('/warehouses/w%20h/advanced-sync-schedule')
			.reply(200, { data: { enabled: false } });

		const items = await runJson({
			resource: 'warehouse',
			operation: 'getAdvancedSyncSchedule',
			warehouseId: byId('w h'),
		});

		expect(items).toEqual([{ enabled: false }]);
	});
});
