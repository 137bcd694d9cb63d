import nock from 'nock';
import { sleep } from 'n8n-workflow';
import { runJson, runNode, US } from '../../../../harness/node';
import { api, apiWithBody } from '../../../../harness/segment';
import { ALPHA, byId } from './fixtures';

describe('Reverse ETL > Start Sync', () => {
	const base = {
		resource: 'reverseEtl',
		operation: 'startSync',
		reverseEtlModelId: byId('mdl1'),
		subscriptionId: ' 7 ',
		sourceId: byId('src1'),
	};

	it('starts the sync and returns its ID with the IDs it was started for', async () => {
		apiWithBody(US, ALPHA)
			.post('/reverse-etl-syncs', { sourceId: 'src1', modelId: 'mdl1', subscriptionId: '7' })
			.reply(200, {
				data: { reverseETLManualSync: { syncId: '2001', startedAt: '2026-01-01T10:00:00.000Z' } },
			});

		expect(await runJson(base)).toEqual([
			{
				syncId: '2001',
				startedAt: '2026-01-01T10:00:00.000Z',
				modelId: 'mdl1',
				sourceId: 'src1',
				subscriptionId: '7',
			},
		]);
	});

	it('fails clearly when Segment returns no sync ID', async () => {
		apiWithBody(US, ALPHA)
			.post('/reverse-etl-syncs')
			.reply(200, { data: { reverseETLManualSync: { startedAt: '2026-01-01T10:00:00.000Z' } } });

		await expect(runNode(base)).rejects.toThrow("Segment's answer has no sync ID");
	});

	it.each([
		['Model', { reverseEtlModelId: byId('') }],
		['Subscription ID', { subscriptionId: '  ' }],
		['Source', { sourceId: byId('') }],
	])('refuses an empty %s without sending a request', async (label, change) => {
		await expect(runNode({ ...base, ...change })).rejects.toThrow(`The field "${label}" is empty`);
	});

	it.each([
		['Timeout (Seconds)', { timeout: 0 }],
		['Poll Interval (Seconds)', { pollInterval: -1 }],
		['Poll Interval (Seconds)', { pollInterval: 'soon' }],
	])('refuses a bad %s before starting the sync', async (label, change) => {
		await expect(runNode({ ...base, waitUntilFinished: true, ...change })).rejects.toThrow(
			`The field "${label}" must be a number of seconds greater than 0`,
		);
	});
});

describe('Reverse ETL > Start Sync > Wait Until Finished', () => {
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
			message:
				'Sync 2001 did not finish within 0.3 seconds (last status: IN_PROGRESS) [already written: Start Sync of model mdl1, source src1, mapping 7 (sync 2001)]',
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

	const NOT_FOUND = { errors: [{ type: 'not-found', message: 'Resource not found' }] };
	const STARTED_NOTE =
		'[already written: Start Sync of model mdl1, source src1, mapping 7 (sync 2001)]';

	it('waits out a 404 right after the start and returns the final status', async () => {
		started();
		const done = status('SUCCESS');
		api(US, ALPHA)
			.get(STATUS_PATH)
			.times(2)
			.reply(404, NOT_FOUND)
			.get(STATUS_PATH)
			.reply(200, status('IN_PROGRESS'))
			.get(STATUS_PATH)
			.reply(200, done);

		expect(await runJson(base)).toEqual([done.data.reverseETLSyncStatus]);
	});

	it('fails naming the started sync (ID, model, source) when the status stays 404 until the timeout', async () => {
		started();
		api(US, ALPHA).get(STATUS_PATH).times(50).reply(404, NOT_FOUND);

		await expect(runNode({ ...base, timeout: 0.3, pollInterval: 0.02 })).rejects.toMatchObject({
			message: `Resource not found ${STARTED_NOTE}`,
			description: expect.stringMatching(
				/^Already written: Start Sync of model mdl1, source src1, mapping 7 \(sync 2001\)\. The sync keeps running in Segment: do not start another one for it\. Check it with "Get Sync Status" \(model mdl1, sync 2001\)\. Segment has no idempotency key for Start Sync: each start is a new sync of the mapping\. Segment answered 404 to every status check of sync 2001 for 0\.3 seconds after it started\./,
			),
		});
		nock.cleanAll();
	});

	it('under Continue On Fail, gives the started sync in the error item when the status check keeps failing', async () => {
		started();
		api(US, ALPHA)
			.get(STATUS_PATH)
			.reply(200, status('IN_PROGRESS'))
			.get(STATUS_PATH)
			.times(3)
			.reply(500, { errors: [{ type: 'internal', message: 'Internal error' }] });

		const output = await runNode({ ...base, options: { maxRetries: 2 } }, { continueOnFail: true });

		expect(output).toHaveLength(1);
		expect(output[0].error?.message).toBe(`Internal error ${STARTED_NOTE}`);
		expect(output[0].error?.description).toContain(
			'do not start another one for it. Check it with "Get Sync Status" (model mdl1, sync 2001)',
		);
		expect(output[0].json).toEqual({
			error: `Internal error ${STARTED_NOTE}`,
			written: [
				{
					write: 'Start Sync of model mdl1, source src1, mapping 7',
					outcome: 'written',
					modelId: 'mdl1',
					sourceId: 'src1',
					subscriptionId: '7',
					syncId: '2001',
					startedAt: '2026-01-01T10:00:00.000Z',
				},
			],
			mayHaveBeenApplied: [],
			notWritten: [],
		});
	});

	it('does not wait out a 404 once a status was read', async () => {
		started();
		api(US, ALPHA)
			.get(STATUS_PATH)
			.reply(200, status('IN_PROGRESS'))
			.get(STATUS_PATH)
			.reply(404, NOT_FOUND);

		await expect(runNode(base)).rejects.toThrow(`Resource not found ${STARTED_NOTE}`);
	});

	it('says the sync may have started when the start answers 502, without checking a status', async () => {
		apiWithBody(US, ALPHA)
			.post('/reverse-etl-syncs', { sourceId: 'src1', modelId: 'mdl1', subscriptionId: '7' })
			.reply(502, { errors: [{ type: 'gateway', message: 'Bad Gateway' }] });

		await expect(runNode(base)).rejects.toMatchObject({
			message:
				'Bad Gateway [already written: none; may have been applied: Start Sync of model mdl1, source src1, mapping 7]',
			description: expect.stringContaining(
				'The sync may have started: check the latest syncs with "Get Sync Statuses" (model mdl1, mapping 7) before starting another.',
			),
		});
	});

	it('leaves the error of a start Segment refused as it is', async () => {
		apiWithBody(US, ALPHA)
			.post('/reverse-etl-syncs', { sourceId: 'src1', modelId: 'mdl1', subscriptionId: '7' })
			.reply(400, { errors: [{ type: 'validation', message: 'Model is disabled' }] });

		const [item] = await runNode(base, { continueOnFail: true });

		expect(item.error?.message).toBe('Model is disabled');
		expect(item.json).toEqual({});
	});
});
