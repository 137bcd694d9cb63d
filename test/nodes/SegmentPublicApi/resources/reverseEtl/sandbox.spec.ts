import type { IDataObject } from 'n8n-workflow';
import { runJson, runNode } from '../../../../harness/node';
import { useSandbox } from '../../../../harness/sandbox';

const HIGH_VALUE = 'mdl_sandboxHighValue0001';
const CHURN = 'mdl_sandboxChurnScores002';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Reverse ETL (sandbox over real HTTP)', () => {
	const { sandbox, credentials } = useSandbox();
	let backendId: string;
	const run = async (parameters: IDataObject) =>
		await runJson({ resource: 'reverseEtl', ...parameters }, { credentials: credentials() });
	const startSync = (modelId: string, extra: IDataObject = {}) => ({
		operation: 'startSync',
		reverseEtlModelId: byId(modelId),
		subscriptionId: '1',
		sourceId: byId(backendId),
		waitUntilFinished: true,
		pollInterval: 0.01,
		...extra,
	});

	beforeAll(() => {
		backendId = (sandbox().state.sourceSlugs as Map<string, string>).get('acme_backend') as string;
	});

	it('lists the two seeded models of the Acme Backend source', async () => {
		const models = await run({ operation: 'getAllModels', returnAll: true });

		expect(models.map((model) => [model.id, model.sourceId, model.enabled])).toEqual([
			[HIGH_VALUE, backendId, true],
			[CHURN, backendId, true],
		]);
	});

	it('starts a sync and waits until it succeeds: one start, three status checks', async () => {
		sandbox().resetCounters();

		const [status] = await run(startSync(HIGH_VALUE));

		expect(status).toMatchObject({
			modelId: HIGH_VALUE,
			sourceId: backendId,
			syncStatus: 'SUCCESS',
			duration: '42s',
			extractPhase: { extractCount: '15' },
			loadPhase: { deliverSuccessCount: '15', deliverFailureCount: '0' },
		});
		expect(sandbox().counters.requests).toBe(4);

		const history = await run({
			operation: 'getSyncStatuses',
			reverseEtlModelId: byId(HIGH_VALUE),
			subscriptionId: '1',
			limit: 2,
		});
		expect(history.map((sync) => [sync.syncId, sync.syncStatus])).toEqual([
			[status.syncId, 'SUCCESS'],
			['1002', 'SUCCESS'],
		]);
	});

	it("fails with Segment's error when the sync fails, or returns it with Fail If Sync Fails off", async () => {
		await expect(
			runNode({ resource: 'reverseEtl', ...startSync(CHURN) }, { credentials: credentials() }),
		).rejects.toThrow(
			/^Sync \d+ of model mdl_sandboxChurnScores002 ended with status FAIL: SQL compilation error/,
		);

		const [status] = await run(startSync(CHURN, { failIfSyncFails: false }));
		expect(status).toMatchObject({ syncStatus: 'FAIL', errorCode: 'QUERY_FAILED' });
	});

	it('cancels a running sync, which then ends as CANCELED', async () => {
		const [started] = await run(startSync(HIGH_VALUE, { waitUntilFinished: false }));
		const syncId = String(started.syncId);

		const [cancel] = await run({
			operation: 'cancelSync',
			reverseEtlModelId: byId(HIGH_VALUE),
			syncId,
		});
		const [status] = await run({
			operation: 'getSyncStatus',
			reverseEtlModelId: byId(HIGH_VALUE),
			syncId,
		});

		expect(cancel).toEqual({ modelId: HIGH_VALUE, syncId, status: 'CANCELLING' });
		expect(status).toMatchObject({ syncId, syncStatus: 'CANCELED' });
	});
});
