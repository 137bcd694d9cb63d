import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { simplify } from '../../shared/descriptions';

/** A credential without its settings: ID, name, type and times. */
export function simplifyCredential(record: IDataObject): IDataObject {
	return {
		id: record.id,
		name: record.name,
		type: (record.settings as IDataObject | undefined)?.type,
		workspaceId: record.workspaceId,
		createdAt: record.createdAt,
		updatedAt: record.updatedAt,
	};
}

export function simplifyCredentialField(): INodeProperties {
	return {
		...simplify(),
		description:
			'Whether to return only the ID, name, type, workspace and times instead of the whole credential with its settings',
	};
}
