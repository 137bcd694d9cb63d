/**
 * Differential tests, Deletion and Suppression: our node against DeletionAndSuppressionApi of
 * Segment's official SDK, compared on method, path, decoded query, body and Authorization header.
 */
import { always, byId, expectSameRequests, onePage, viaNode, viaSdk } from './capture';
import { clients, expectMediaTypes, V1 } from './clients';

describe('Differential > Deletion and Suppression', () => {
	const created = always({ data: { regulateId: 'reg1' } });

	it('create sends what createWorkspaceRegulation sends', async () => {
		const node = await viaNode(
			{
				resource: 'regulation',
				operation: 'create',
				regulationType: 'SUPPRESS_WITH_DELETE',
				subjectType: 'USER_ID',
				subjectIds: 'u1, u2',
			},
			created,
		);
		const official = await viaSdk(
			() =>
				clients.regulations().createWorkspaceRegulation({
					regulationType: 'SUPPRESS_WITH_DELETE',
					subjectType: 'USER_ID',
					subjectIds: ['u1', 'u2'],
				} as never),
			created,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, true);
	});

	it('createForSource sends what createSourceRegulation sends', async () => {
		const node = await viaNode(
			{
				resource: 'regulation',
				operation: 'createForSource',
				sourceId: byId('src 1/a'),
				regulationType: 'DELETE_INTERNAL',
				subjectType: 'ANONYMOUS_ID',
				subjectIds: 'a1',
			},
			created,
		);
		const official = await viaSdk(
			() =>
				clients.regulations().createSourceRegulation('src 1/a', {
					regulationType: 'DELETE_INTERNAL',
					subjectType: 'ANONYMOUS_ID',
					subjectIds: ['a1'],
				} as never),
			created,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('createForCloudSource sends what createCloudSourceRegulation sends', async () => {
		const node = await viaNode(
			{
				resource: 'regulation',
				operation: 'createForCloudSource',
				sourceId: byId('cs1'),
				collection: 'contacts',
				regulationType: 'DELETE_ONLY',
				subjectIds: 'o1',
			},
			created,
		);
		const official = await viaSdk(
			() =>
				clients.regulations().createCloudSourceRegulation('cs1', {
					regulationType: 'DELETE_ONLY',
					subjectType: 'OBJECT_ID',
					subjectIds: ['o1'],
					collection: 'contacts',
				} as never),
			created,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('get sends what getRegulation sends', async () => {
		const respond = always({ data: { regulation: { id: 'r 1/x' } } });
		const node = await viaNode(
			{ resource: 'regulation', operation: 'get', regulateId: 'r 1/x' },
			respond,
		);
		const official = await viaSdk(() => clients.regulations().getRegulation('r 1/x'), respond);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, false);
	});

	it('getAll sends the filters as listWorkspaceRegulations does', async () => {
		const respond = onePage('regulations', [{ id: 'r1' }]);
		const node = await viaNode(
			{
				resource: 'regulation',
				operation: 'getAll',
				limit: 10,
				filters: { status: 'RUNNING', regulationTypes: ['SUPPRESS_ONLY', 'UNSUPPRESS'] },
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				clients
					.regulations()
					.listWorkspaceRegulations({ count: 10 }, 'RUNNING', ['SUPPRESS_ONLY', 'UNSUPPRESS']),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('getAllForSource sends what listRegulationsFromSource sends', async () => {
		const respond = onePage('regulations', [{ id: 'r1' }]);
		const node = await viaNode(
			{
				resource: 'regulation',
				operation: 'getAllForSource',
				sourceId: byId('src1'),
				limit: 5,
				filters: { status: 'FAILED' },
			},
			respond,
		);
		const official = await viaSdk(
			() => clients.regulations().listRegulationsFromSource('src1', { count: 5 }, 'FAILED'),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('getSuppressions sends what listSuppressions sends', async () => {
		const respond = onePage('suppressed', [{ subjectType: 'USER_ID', subjectIds: ['a'] }]);
		const node = await viaNode(
			{ resource: 'regulation', operation: 'getSuppressions', limit: 7 },
			respond,
		);
		const official = await viaSdk(
			() => clients.regulations().listSuppressions({ count: 7 }),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});
});
