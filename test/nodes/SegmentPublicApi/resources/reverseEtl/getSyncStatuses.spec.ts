import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { ALPHA, byId, syncStatus } from './fixtures';

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
