import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { simplify } from '../../shared/descriptions';

/** The Simplify field, naming the fields it keeps. */
export function simplifyField(fields: string): INodeProperties {
	return simplify(`Whether to return only the main fields (${fields}) instead of the raw data`);
}

/** A destination connected to an audience, without its settings. */
export function simplifyConnection(record: IDataObject): IDataObject {
	const metadata = (record.metadata as IDataObject | undefined) ?? {};
	return {
		id: record.id,
		name: record.name,
		destinationId: record.destinationId,
		type: metadata.name,
		typeSlug: metadata.slug,
		enabled: record.enabled,
		sourceId: record.sourceId,
		idSyncConfiguration: record.idSyncConfiguration,
	};
}

/** An activation without its personalization and mapping settings. */
export function simplifyActivation(record: IDataObject): IDataObject {
	const mapping = record.destinationMapping as IDataObject | undefined;
	return {
		id: record.id,
		activationName: record.activationName,
		displayName: record.displayName,
		activationType: record.activationType,
		enabled: record.enabled,
		audienceId: record.audienceId,
		connectionId: record.connectionId,
		actionId: mapping?.actionId,
		performResync: record.performResync,
	};
}

export const ACTIVATION_SIMPLE_FIELDS =
	'ID, name, type, enabled, audience, connection, action and resync status';
