'use strict';
// Roles (IAM): the workspace's roles, for invites and permissions. Dev-only.

const { ROLES } = require('../seed');

module.exports = function register(context) {
	const { route, paginate } = context;
	route('GET', '/roles', (ctx) =>
		paginate(
			ctx.query,
			'roles',
			Object.values(ROLES).map((role) => ({
				id: role.roleId,
				name: role.roleName,
				description: role.roleName,
			})),
		),
	);
};
