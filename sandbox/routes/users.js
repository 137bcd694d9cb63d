'use strict';
// Users of the workspace. Dev-only.

module.exports = function register(context) {
	const { route, state, paginate, queryArray, notFound, invalidOne, clone, getUser } = context;
	const userOut = (user, withPermissions) =>
		withPermissions ? clone(user) : { id: user.id, name: user.name, email: user.email };

	route('GET', '/users', (ctx) =>
		paginate(ctx.query, 'users', [...state.users.values()], (user) => userOut(user, false)),
	);
	route('GET', '/users/:userId', (ctx) => ({ user: userOut(getUser(ctx.params.userId), true) }));
	// Answers no groups for every user, members of user groups included.
	route('GET', '/users/:userId/groups', (ctx) => {
		getUser(ctx.params.userId);
		return paginate(ctx.query, 'groups', []);
	});
	route('DELETE', '/users', (ctx) => {
		const ids = queryArray(ctx.query, 'userIds');
		if (!ids || ids.length === 0) throw invalidOne('userIds', '"userIds" is required');
		const missing = ids.filter((id) => !state.users.has(id));
		if (missing.length > 0) throw notFound(`User not found: ${missing.join(', ')}`);
		for (const id of ids) state.users.delete(id);
		return { status: 'SUCCESS' };
	});
};
