/**
 * Differential tests, Invite resource: our node against the invite methods of IAMUsersApi
 * (createInvites, listInvites, deleteInvites) and WorkspacesApi.getWorkspace, compared on method,
 * path, decoded query, body and Authorization header; media types in expectMediaTypes.
 */
import { ResourceV1 } from '@segment/public-api-sdk-typescript';
import { always, expectSameRequests, onePage, viaNode, viaSdk, type Responder } from './capture';
import { clients, expectMediaTypes, V1 } from './clients';

const CURSOR = 'Mg+/cursor==';

/** Answers the workspace lookup (GET /) and the invite creation alike for both clients. */
const respondCreate: Responder = (request) =>
	request.path === '/'
		? [200, { data: { workspace: { id: 'ws1', slug: 'acme', name: 'Acme' } } }]
		: [200, { data: { emails: ['ada@example.com', 'grace@example.com'] } }];

describe('Differential > Invite', () => {
	it('create with a role sends getWorkspace, then what createInvites sends with the role on that workspace', async () => {
		const node = await viaNode(
			{ resource: 'invite', operation: 'create', emails: 'ada@example.com,\ngrace@example.com', roleId: 'role1' },
			respondCreate,
		);
		const official = await viaSdk(async () => {
			const { body } = await clients.workspaces().getWorkspace();
			const permissions = [
				{ roleId: 'role1', resources: [{ id: body.data?.workspace.id ?? '', type: ResourceV1.TypeEnum.WORKSPACE }] },
			];
			await clients.users().createInvites({
				invites: [
					{ email: 'ada@example.com', permissions },
					{ email: 'grace@example.com', permissions },
				],
			});
		}, respondCreate);
		expectSameRequests(node.requests, official, 2);
		expectMediaTypes(node.requests[0], official[0], V1, false);
		expectMediaTypes(node.requests[1], official[1], V1, true);
	});

	it('create with permissions JSON sends only what createInvites sends', async () => {
		const permissions = [{ roleId: 'role2', resources: [{ id: 'src1', type: 'SOURCE' }] }];
		const node = await viaNode(
			{
				resource: 'invite',
				operation: 'create',
				emails: 'ada@example.com',
				roleId: 'role1',
				additionalFields: { permissions: JSON.stringify(permissions) },
			},
			respondCreate,
		);
		const official = await viaSdk(
			() =>
				clients.users().createInvites({
					invites: [
						{
							email: 'ada@example.com',
							permissions: [{ roleId: 'role2', resources: [{ id: 'src1', type: ResourceV1.TypeEnum.SOURCE }] }],
						},
					],
				}),
			respondCreate,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('getAll with a Limit sends what listInvites({count}) sends', async () => {
		const respond = onePage('invites', []);
		const node = await viaNode({ resource: 'invite', operation: 'getAll', limit: 6 }, respond);
		const official = await viaSdk(() => clients.users().listInvites({ count: 6 }), respond);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, false);
	});

	it('getAll with Return All pages as listInvites does with count 1000 and the cursor', async () => {
		const respond: Responder = (request) => {
			const second = request.query['pagination[cursor]'] === CURSOR;
			return [200, { data: { invites: [second ? 'b@x.com' : 'a@x.com'], pagination: { next: second ? null : CURSOR } } }];
		};
		const node = await viaNode({ resource: 'invite', operation: 'getAll', returnAll: true }, respond);
		const official = await viaSdk(async () => {
			const api = clients.users();
			await api.listInvites({ count: 1000 });
			await api.listInvites({ count: 1000, cursor: CURSOR });
		}, respond);
		expectSameRequests(node.requests, official, 2);
		// Intended: Return All asks the largest page the API accepts, 1000, on every page.
		expect(node.requests.map((request) => request.query['pagination[count]'])).toEqual(['1000', '1000']);
		expect(node.items).toEqual([{ email: 'a@x.com' }, { email: 'b@x.com' }]);
	});

	it('delete sends the emails array as deleteInvites does', async () => {
		const respond = always({ data: { status: 'SUCCESS' } });
		const node = await viaNode(
			{ resource: 'invite', operation: 'delete', emails: 'ada@example.com, grace+test@example.com' },
			respond,
		);
		const official = await viaSdk(
			() => clients.users().deleteInvites(['ada@example.com', 'grace+test@example.com']),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expect(node.requests[0].query).toStrictEqual({ 'emails[0]': 'ada@example.com', 'emails[1]': 'grace+test@example.com' });
		expectMediaTypes(node.requests[0], official[0], V1, false);
	});
});
