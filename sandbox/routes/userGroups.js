'use strict';
// User groups, their members and invites, and the permissions of users and user groups.
// Dev-only.

const { ROLES } = require('../seed');

module.exports = function register(context) {
	const {
		route,
		state,
		randomId,
		paginate,
		readBody,
		check,
		assertValid,
		queryArray,
		notFound,
		invalidOne,
		throwIt,
		clone,
		getUser,
		recordAudit,
	} = context;
	// User groups: members are users of the workspace, found by email; other emails wait as the
	// group's invites. Segment removes and replaces members under /group/ (singular).
	const userGroups = new Map();
	const getUserGroup = (id) => userGroups.get(id) || throwIt(notFound('User group not found'));
	const userGroupOut = (group) => ({
		id: group.id,
		name: group.name,
		memberCount: group.members.size,
		permissions: clone(group.permissions),
	});
	const readEmails = (ctx) => {
		const body = readBody(ctx);
		assertValid(check(body, [['emails', 'array', true]]));
		return body.emails.map((email) => String(email).toLowerCase());
	};
	const addMembers = (group, emails) => {
		const byEmail = new Map(
			[...state.users.values()].map((user) => [user.email.toLowerCase(), user]),
		);
		for (const email of emails) {
			const user = byEmail.get(email);
			if (user) group.members.add(user.id);
			else group.invites.add(email);
		}
	};
	route('GET', '/groups', (ctx) =>
		paginate(ctx.query, 'userGroups', [...userGroups.values()], userGroupOut),
	);
	route(
		'POST',
		'/groups',
		(ctx) => {
			const body = readBody(ctx);
			assertValid(check(body, [['name', 'id', true]]));
			const group = {
				id: randomId(),
				name: body.name,
				members: new Set(),
				invites: new Set(),
				permissions: [],
			};
			userGroups.set(group.id, group);
			recordAudit('User Group Created', 'userGroup', group, group.name);
			return { userGroup: userGroupOut(group) };
		},
		{ status: 201 },
	);
	route('GET', '/groups/:userGroupId', (ctx) => ({
		userGroup: userGroupOut(getUserGroup(ctx.params.userGroupId)),
	}));
	route('PATCH', '/groups/:userGroupId', (ctx) => {
		const group = getUserGroup(ctx.params.userGroupId);
		const body = readBody(ctx);
		assertValid(check(body, [['name', 'id', true]]));
		group.name = body.name;
		recordAudit('User Group Modified', 'userGroup', group, group.name);
		return { userGroup: userGroupOut(group) };
	});
	route('DELETE', '/groups/:userGroupId', (ctx) => {
		const group = getUserGroup(ctx.params.userGroupId);
		userGroups.delete(group.id);
		recordAudit('User Group Deleted', 'userGroup', group, group.name);
		return { status: 'SUCCESS' };
	});
	route('GET', '/groups/:userGroupId/users', (ctx) => {
		const group = getUserGroup(ctx.params.userGroupId);
		const members = [...group.members].map((id) => state.users.get(id)).filter(Boolean);
		return paginate(ctx.query, 'users', members, (user) => ({
			id: user.id,
			name: user.name,
			email: user.email,
		}));
	});
	route('GET', '/groups/:userGroupId/invites', (ctx) =>
		paginate(ctx.query, 'emails', [...getUserGroup(ctx.params.userGroupId).invites]),
	);
	route('POST', '/groups/:userGroupId/users', (ctx) => {
		const group = getUserGroup(ctx.params.userGroupId);
		addMembers(group, readEmails(ctx));
		return { userGroup: userGroupOut(group) };
	});
	route('PUT', '/group/:userGroupId/users', (ctx) => {
		const group = getUserGroup(ctx.params.userGroupId);
		const emails = readEmails(ctx);
		group.members.clear();
		group.invites.clear();
		addMembers(group, emails);
		return { userGroup: userGroupOut(group) };
	});
	route('DELETE', '/group/:userGroupId/users', (ctx) => {
		const group = getUserGroup(ctx.params.userGroupId);
		const emails = (queryArray(ctx.query, 'emails') || []).map((email) => email.toLowerCase());
		if (emails.length === 0) throw invalidOne('emails', '"emails" is required');
		for (const user of state.users.values()) {
			if (emails.includes(user.email.toLowerCase())) group.members.delete(user.id);
		}
		for (const email of emails) group.invites.delete(email);
		return { status: 'SUCCESS' };
	});

	// Permissions of users and user groups: POST adds, PUT replaces; each names a role and resources.
	const readPermissions = (ctx) => {
		const body = readBody(ctx);
		assertValid(check(body, [['permissions', 'array', true]]));
		const byId = new Map(Object.values(ROLES).map((role) => [role.roleId, role]));
		const problems = [];
		const permissions = body.permissions.map((permission, index) => {
			const role = permission && byId.get(permission.roleId);
			if (!role) problems.push([`permissions[${index}].roleId`, 'Unknown role']);
			if (!permission || !Array.isArray(permission.resources))
				problems.push([`permissions[${index}].resources`, '"resources" must be an array']);
			return {
				roleId: permission && permission.roleId,
				roleName: role && role.roleName,
				resources: clone((permission && permission.resources) || []).map((resource) => ({
					labels: [],
					...resource,
				})),
			};
		});
		assertValid(problems);
		return permissions;
	};
	const permissionRoutes = (prefix, get) => {
		route('POST', `${prefix}/permissions`, (ctx) => {
			const holder = get(ctx);
			holder.permissions = [...(holder.permissions || []), ...readPermissions(ctx)];
			return { permissions: clone(holder.permissions) };
		});
		route('PUT', `${prefix}/permissions`, (ctx) => {
			const holder = get(ctx);
			holder.permissions = readPermissions(ctx);
			return { permissions: clone(holder.permissions) };
		});
	};
	permissionRoutes('/users/:userId', (ctx) => getUser(ctx.params.userId));
	permissionRoutes('/groups/:userGroupId', (ctx) => getUserGroup(ctx.params.userGroupId));
};
