import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';

const START = '2026-03-01T10:00:00+02:00';
const END = '2026-03-02T00:00:00Z';

function series(n: number) {
	return {
		source: { id: `src${n}`, name: `Source ${n}`, slug: `source_${n}`, metadataId: 'IqDTy1TpoU' },
		eventName: 'Order Completed',
		eventType: 'track',
		total: 10 * n,
		series: [
			{ time: '2026-03-01T08:00:00Z', count: 4 * n },
			{ time: '2026-03-01T09:00:00Z', count: 6 * n },
		],
	};
}

function simplified(n: number) {
	return {
		sourceId: `src${n}`,
		sourceName: `Source ${n}`,
		sourceSlug: `source_${n}`,
		eventName: 'Order Completed',
		eventType: 'track',
		appVersion: undefined,
		total: 10 * n,
		series: series(n).series,
	};
}

function volume(results: object[], next: string | null = null) {
	return {
		data: {
			path: '/events/volume',
			query: {},
			result: results,
			pagination: { current: 'MA==', next, previous: null },
		},
	};
}

const base = { resource: 'eventVolume', operation: 'get', startTime: START, endTime: END };

describe('Event Volume > Get', () => {
	it('sends granularity, ISO UTC times, group-by and every filter as query arrays; one simplified item per series', async () => {
		expect(new Date(START).toISOString()).toBe('2026-03-01T08:00:00.000Z');
		apiWithoutBody()
			.get('/events/volume')
			.query(
				exactQuery({
					granularity: 'DAY',
					startTime: new Date(START).toISOString(),
					endTime: new Date(END).toISOString(),
					'groupBy[0]': 'source',
					'groupBy[1]': 'eventName',
					'groupBy[2]': 'eventType',
					'appVersion[0]': '2.4.0',
					'appVersion[1]': '2.5.0',
					'eventName[0]': 'Order Completed',
					'eventName[1]': 'Signed Up',
					'eventType[0]': 'track',
					'eventType[1]': 'identify',
					'sourceId[0]': 'src1',
					'sourceId[1]': 'src2',
					'pagination[count]': '50',
				}),
			)
			.reply(200, volume([series(1), series(2)]));

		const items = await runJson({
			...base,
			granularity: 'DAY',
			groupBy: ['source', 'eventName', 'eventType'],
			filters: {
				appVersions: '2.4.0, 2.5.0',
				eventNames: 'Order Completed,Signed Up',
				eventTypes: ['track', 'identify'],
				sourceIds: ['src1', 'src2'],
			},
		});

		expect(items).toEqual([simplified(1), simplified(2)]);
	});

	it('groups by source with hourly buckets by default and sends no filter left empty', async () => {
		apiWithoutBody()
			.get('/events/volume')
			.query(
				exactQuery({
					granularity: 'HOUR',
					startTime: '2026-03-01T08:00:00.000Z',
					endTime: '2026-03-02T00:00:00.000Z',
					'groupBy[0]': 'source',
					'pagination[count]': '50',
				}),
			)
			.reply(200, volume([series(1)]));

		const items = await runJson({ ...base, filters: { eventNames: '', sourceIds: [] } });

		expect(items).toEqual([simplified(1)]);
	});

	it('reads a time without an offset as new Date() does (the n8n process time zone) and sends it in UTC', async () => {
		const local = '2026-03-01T10:00:00';
		apiWithoutBody()
			.get('/events/volume')
			.query((query) => query.startTime === new Date(local).toISOString() && query.endTime === '2026-03-02T00:00:00.000Z')
			.reply(200, volume([]));

		expect(await runJson({ ...base, startTime: local })).toEqual([]);
	});

	it('returns the series unchanged with Simplify off, app version included', async () => {
		const raw = { eventName: 'Order Completed', appVersion: '2.4.0', total: 3, series: [{ time: 't', count: 3 }] };
		apiWithoutBody()
			.get('/events/volume')
			.query(true)
			.reply(200, volume([raw]));

		expect(await runJson({ ...base, groupBy: ['appVersion'], simplify: false })).toEqual([raw]);
	});

	it('keeps the query on every page of Return All, with pages of 1000', async () => {
		const query = {
			granularity: 'MINUTE',
			startTime: '2026-03-01T08:00:00.000Z',
			endTime: '2026-03-02T00:00:00.000Z',
			'groupBy[0]': 'source',
			'pagination[count]': '1000',
		};
		apiWithoutBody()
			.get('/events/volume')
			.query(exactQuery(query))
			.reply(200, volume([series(1)], 'Mg=='))
			.get('/events/volume')
			.query(exactQuery({ ...query, 'pagination[cursor]': 'Mg==' }))
			.reply(200, volume([series(2)]));

		const items = await runJson({ ...base, granularity: 'MINUTE', returnAll: true });

		expect(items).toEqual([simplified(1), simplified(2)]);
	});

	it('stops at the Limit', async () => {
		apiWithoutBody()
			.get('/events/volume')
			.query((query) => query['pagination[count]'] === '1')
			.reply(200, volume([series(1)], 'Mg=='));

		expect(await runJson({ ...base, limit: 1 })).toEqual([simplified(1)]);
	});

	it.each([
		['Start Time', 'text', { startTime: 'yesterday-ish' }],
		['End Time', 'out-of-range', { endTime: '2026-13-45T99:00:00Z' }],
		['End Time', 'empty', { endTime: '' }],
	])('refuses an unreadable %s (%s) without sending a request, naming the field', async (field, _, times) => {
		const sent = await capture(
			() =>
				expect(runNode({ ...base, ...times })).rejects.toThrow(`The field "${field}" is not a valid date`),
			always(volume([])),
		);
		expect(sent).toEqual([]);
	});
});
