import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const times = (chosen: number[]) =>
	Array.from({ length: 24 }, (_, hour) => ({ hourOfDay: hour, enabled: chosen.includes(hour) }));

describe('Warehouse > Replace Advanced Sync Schedule', () => {
	const parameters = (extra: IDataObject) => ({
		resource: 'warehouse',
		operation: 'replaceAdvancedSyncSchedule',
		warehouseId: byId('wh1'),
		...extra,
	});

	async function refusesBeforeSending(extra: IDataObject, message: string) {
		const trap = nock(US)
			.intercept(() => true, 'PUT')
			.reply(200, {});
		await expect(runNode(parameters(extra))).rejects.toThrow(message);
		expect(trap.isDone()).toBe(false);
		nock.cleanAll();
	}

	it('sends all 24 hours, the chosen ones enabled, with the time zone', async () => {
		const body = {
			enabled: true,
			schedule: { times: times([0, 6, 23]), timezone: 'Europe/Berlin' },
		};
		apiWithBody().put('/warehouses/wh1/advanced-sync-schedule', body).reply(200, { data: body });

		const items = await runJson(
			parameters({ syncHours: [23, 0, 6, 6], timezone: ' Europe/Berlin ' }),
		);

		expect(items).toEqual([body]);
	});

	it('takes the hours from an expression as text', async () => {
		const body = { enabled: true, schedule: { times: times([3, 15]), timezone: 'UTC' } };
		apiWithBody().put('/warehouses/wh1/advanced-sync-schedule', body).reply(200, { data: body });

		const items = await runJson(parameters({ syncHours: '3, 15' }));

		expect(items).toEqual([body]);
	});

	it('sends only enabled: false when the advanced schedule is turned off', async () => {
		apiWithBody()
			.put('/warehouses/wh1/advanced-sync-schedule', { enabled: false })
			.reply(200, { data: { enabled: false } });

		const items = await runJson(parameters({ scheduleEnabled: false, syncHours: [1] }));

		expect(items).toEqual([{ enabled: false }]);
	});

	it('refuses no hour before sending', async () => {
		await refusesBeforeSending({ syncHours: [] }, 'The field "Sync Hours" is empty');
	});

	it.each([[24], [-1], [1.5], ['noon']])('refuses the hour %p before sending', async (hour) => {
		await refusesBeforeSending({ syncHours: [hour] }, 'The field "Sync Hours" has an invalid hour');
	});

	it('refuses an unknown time zone before sending', async () => {
		await refusesBeforeSending(
			{ syncHours: [1], timezone: 'Mars/Olympus' },
			'The field "Timezone" is not a known time zone: "Mars/Olympus"',
		);
	});

	it('refuses an empty time zone before sending', async () => {
		await refusesBeforeSending(
			{ syncHours: [1], timezone: '' },
			'The field "Timezone" is not a known time zone: ""',
		);
	});

	it("rejects with Segment's validation message", async () => {
		const body = { enabled: true, schedule: { times: times([1]), timezone: 'UTC' } };
		apiWithBody()
			.put('/warehouses/wh1/advanced-sync-schedule', body)
			.reply(422, {
				errors: [
					{
						type: 'input-validation',
						message: 'Schedule not allowed on this plan',
						field: 'schedule',
					},
				],
			});

		await expect(runNode(parameters({ syncHours: [1] }))).rejects.toThrow(
			'Schedule not allowed on this plan (field: schedule)',
		);
	});
});
