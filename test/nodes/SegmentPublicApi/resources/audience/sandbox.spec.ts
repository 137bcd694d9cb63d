import type { IDataObject } from 'n8n-workflow';
import { runJson } from '../../../../harness/node';
import { useSandbox } from '../../../../harness/sandbox';

const SPACE = { __rl: true, mode: 'id', value: 'spa_sandboxProduction01' };

describe('Audience (sandbox over real HTTP)', () => {
	const { sandbox, credentials } = useSandbox();
	const run = async (parameters: IDataObject) =>
		await runJson(
			{ resource: 'audience', spaceId: SPACE, options: { maxRetries: 0 }, ...parameters },
			{ credentials: credentials() },
		);

	it('lists the seeded audiences with Return All (pages of 200 pass the cap) and searches them', async () => {
		const all = await run({ operation: 'getAll', returnAll: true });
		expect(all.map((audience) => audience.id)).toEqual([
			'aud_sandboxHighValue001',
			'aud_sandboxChurnRisk002',
		]);
		expect(sandbox().counters.byStatus['422']).toBeUndefined();

		const found = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { searchIn: 'KEY', searchText: 'churn' },
		});
		expect(found).toEqual([
			expect.objectContaining({ id: 'aud_sandboxChurnRisk002', key: 'churn_risk' }),
		]);
	});

	it('creates a Linked audience, schedules it, reads it with its schedules, then deletes it', async () => {
		const [created] = await run({
			operation: 'create',
			name: 'Lapsed enterprise buyers',
			audienceType: 'LINKED',
			query: "audience('churn_risk') and trait('plan') = 'enterprise'",
			additionalFields: { includeHistoricalData: true, backfillEventDataDays: 30 },
		});
		expect(created).toMatchObject({
			name: 'Lapsed enterprise buyers',
			key: 'lapsed_enterprise_buyers',
			audienceType: 'LINKED',
			options: { includeHistoricalData: true, backfillEventDataDays: 30 },
		});
		const audienceId = String(created.id);

		const [schedule] = await run({
			operation: 'createSchedule',
			audienceId,
			strategy: 'SPECIFIC_DAYS',
			days: [1, 4],
			hours: [9],
			timezone: 'Europe/Berlin',
		});
		expect(schedule).toMatchObject({
			strategy: 'SPECIFIC_DAYS',
			config: { days: [1, 4], hours: [9], timezone: 'Europe/Berlin' },
		});

		const [read] = await run({ operation: 'get', audienceId, includeSchedules: true });
		expect(read).toMatchObject({ id: audienceId, computeCadence: 'BATCH', schedules: [schedule] });

		// The new audience names churn_risk in its query: it is a consumer of it (alpha endpoint).
		const references = await run({
			operation: 'getReferences',
			audienceId: 'aud_sandboxChurnRisk002',
			returnAll: true,
		});
		expect(references.map((reference) => reference.id)).toEqual([audienceId]);

		expect(await run({ operation: 'delete', audienceId })).toEqual([{ status: 'SUCCESS' }]);
		await expect(run({ operation: 'get', audienceId })).rejects.toThrow(/Audience not found/);
	});

	it('creates a preview that completes on the second read, with the same size each time', async () => {
		const query = "event('Order Completed').count() >= 2";
		const [{ id: previewId }] = await run({
			operation: 'createPreview',
			audienceType: 'USERS',
			query,
		});

		const [first] = await run({ operation: 'getPreview', previewId });
		expect(first).toMatchObject({ id: previewId, status: 'RUNNING' });
		const [second] = await run({ operation: 'getPreview', previewId });
		expect(second).toMatchObject({ id: previewId, status: 'COMPLETED', size: { type: 'USERS' } });

		const [{ id: againId }] = await run({
			operation: 'createPreview',
			audienceType: 'USERS',
			query,
		});
		await run({ operation: 'getPreview', previewId: againId });
		const [again] = await run({ operation: 'getPreview', previewId: againId });
		expect(again.size).toEqual(second.size);
		expect(again.results).toEqual(second.results);
	});
});
