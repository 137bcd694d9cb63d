import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { searchDestinations } from './listSearch/searchDestinations';
import { searchSources } from './listSearch/searchSources';
import { searchWarehouses } from './listSearch/searchWarehouses';
import {
	getCatalogItems,
	getDestinationCatalog,
	getDestinations,
	getSourceCatalog,
	getSources,
	getWarehouseCatalog,
	getWarehouses,
} from './loadOptions';
import { catalogDescription } from './resources/catalog';
import { requestPolicyOptions } from './shared/descriptions';
import { destinationDescription } from './resources/destination';
import { sourceDescription } from './resources/source';
import { warehouseDescription } from './resources/warehouse';

export class SegmentPublicApi implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Segment Public API',
		name: 'segmentPublicApi',
		icon: { light: 'file:segment.svg', dark: 'file:segment.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Manage a Segment workspace through the Public API: sources, destinations, warehouses and the catalog',
		defaults: { name: 'Segment Public API' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'segmentPublicApi', required: true }],
		requestDefaults: {
			headers: { Accept: 'application/vnd.segment.v1+json' },
		},
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Catalog', value: 'catalog' },
					{ name: 'Destination', value: 'destination' },
					{ name: 'Source', value: 'source' },
					{ name: 'Warehouse', value: 'warehouse' },
				],
				default: 'source',
			},
			...catalogDescription,
			...destinationDescription,
			...sourceDescription,
			...warehouseDescription,
			requestPolicyOptions,
		],
	};

	methods = {
		listSearch: { searchSources, searchDestinations, searchWarehouses },
		loadOptions: {
			getSources,
			getDestinations,
			getWarehouses,
			getSourceCatalog,
			getDestinationCatalog,
			getWarehouseCatalog,
			getCatalogItems,
		},
	};
}
