import type { IDataObject } from 'n8n-workflow';

export function simplifySubscription(record: IDataObject): IDataObject {
	return {
		id: record.id,
		name: record.name,
		enabled: record.enabled,
		actionId: record.actionId,
		actionSlug: record.actionSlug,
		trigger: record.trigger,
		destinationId: record.destinationId,
	};
}
