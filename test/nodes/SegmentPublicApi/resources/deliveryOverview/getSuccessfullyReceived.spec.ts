import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { always, byId, capture } from '../../../../differential/capture';
import { BETA, TIMES, series, overview, params } from './fixtures';

describe('Delivery Overview > Get Successfully Received', () => {
	it.each([
		['getSuccessfullyReceived', '/delivery-overview/successfully-received', false] as const,
	])(
		'%s GETs %s (v1beta) with the source (and destination: %s), hourly buckets and ISO UTC times; one item per series with its IDs',
		async (operation, path, withDestination) => {
			apiWithoutBody(undefined, BETA)
				.get(path)
				.query(
					exactQuery({
						sourceId: 'src1',
						...(withDestination ? { destinationConfigId: 'dst1' } : {}),
						granularity: 'HOUR',
						...TIMES,
						'pagination[count]': '50',
					}),
				)
				.reply(200, overview([series(1), series(2)]));

			const items = await runJson(params(operation, withDestination));

			const ids = withDestination
				? { sourceId: 'src1', destinationId: 'dst1' }
				: { sourceId: 'src1' };
			expect(items).toEqual([
				{ ...ids, ...series(1) },
				{ ...ids, ...series(2) },
			]);
		},
	);

	it('sends the Successfully Received filters of event names, types and app versions', async () => {
		apiWithoutBody(undefined, BETA)
			.get('/delivery-overview/successfully-received')
			.query(
				exactQuery({
					sourceId: 'src1',
					granularity: 'HOUR',
					...TIMES,
					'groupBy[0]': 'eventName',
					'groupBy[1]': 'appVersion',
					'filter[appVersion][0]': '4.3.1',
					'filter[eventName][0]': 'Home',
					'filter[eventType][0]': 'screen',
					'pagination[count]': '50',
				}),
			)
			.reply(200, overview([series(2, { eventName: 'Home', appVersion: '4.3.1' })]));

		const items = await runJson(
			params('getSuccessfullyReceived', false, {
				groupBy: ['eventName', 'appVersion'],
				filters: { appVersions: '4.3.1', eventNames: 'Home', eventTypes: ['screen'] },
			}),
		);

		expect(items).toEqual([
			{ sourceId: 'src1', eventName: 'Home', appVersion: '4.3.1', ...series(2) },
		]);
	});

	it.each([['Source', 'getSuccessfullyReceived', false, { sourceId: byId('  ') }, 'is empty']])(
		'refuses an unusable %s (%s) without sending a request, naming the field',
		async (field, operation, withDestination, change, problem) => {
			const sent = await capture(
				() =>
					expect(runNode({ ...params(operation, withDestination), ...change })).rejects.toThrow(
						`The field "${field}" ${problem}`,
					),
				always(overview([])),
			);
			expect(sent).toEqual([]);
		},
	);
});
