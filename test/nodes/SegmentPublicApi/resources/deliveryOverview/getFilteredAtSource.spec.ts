import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import {
	BETA,
	TIMES,
	series,
	overview,
	params,
	itGetsTheStep,
	itRefusesBeforeSending,
} from './fixtures';

describe('Delivery Overview > Get Filtered at Source', () => {
	itGetsTheStep('getFilteredAtSource', '/delivery-overview/filtered-at-source', false);

	it('keeps the query on every page of Return All, with pages of 1000', async () => {
		const query = {
			sourceId: 'src1',
			granularity: 'HOUR',
			...TIMES,
			'groupBy[0]': 'eventName',
			'pagination[count]': '1000',
		};
		apiWithoutBody(undefined, BETA)
			.get('/delivery-overview/filtered-at-source')
			.query(exactQuery(query))
			.reply(200, overview([series(1, { eventName: 'A' })], 'Mg=='))
			.get('/delivery-overview/filtered-at-source')
			.query(exactQuery({ ...query, 'pagination[cursor]': 'Mg==' }))
			.reply(200, overview([series(2, { eventName: 'B' })]));

		const items = await runJson(
			params('getFilteredAtSource', false, { groupBy: ['eventName'], returnAll: true }),
		);

		expect(items).toEqual([
			{ sourceId: 'src1', eventName: 'A', ...series(1) },
			{ sourceId: 'src1', eventName: 'B', ...series(2) },
		]);
	});

	itRefusesBeforeSending(
		'Start Time',
		'getFilteredAtSource',
		false,
		{ startTime: 'yesterday-ish' },
		'is not a valid date',
	);
});
