import type { IDataObject } from 'n8n-workflow';

/** One event-volume series: its dimensions, total and buckets, ready for a chart or a table. */
export function simplifyVolumeSeries(record: IDataObject): IDataObject {
	const source = record.source as IDataObject | undefined;
	return {
		sourceId: source?.id,
		sourceName: source?.name,
		sourceSlug: source?.slug,
		eventName: record.eventName,
		eventType: record.eventType,
		appVersion: record.appVersion,
		total: record.total,
		series: record.series,
	};
}
