import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';

export const PROFILES_WAREHOUSES = '/spaces/{spaceId}/profiles-warehouses';
export const PROFILES_WAREHOUSE = `${PROFILES_WAREHOUSES}/{profilesWarehouseId}`;

/**
 * A Profiles Sync warehouse, picked from those of the space chosen above (they are not listed with
 * the workspace's warehouses), or given by ID.
 */
export function profilesWarehouseIdField(description: string): INodeProperties {
	return resourceLocator('profilesWarehouseId', description);
}

/** The fields of a Profiles Sync warehouse a user reads first; its settings stay out. */
export function simplifyProfilesWarehouse(record: IDataObject): IDataObject {
	const metadata = (record.metadata as IDataObject | undefined) ?? {};
	return {
		id: record.id,
		name: (record.settings as IDataObject | undefined)?.name ?? record.name,
		enabled: record.enabled,
		type: metadata.name,
		typeId: metadata.id,
		spaceId: record.spaceId,
		schemaName: record.schemaName,
		workspaceId: record.workspaceId,
	};
}

/** The schema name field of create and update, sent in the body. */
export function schemaNameField(description: string): INodeProperties {
	return {
		displayName: 'Schema Name',
		name: 'schemaName',
		type: 'string',
		default: '',
		placeholder: 'e.g. profiles_production',
		description,
		routing: { send: { type: 'body', property: 'schemaName' } },
	};
}
