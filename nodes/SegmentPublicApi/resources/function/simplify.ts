import type { IDataObject } from 'n8n-workflow';

/** A function without its code and settings: ID, name, type, description and times. */
export function simplifyFunction(record: IDataObject): IDataObject {
	return {
		id: record.id,
		displayName: record.displayName,
		resourceType: record.resourceType,
		description: record.description,
		deployedAt: record.deployedAt,
		createdAt: record.createdAt,
	};
}
