'use strict';
// Workspace: the workspace the token belongs to. Dev-only.

module.exports = function register(context) {
	const { route, state } = context;
	route('GET', '/', () => ({ workspace: { ...state.workspace } }));
};
