import type { INodeProperties } from 'n8n-workflow';

/** Which catalog both operations read; it shows for the whole resource, below the Operation menu. */
export const catalogTypeField: INodeProperties = {
	displayName: 'Catalog',
	name: 'catalogType',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['catalog'] } },
	options: [
		{ name: 'Destination Types', value: 'destination' },
		{ name: 'Source Types', value: 'source' },
		{ name: 'Warehouse Types', value: 'warehouse' },
	],
	default: 'source',
	description: "Which part of Segment's catalog to read",
};
