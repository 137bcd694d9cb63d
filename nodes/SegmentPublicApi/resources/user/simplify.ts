import type { IDataObject } from 'n8n-workflow';

/** Roles come only with a single user (User > Get); Segment's user list has no permissions. */
export function simplifyUser(record: IDataObject): IDataObject {
	const permissions = record.permissions as IDataObject[] | undefined;
	return {
		id: record.id,
		name: record.name,
		email: record.email,
		...(Array.isArray(permissions)
			? { roles: permissions.map((permission) => permission.roleName) }
			: {}),
	};
}
