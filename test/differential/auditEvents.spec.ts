/**
 * Differential tests, Audit Event: our node against AuditTrailApi.listAuditEvents of Segment's
 * official SDK, compared on method, path, decoded query, body and Authorization header; media
 * types are compared in expectMediaTypes.
 */
import { expectSameRequests, onePage, twoPages, viaNode, viaSdk } from './capture';
import { clients, expectMediaTypes, V1 } from './clients';

const CURSOR = 'Mg+/cursor==';
const event = {
	id: 'events/1',
	timestamp: '2026-11-30T10:00:00Z',
	type: 'Source Deleted',
	actor: 'user/usr1',
	resourceId: 'src1',
	resourceType: 'source',
	resourceName: 'Website',
};

describe('Differential > Audit Event', () => {
	it('getAll with a Limit and every filter sends what listAuditEvents sends, with ISO UTC times', async () => {
		const respond = onePage('events', [event]);
		const node = await viaNode(
			{
				resource: 'auditEvent',
				operation: 'getAll',
				limit: 7,
				filters: {
					startTime: '2026-11-29T01:00:00+01:00',
					endTime: '2026-11-30T00:00:00Z',
					resourceId: 'src 1/a',
					resourceType: 'source',
				},
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				clients
					.auditTrail()
					.listAuditEvents(
						{ count: 7 },
						'2026-11-29T00:00:00.000Z',
						'2026-11-30T00:00:00.000Z',
						'src 1/a',
						'source',
					),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, false);
	});

	it('getAll with Return All pages as listAuditEvents does with count 1000 and the cursor', async () => {
		const respond = twoPages('events', [event], [{ ...event, id: 'events/2' }], CURSOR);
		const node = await viaNode(
			{ resource: 'auditEvent', operation: 'getAll', returnAll: true },
			respond,
		);
		const official = await viaSdk(async () => {
			const api = clients.auditTrail();
			await api.listAuditEvents({ count: 1000 });
			await api.listAuditEvents({ count: 1000, cursor: CURSOR });
		}, respond);
		expectSameRequests(node.requests, official, 2);
		expect(node.items).toHaveLength(2);
	});
});
