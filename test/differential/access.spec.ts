/**
 * Differential tests, access and keys: Role > Get Many, User > Get Groups, Source > Create and
 * Remove Write Key, Warehouse > Get Connection State, against IAMRolesApi, IAMUsersApi,
 * SourcesApi and WarehousesApi of Segment's official SDK, compared on method, path, decoded query,
 * body and Authorization header; media types are compared in expectMediaTypes.
 */
import { always, byId, expectSameRequests, onePage, sdk, viaNode, viaSdk } from './capture';
import { clients, expectMediaTypes, V1, V1ALPHA } from './clients';

const AWKWARD_ID = 'id with space/slash';

describe('Differential > access and keys', () => {
	it('role getAll with a Limit sends what listRoles({count}) sends', async () => {
		const respond = onePage('roles', [
			{ id: 'role1', name: 'Workspace Owner', description: 'All' },
		]);
		const node = await viaNode({ resource: 'role', operation: 'getAll', limit: 3 }, respond);
		const official = await viaSdk(() => clients.roles().listRoles({ count: 3 }), respond);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, false);
	});

	it('user getGroups with a Limit sends what listUserGroupsFromUser sends, encoding the ID alike', async () => {
		const respond = onePage('groups', [{ id: 'grp1', name: 'Analysts' }]);
		const node = await viaNode(
			{ resource: 'user', operation: 'getGroups', userId: byId(AWKWARD_ID), limit: 5 },
			respond,
		);
		const official = await viaSdk(
			() => clients.users().listUserGroupsFromUser(AWKWARD_ID, { count: 5 }),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, false);
	});

	it('source createWriteKey sends what createWriteKeyForSource sends', async () => {
		const respond = always({ data: { source: { id: 'src1', writeKeys: ['a', 'b'] } } });
		const node = await viaNode(
			{ resource: 'source', operation: 'createWriteKey', sourceId: byId(AWKWARD_ID) },
			respond,
		);
		const official = await viaSdk(() => sdk.sources().createWriteKeyForSource(AWKWARD_ID), respond);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, false);
	});

	it('source removeWriteKey sends what removeWriteKeyFromSource sends', async () => {
		const respond = always({ data: { status: 'SUCCESS' } });
		const node = await viaNode(
			{
				resource: 'source',
				operation: 'removeWriteKey',
				sourceId: byId(AWKWARD_ID),
				writeKey: 'key/1 2',
			},
			respond,
		);
		const official = await viaSdk(
			() => sdk.sources().removeWriteKeyFromSource(AWKWARD_ID, 'key/1 2'),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, false);
	});

	it('warehouse getConnectionState sends what getConnectionStateFromWarehouse sends', async () => {
		const respond = always({ data: { connectionState: 'CONNECTED' } });
		const node = await viaNode(
			{ resource: 'warehouse', operation: 'getConnectionState', warehouseId: byId(AWKWARD_ID) },
			respond,
		);
		const official = await viaSdk(
			() => sdk.warehouses().getConnectionStateFromWarehouse(AWKWARD_ID),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, false);
		expect(node.items).toEqual([{ connectionState: 'CONNECTED' }]);
	});
});

describe('Differential > permissions', () => {
	// The SDK types `type` as a numeric enum but sends what it is given; Segment takes the name.
	const permissions = [{ roleId: 'role1', resources: [{ id: 'src1', type: 'SOURCE' as never }] }];
	const respond = always({ data: { permissions } });
	const json = { additionalFields: { permissions: JSON.stringify(permissions) }, roleId: 'unused' };

	it.each([
		[
			'user',
			'addPermissions',
			() => clients.users().addPermissionsToUser(AWKWARD_ID, { permissions }),
		],
		[
			'user',
			'replacePermissions',
			() => clients.users().replacePermissionsForUser(AWKWARD_ID, { permissions }),
		],
		[
			'userGroup',
			'addPermissions',
			() => clients.groups().addPermissionsToUserGroup(AWKWARD_ID, { permissions }),
		],
		[
			'userGroup',
			'replacePermissions',
			() => clients.groups().replacePermissionsForUserGroup(AWKWARD_ID, { permissions }),
		],
	] as const)('%s %s sends what the SDK sends', async (resource, operation, official) => {
		const idField = resource === 'user' ? 'userId' : 'userGroupId';
		const node = await viaNode(
			{ resource, operation, [idField]: byId(AWKWARD_ID), ...json },
			respond,
		);
		const sdkRequests = await viaSdk(official, respond);
		expectSameRequests(node.requests, sdkRequests, 1);
		expectMediaTypes(node.requests[0], sdkRequests[0], V1, true);
	});
});
