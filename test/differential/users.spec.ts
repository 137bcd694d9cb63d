/**
 * Differential tests, User resource: our node against IAMUsersApi of Segment's official SDK
 * (listUsers, getUser, deleteUsers), compared on method, path, decoded query, body and
 * Authorization header; media types are compared in expectMediaTypes.
 */
import { always, byId, expectSameRequests, onePage, twoPages, viaNode, viaSdk } from './capture';
import { clients, expectMediaTypes, V1 } from './clients';

const AWKWARD_ID = 'id with space/slash';
const CURSOR = 'Mg+/cursor==';

const user = { id: 'usr1', name: 'Ada', email: 'ada@example.com', permissions: [] };

describe('Differential > User', () => {
	it('get sends what IAMUsersApi.getUser sends, encoding the ID alike', async () => {
		const respond = always({ data: { user } });
		const node = await viaNode({ resource: 'user', operation: 'get', userId: byId(AWKWARD_ID) }, respond);
		const official = await viaSdk(() => clients.users().getUser(AWKWARD_ID), respond);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, false);
	});

	it('getAll with a Limit sends what listUsers({count}) sends', async () => {
		const respond = onePage('users', [user]);
		const node = await viaNode({ resource: 'user', operation: 'getAll', limit: 4 }, respond);
		const official = await viaSdk(() => clients.users().listUsers({ count: 4 }), respond);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, false);
	});

	it('getAll with Return All pages as listUsers does with count 1000 and the cursor', async () => {
		const respond = twoPages('users', [user], [{ ...user, id: 'usr2' }], CURSOR);
		const node = await viaNode({ resource: 'user', operation: 'getAll', returnAll: true }, respond);
		const official = await viaSdk(async () => {
			const api = clients.users();
			await api.listUsers({ count: 1000 });
			await api.listUsers({ count: 1000, cursor: CURSOR });
		}, respond);
		expectSameRequests(node.requests, official, 2);
		// Intended: Return All asks the largest page the API accepts, 1000, on every page.
		expect(node.requests.map((request) => request.query['pagination[count]'])).toEqual(['1000', '1000']);
		expect(node.items).toHaveLength(2);
	});

	it('delete sends the userIds array as deleteUsers does, with indexed keys', async () => {
		const respond = always({ data: { status: 'SUCCESS' } });
		const node = await viaNode(
			{ resource: 'user', operation: 'delete', userIds: ['usr1', 'usr 2', 'usr/3'] },
			respond,
		);
		const official = await viaSdk(() => clients.users().deleteUsers(['usr1', 'usr 2', 'usr/3']), respond);
		expectSameRequests(node.requests, official, 1);
		expect(node.requests[0].query).toStrictEqual({ 'userIds[0]': 'usr1', 'userIds[1]': 'usr 2', 'userIds[2]': 'usr/3' });
		expectMediaTypes(node.requests[0], official[0], V1, false);
	});

	it('delete of one user sends what deleteUsers([id]) sends', async () => {
		const respond = always({ data: { status: 'SUCCESS' } });
		const node = await viaNode({ resource: 'user', operation: 'delete', userIds: 'usr1' }, respond);
		const official = await viaSdk(() => clients.users().deleteUsers(['usr1']), respond);
		expectSameRequests(node.requests, official, 1);
	});
});
