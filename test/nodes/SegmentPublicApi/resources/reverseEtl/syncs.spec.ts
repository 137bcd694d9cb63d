import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody, exactQuery } from '../../../../harness/segment';

const ALPHA = 'application/vnd.segment.v1alpha+json';
const BETA = 'application/vnd.segment.v1beta+json';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

function syncStatus(n: number, syncStatus = 'SUCCESS') {
	return {
		syncId: String(2000 + n),
		modelId: 'mdl1',
		sourceId: 'src1',
		syncStatus,
		duration: '42s',
		startedAt: `2026-01-0${n}T10:00:00.000Z`,
		finishedAt: `2026-01-0${n}T10:00:42.000Z`,
	};
}

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

describe('Reverse ETL > Get Sync Status', () => {
	it('gets the status of the sync, both IDs URL-encoded', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/reverse-etl-models/mdl%2F1/syncs/20%2301')
			.reply(200, { data: { reverseETLSyncStatus: syncStatus(1) } });

		const items = await runJson({
			resource: 'reverseEtl',
			operation: 'getSyncStatus',
			reverseEtlModelId: byId('mdl/1'),
			syncId: '20#01',
		});

		expect(items).toEqual([syncStatus(1)]);
	});

	it('refuses an empty Sync ID without sending a request', async () => {
		await expect(
			runNode({
				resource: 'reverseEtl',
				operation: 'getSyncStatus',
				reverseEtlModelId: byId('mdl1'),
				syncId: '',
			}),
		).rejects.toThrow('The field "Sync ID" is empty');
	});
});

describe('Reverse ETL > Get Sync Statuses', () => {
	const base = {
		resource: 'reverseEtl',
		operation: 'getSyncStatuses',
		reverseEtlModelId: byId('mdl1'),
		subscriptionId: 'sub 7',
	};
	const path = '/reverse-etl-models/mdl1/subscriptionId/sub%207/syncs';

	it('asks for Limit statuses with count, not pagination[count]', async () => {
		apiWithoutBody(US, ALPHA)
			.get(path)
			.query(exactQuery({ count: '2' }))
			.reply(200, {
				data: {
					syncStatuses: [syncStatus(1), syncStatus(2)],
					pagination: { current: 'MA==', next: 'Mg==' },
				},
			});

		expect(await runJson({ ...base, limit: 2 })).toEqual([syncStatus(1), syncStatus(2)]);
	});

	it('follows the cursor with pages of 100 on Return All', async () => {
		apiWithoutBody(US, ALPHA)
			.get(path)
			.query(exactQuery({ count: '100' }))
			.reply(200, {
				data: { syncStatuses: [syncStatus(1)], pagination: { current: 'MA==', next: 'MQ==' } },
			})
			.get(path)
			.query(exactQuery({ count: '100', cursor: 'MQ==' }))
			.reply(200, {
				data: {
					syncStatuses: [syncStatus(2), syncStatus(3, 'FAIL')],
					pagination: { current: 'MQ==', next: null, previous: 'MA==' },
				},
			});

		expect(await runJson({ ...base, returnAll: true })).toEqual([
			syncStatus(1),
			syncStatus(2),
			syncStatus(3, 'FAIL'),
		]);
	});

	it('asks only for what the limit still needs on the next page', async () => {
		apiWithoutBody(US, ALPHA)
			.get(path)
			.query(exactQuery({ count: '3' }))
			.reply(200, {
				data: { syncStatuses: [syncStatus(1)], pagination: { current: 'MA==', next: 'MQ==' } },
			})
			.get(path)
			.query(exactQuery({ count: '2', cursor: 'MQ==' }))
			.reply(200, {
				data: { syncStatuses: [syncStatus(2)], pagination: { current: 'MQ==' } },
			});

		expect(await runJson({ ...base, limit: 3 })).toEqual([syncStatus(1), syncStatus(2)]);
	});

	it('refuses an empty Subscription ID and a bad Limit before sending', async () => {
		await expect(runNode({ ...base, subscriptionId: '' })).rejects.toThrow(
			'The field "Subscription ID" is empty',
		);
		await expect(runNode({ ...base, limit: 0 })).rejects.toThrow(
			'The field "Limit" must be a whole number of 1 or more',
		);
	});
});

describe('Reverse ETL > Cancel Sync', () => {
	const base = {
		resource: 'reverseEtl',
		operation: 'cancelSync',
		reverseEtlModelId: byId('mdl1'),
		syncId: '2001',
	};

	it('sends the reason (Other by default) and returns the CANCELLING status', async () => {
		apiWithBody(US, ALPHA)
			.post('/reverse-etl-models/mdl1/syncs/2001/cancel', { reasonForCanceling: 4 })
			.reply(200, { data: { modelId: 'mdl1', syncId: '2001', status: 'CANCELLING' } });

		expect(await runJson(base)).toEqual([
			{ modelId: 'mdl1', syncId: '2001', status: 'CANCELLING' },
		]);
	});

	it('sends the chosen reason', async () => {
		apiWithBody(US, ALPHA)
			.post('/reverse-etl-models/mdl1/syncs/2001/cancel', { reasonForCanceling: 0 })
			.reply(200, { data: { modelId: 'mdl1', syncId: '2001', status: 'CANCELLING' } });

		expect(await runJson({ ...base, reasonForCanceling: 0 })).toHaveLength(1);
	});

	it('fails when Segment answers that the sync had already finished', async () => {
		apiWithBody(US, ALPHA)
			.post('/reverse-etl-models/mdl1/syncs/2001/cancel')
			.reply(200, {
				data: {
					modelId: 'mdl1',
					syncId: '2001',
					errorCode: 'SyncFinishedCannotCancel',
					errorMessage: 'sync already finished',
				},
			});

		await expect(runNode(base)).rejects.toThrow(
			'Segment did not cancel sync 2001: sync already finished (SyncFinishedCannotCancel)',
		);
	});

	it('refuses an empty Sync ID without sending a request', async () => {
		await expect(runNode({ ...base, syncId: ' ' })).rejects.toThrow('The field "Sync ID" is empty');
	});
});

describe('Reverse ETL > Trigger DBT Model Sync', () => {
	it('sends the source ID with the v1beta media type and returns the trigger', async () => {
		const trigger = { id: 'dbt1', sourceId: 'src1', status: 'PENDING' };
		apiWithBody(US, BETA)
			.post('/dbt-model-syncs/trigger', { sourceId: 'src1' })
			.reply(200, { data: { dbtModelSyncTrigger: trigger } });

		const items = await runJson({
			resource: 'reverseEtl',
			operation: 'triggerDbtModelSync',
			sourceId: byId('src1'),
		});

		expect(items).toEqual([trigger]);
	});

	it('refuses an empty Source without sending a request', async () => {
		await expect(
			runNode({ resource: 'reverseEtl', operation: 'triggerDbtModelSync', sourceId: byId('') }),
		).rejects.toThrow('The field "Source" is empty');
	});
});
