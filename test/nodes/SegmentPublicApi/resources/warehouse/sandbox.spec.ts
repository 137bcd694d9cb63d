import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { runJson } from '../../../../harness/node';
import { useSandbox } from '../../../../harness/sandbox';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Warehouse syncs (sandbox over real HTTP)', () => {
	const { credentials } = useSandbox();
	let postgres: string;
	let sourceIds: string[];

	const run = (parameters: INodeParameters) =>
		runJson({ resource: 'warehouse', ...parameters }, { credentials: credentials() });

	beforeAll(async () => {
		const warehouses = await run({ operation: 'getAll', returnAll: true });
		postgres = String(warehouses.find((warehouse) => warehouse.name === 'Ops Postgres')?.id);
		const sources = await run({
			operation: 'getConnectedSources',
			warehouseId: byId(postgres),
			returnAll: true,
		});
		sourceIds = sources.map((source) => String(source.id));
	});

	it("lists the warehouse's seeded syncs, newest first, with the limit", async () => {
		const syncs = await run({ operation: 'getSyncs', warehouseId: byId(postgres), limit: 4 });

		expect(syncs).toHaveLength(4);
		expect(syncs[0]).toMatchObject({ status: 'IN_PROGRESS', end: null });
		expect(syncs.map((sync) => sync.start)).toEqual(
			[...syncs.map((sync) => String(sync.start))].sort().reverse(),
		);
		expect(new Set(syncs.map((sync) => sync.sourceId))).toEqual(new Set(sourceIds));
	});

	it('turns a collection off and Get Selective Sync shows it off', async () => {
		const [result] = await run({
			operation: 'updateSelectiveSync',
			warehouseId: byId(postgres),
			overridesInput: 'json',
			overridesJson: JSON.stringify([
				{ sourceId: sourceIds[0], collection: 'pages', enabled: false },
			]),
		});
		expect(result).toEqual({ status: 'UPDATED', warnings: [] });

		const collections = await run({
			operation: 'getSelectiveSync',
			warehouseId: byId(postgres),
			sourceId: byId(sourceIds[0]),
			returnAll: true,
		});
		expect(collections.filter((item) => !item.enabled).map((item) => item.collection)).toEqual([
			'pages',
		]);
	});

	it('replaces the advanced sync schedule and reads it back', async () => {
		const [replaced] = await run({
			operation: 'replaceAdvancedSyncSchedule',
			warehouseId: byId(postgres),
			syncHours: [4, 16],
			timezone: 'Europe/Berlin',
		});
		const [read] = await run({ operation: 'getAdvancedSyncSchedule', warehouseId: byId(postgres) });

		expect(read).toEqual(replaced);
		expect(read.enabled).toBe(true);
		const schedule = read.schedule as { times: IDataObject[]; timezone: string };
		expect(schedule.timezone).toBe('Europe/Berlin');
		expect(schedule.times.filter((time) => time.enabled).map((time) => time.hourOfDay)).toEqual([
			4, 16,
		]);
	});
});
