import type { IDataObject } from 'n8n-workflow';

export function simplifyCatalogItem(record: IDataObject): IDataObject {
	return {
		id: record.id,
		name: record.name,
		slug: record.slug,
		description: record.description,
		categories: record.categories,
		status: record.status,
	};
}
