import nock from 'nock';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';

function event(n: number) {
	return {
		id: `events/${n}`,
		timestamp: `2026-11-30T10:00:0${n}Z`,
		type: 'Source Modified',
		actor: 'user/usr1',
		actorEmail: 'ada@example.com',
		resourceId: `src${n}`,
		resourceType: 'source',
		resourceName: `Source ${n}`,
	};
}

describe('Audit Event > Get Many', () => {
	it('asks for Limit events and returns one item per event, as Segment sends it', async () => {
		apiWithoutBody()
			.get('/audit-events')
			.query(exactQuery({ 'pagination[count]': '2' }))
			.reply(200, page('events', [event(1), event(2)], 'Mg=='));

		expect(await runJson({ resource: 'auditEvent', operation: 'getAll', limit: 2 })).toEqual([
			event(1),
			event(2),
		]);
	});

	it('follows the cursor with pages of 1000 on Return All', async () => {
		apiWithoutBody()
			.get('/audit-events')
			.query(exactQuery({ 'pagination[count]': '1000' }))
			.reply(200, page('events', [event(1), event(2)], 'Mg=='))
			.get('/audit-events')
			.query(exactQuery({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' }))
			.reply(200, page('events', [event(3)], null, 'Mg=='));

		const items = await runJson({ resource: 'auditEvent', operation: 'getAll', returnAll: true });

		expect(items.map((item) => item.id)).toEqual(['events/1', 'events/2', 'events/3']);
	});

	it('sends the time window as ISO times and the resource filters, on every page', async () => {
		const window = {
			startTime: '2026-11-29T00:00:00.000Z',
			endTime: '2026-11-30T00:00:00.000Z',
			resourceId: 'src 1',
			resourceType: 'source',
		};
		apiWithoutBody()
			.get('/audit-events')
			.query(exactQuery({ ...window, 'pagination[count]': '1000' }))
			.reply(200, page('events', [event(1)], 'Mg=='))
			.get('/audit-events')
			.query(exactQuery({ ...window, 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' }))
			.reply(200, page('events', [event(2)]));

		const items = await runJson({
			resource: 'auditEvent',
			operation: 'getAll',
			returnAll: true,
			filters: {
				startTime: '2026-11-29T01:00:00+01:00',
				endTime: '2026-11-30T00:00:00Z',
				resourceId: 'src 1',
				resourceType: 'source',
			},
		});

		expect(items).toHaveLength(2);
	});

	it.each(['Start Time', 'End Time'])(
		'refuses an unreadable %s without sending a request, naming the field',
		async (field) => {
			const filters = field === 'Start Time' ? { startTime: 'yesterday-ish' } : { endTime: 'soon' };
			await expect(
				runNode({ resource: 'auditEvent', operation: 'getAll', limit: 5, filters }),
			).rejects.toThrow(`The field "${field}" is not a valid date`);
			expect(nock.pendingMocks()).toEqual([]);
		},
	);
});
