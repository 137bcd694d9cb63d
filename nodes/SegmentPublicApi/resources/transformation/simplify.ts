import type { IDataObject } from 'n8n-workflow';

/** A transformation without its rules' details: ID, name, enabled, source, condition and effects. */
export function simplifyTransformation(record: IDataObject): IDataObject {
	return {
		id: record.id,
		name: record.name,
		enabled: record.enabled,
		sourceId: record.sourceId,
		destinationMetadataId: record.destinationMetadataId,
		if: record.if,
		drop: record.drop,
		newEventName: record.newEventName,
	};
}
