'use strict';
// Invites to the workspace. Dev-only.

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

module.exports = function register(context) {
	const {
		route,
		state,
		nowIso,
		paginate,
		readBody,
		check,
		assertValid,
		queryArray,
		notFound,
		invalidOne,
		clone,
		isObject,
	} = context;
	route(
		'POST',
		'/invites',
		(ctx) => {
			const body = readBody(ctx);
			assertValid(check(body, [['invites', 'array', true]]));
			const problems = [];
			if (body.invites.length === 0)
				problems.push(['invites', '"invites" must contain at least 1 item']);
			const existingEmails = new Set(
				[...state.users.values()].map((user) => user.email.toLowerCase()),
			);
			body.invites.forEach((invite, index) => {
				const prefix = `invites[${index}].`;
				if (!isObject(invite)) {
					problems.push([`invites[${index}]`, `"invites[${index}]" must be an object`]);
					return;
				}
				problems.push(
					...check(
						invite,
						[
							['email', 'id', true],
							['permissions', 'array', false],
						],
						prefix,
					),
				);
				if (typeof invite.email === 'string' && invite.email !== '') {
					if (!EMAIL.test(invite.email)) problems.push([`${prefix}email`, 'Email is not valid']);
					else if (existingEmails.has(invite.email.toLowerCase()))
						problems.push([`${prefix}email`, 'User is already a member of the workspace']);
				}
				if (Array.isArray(invite.permissions)) {
					invite.permissions.forEach((permission, p) => {
						const field = `${prefix}permissions[${p}]`;
						if (!isObject(permission)) problems.push([field, `"${field}" must be an object`]);
						else
							problems.push(
								...check(
									permission,
									[
										['roleId', 'id', true],
										['resources', 'array', false],
										['labels', 'array', false],
									],
									`${field}.`,
								),
							);
					});
				}
			});
			assertValid(problems);
			const emails = [];
			for (const invite of body.invites) {
				state.invites.set(invite.email, {
					email: invite.email,
					permissions: clone(invite.permissions || []),
					createdAt: nowIso(),
				});
				emails.push(invite.email);
			}
			return { emails };
		},
		{ status: 201 },
	);
	route('GET', '/invites', (ctx) => paginate(ctx.query, 'invites', [...state.invites.keys()]));

	route('DELETE', '/invites', (ctx) => {
		const emails = queryArray(ctx.query, 'emails');
		if (!emails || emails.length === 0) throw invalidOne('emails', '"emails" is required');
		const missing = emails.filter((email) => !state.invites.has(email));
		if (missing.length > 0) throw notFound(`Invite not found: ${missing.join(', ')}`);
		for (const email of emails) state.invites.delete(email);
		return { status: 'SUCCESS' };
	});
};
