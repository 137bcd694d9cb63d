/**
 * Differential tests, User Group: our node against IAMGroupsApi of Segment's official SDK,
 * compared on method, path, decoded query, body and Authorization header; media types are
 * compared in expectMediaTypes.
 */
import { always, byId, expectSameRequests, onePage, viaNode, viaSdk } from './capture';
import { clients, expectMediaTypes, V1 } from './clients';

const AWKWARD_ID = 'id with space/slash';
const group = { id: 'grp1', name: 'Analysts', memberCount: 2, permissions: [] };
const emails = ['ada@example.com', 'grace@example.com'];

describe('Differential > User Group', () => {
	it('getAll with a Limit sends what listUserGroups sends', async () => {
		const respond = onePage('userGroups', [group]);
		const node = await viaNode({ resource: 'userGroup', operation: 'getAll', limit: 4 }, respond);
		const official = await viaSdk(() => clients.groups().listUserGroups({ count: 4 }), respond);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, false);
	});

	it.each([
		[
			'get',
			{ userGroupId: byId(AWKWARD_ID) },
			() => clients.groups().getUserGroup(AWKWARD_ID),
			false,
		],
		[
			'delete',
			{ userGroupId: byId(AWKWARD_ID) },
			() => clients.groups().deleteUserGroup(AWKWARD_ID),
			false,
		],
		[
			'create',
			{ name: 'Analysts' },
			() => clients.groups().createUserGroup({ name: 'Analysts' }),
			true,
		],
		[
			'update',
			{ userGroupId: byId(AWKWARD_ID), name: 'Data' },
			() => clients.groups().updateUserGroup(AWKWARD_ID, { name: 'Data' }),
			true,
		],
		[
			'addUsers',
			{ userGroupId: byId(AWKWARD_ID), emails: emails.join(', ') },
			() => clients.groups().addUsersToUserGroup(AWKWARD_ID, { emails }),
			true,
		],
		[
			'replaceUsers',
			{ userGroupId: byId(AWKWARD_ID), emails: emails.join(', ') },
			() => clients.groups().replaceUsersInUserGroup(AWKWARD_ID, { emails }),
			true,
		],
		[
			'removeUsers',
			{ userGroupId: byId(AWKWARD_ID), emails: emails.join(', ') },
			() => clients.groups().removeUsersFromUserGroup(AWKWARD_ID, emails),
			false,
		],
	] as const)('%s sends what the SDK sends', async (operation, parameters, official, withBody) => {
		const respond = always({ data: { userGroup: group, status: 'SUCCESS' } });
		const node = await viaNode({ resource: 'userGroup', operation, ...parameters }, respond);
		const sdkRequests = await viaSdk(official, respond);
		expectSameRequests(node.requests, sdkRequests, 1);
		expectMediaTypes(node.requests[0], sdkRequests[0], V1, withBody);
	});

	it('getUsers and getInvites with a Limit send what listUsersFromUserGroup and listInvitesFromUserGroup send', async () => {
		const users = onePage('users', [{ id: 'usr1', name: 'Ada', email: emails[0] }]);
		const nodeUsers = await viaNode(
			{ resource: 'userGroup', operation: 'getUsers', userGroupId: byId(AWKWARD_ID), limit: 3 },
			users,
		);
		const sdkUsers = await viaSdk(
			() => clients.groups().listUsersFromUserGroup(AWKWARD_ID, { count: 3 }),
			users,
		);
		expectSameRequests(nodeUsers.requests, sdkUsers, 1);

		const invites = always({ data: { emails, pagination: { current: 'MA==', next: null } } });
		const nodeInvites = await viaNode(
			{ resource: 'userGroup', operation: 'getInvites', userGroupId: byId(AWKWARD_ID), limit: 3 },
			invites,
		);
		const sdkInvites = await viaSdk(
			() => clients.groups().listInvitesFromUserGroup(AWKWARD_ID, { count: 3 }),
			invites,
		);
		expectSameRequests(nodeInvites.requests, sdkInvites, 1);
		expect(nodeInvites.items).toEqual(emails.map((email) => ({ email })));
	});
});
