import type { IDataObject } from 'n8n-workflow';

/** An audience reduced to what a workflow usually reads: identity, state, type, query and size. */
export function simplifyAudience(record: IDataObject): IDataObject {
	const definition = record.definition as IDataObject | null | undefined;
	const size = record.size as IDataObject | undefined;
	const cadence = record.computeCadence as IDataObject | undefined;
	return {
		id: record.id,
		spaceId: record.spaceId,
		name: record.name,
		key: record.key,
		enabled: record.enabled,
		status: record.status,
		audienceType: record.audienceType,
		query: definition?.query,
		...(cadence ? { computeCadence: cadence.type } : {}),
		...(size ? { size: size.count } : {}),
		...(Array.isArray(record.schedules) ? { schedules: record.schedules } : {}),
		updatedAt: record.updatedAt,
	};
}
