import nock from 'nock';
import { sleep } from 'n8n-workflow';
import { runJson, runNode, US } from '../../../../harness/node';
import { api, apiWithBody } from '../../../../harness/segment';

const ALPHA = 'application/vnd.segment.v1alpha+json';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const STATUS_PATH = '/reverse-etl-models/mdl1/syncs/2001';

const base = {
	resource: 'reverseEtl',
	operation: 'startSync',
	reverseEtlModelId: byId('mdl1'),
	subscriptionId: '7',
	sourceId: byId('src1'),
	waitUntilFinished: true,
	timeout: 5,
	pollInterval: 0.01,
};

function status(syncStatus: string, extra: Record<string, unknown> = {}) {
	return {
		data: {
			reverseETLSyncStatus: {
				syncId: '2001',
				modelId: 'mdl1',
				sourceId: 'src1',
				syncStatus,
				duration: '12s',
				startedAt: '2026-01-01T10:00:00.000Z',
				...extra,
			},
		},
	};
}

function started() {
	apiWithBody(US, ALPHA)
		.post('/reverse-etl-syncs', { sourceId: 'src1', modelId: 'mdl1', subscriptionId: '7' })
		.reply(200, {
			data: { reverseETLManualSync: { syncId: '2001', startedAt: '2026-01-01T10:00:00.000Z' } },
		});
}

/** Answers the status checks with `statuses` in turn, counting them. */
function statuses(...answers: object[]) {
	const scope = api(US, ALPHA);
	for (const answer of answers) scope.get(STATUS_PATH).reply(200, answer);
	return scope;
}

describe('Reverse ETL > Start Sync > Wait Until Finished', () => {
	it('checks the status until it ends and returns the final status', async () => {
		started();
		const done = status('SUCCESS', {
			finishedAt: '2026-01-01T10:00:12.000Z',
			extractPhase: { addedCount: '3', updatedCount: '1', deletedCount: '0', extractCount: '4' },
		});
		// Exactly three checks: a fourth would find no interceptor and fail the run.
		statuses(status('IN_PROGRESS'), status('IN_PROGRESS'), done);

		expect(await runJson(base)).toEqual([done.data.reverseETLSyncStatus]);
	});

	it('keeps waiting through statuses it does not know as final (CANCELLING)', async () => {
		started();
		statuses(status('CANCELLING'), status('CANCELED'));

		const items = await runJson({ ...base, failIfSyncFails: false });

		expect(items).toEqual([status('CANCELED').data.reverseETLSyncStatus]);
	});

	it("fails naming the sync, the status and Segment's error when the sync fails", async () => {
		started();
		statuses(
			status('IN_PROGRESS'),
			status('FAIL', { error: 'Table CHURN_SCORES does not exist', errorCode: 'QUERY_FAILED' }),
		);

		await expect(runNode(base)).rejects.toMatchObject({
			message:
				'Sync 2001 of model mdl1 ended with status FAIL: Table CHURN_SCORES does not exist; error code QUERY_FAILED',
			description: expect.stringContaining('Fail If Sync Fails'),
		});
	});

	it('returns a failed sync as an item with Fail If Sync Fails off', async () => {
		started();
		const failed = status('FAIL', { error: 'boom' });
		statuses(failed);

		expect(await runJson({ ...base, failIfSyncFails: false })).toEqual([
			failed.data.reverseETLSyncStatus,
		]);
	});

	it('gives a failed sync as an error item under Continue On Fail', async () => {
		started();
		statuses(status('FAILED'));

		const [item] = await runNode(base, { continueOnFail: true });

		expect(item.error?.message).toBe('Sync 2001 of model mdl1 ended with status FAILED');
	});

	it('returns a partial success even with Fail If Sync Fails on', async () => {
		started();
		const partial = status('PARTIAL_SUCCESS');
		statuses(partial);

		expect(await runJson(base)).toEqual([partial.data.reverseETLSyncStatus]);
	});

	it('fails on timeout, naming the sync and its last status, and says it keeps running', async () => {
		started();
		let checks = 0;
		api(US, ALPHA)
			.get(STATUS_PATH)
			.times(50)
			.reply(200, () => {
				checks += 1;
				return status('IN_PROGRESS');
			});

		const started_ = Date.now();
		await expect(runNode({ ...base, timeout: 0.3, pollInterval: 0.02 })).rejects.toMatchObject({
			message: 'Sync 2001 did not finish within 0.3 seconds (last status: IN_PROGRESS)',
			description: expect.stringContaining('The sync keeps running in Segment'),
		});
		const elapsed = Date.now() - started_;
		nock.cleanAll();

		expect(elapsed).toBeGreaterThanOrEqual(280);
		expect(elapsed).toBeLessThan(3000);
		// Waits of 20, 30, 45, 67.5, 101 ms, then the rest: 6 checks; 15 without the backoff.
		expect(checks).toBeGreaterThanOrEqual(2);
		expect(checks).toBeLessThanOrEqual(7);
	});

	it('fails when the status has no syncStatus instead of waiting blindly', async () => {
		started();
		statuses({ data: { reverseETLSyncStatus: { syncId: '2001' } } });

		await expect(runNode(base)).rejects.toThrow(
			'Segment\'s status of sync 2001 has no "syncStatus"',
		);
	});

	it('stops waiting when the execution is stopped', async () => {
		const controller = new AbortController();
		apiWithBody(US, ALPHA)
			.post('/reverse-etl-syncs')
			.reply(200, () => {
				// Stopped while the node waits before its first status check.
				void sleep(100).then(() => controller.abort());
				return {
					data: { reverseETLManualSync: { syncId: '2001', startedAt: '2026-01-01T10:00:00.000Z' } },
				};
			});

		await expect(
			runNode({ ...base, pollInterval: 1 }, { abortSignal: controller.signal }),
		).rejects.toThrow('Stopped waiting for sync 2001');
	});
});
