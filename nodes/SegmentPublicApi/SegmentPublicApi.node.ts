import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { searchDestinations } from './listSearch/searchDestinations';
import { searchFunctions } from './listSearch/searchFunctions';
import { searchSources } from './listSearch/searchSources';
import { searchTransformations } from './listSearch/searchTransformations';
import { searchUsers } from './listSearch/searchUsers';
import { searchWarehouses } from './listSearch/searchWarehouses';
import {
	getCatalogItems,
	getDestinationActions,
	getDestinationCatalog,
	getDestinations,
	getRoles,
	getSourceCatalog,
	getSources,
	getUsers,
	getWarehouseCatalog,
	getWarehouses,
} from './loadOptions';
import { apiRequestDescription } from './resources/apiRequest';
import { catalogDescription } from './resources/catalog';
import { destinationDescription } from './resources/destination';
import { eventVolumeDescription } from './resources/eventVolume';
import { functionDescription } from './resources/function';
import { inviteDescription } from './resources/invite';
import { sourceDescription } from './resources/source';
import { subscriptionDescription } from './resources/subscription';
import { transformationDescription } from './resources/transformation';
import { userDescription } from './resources/user';
import { warehouseDescription } from './resources/warehouse';
import { requestPolicyOptions } from './shared/descriptions';

export class SegmentPublicApi implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Segment Public API',
		name: 'segmentPublicApi',
		icon: { light: 'file:segment.svg', dark: 'file:segment.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Manage a Segment workspace through the Public API: sources, destinations, warehouses, subscriptions, functions, transformations, users and more',
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
					{ name: 'API Request', value: 'apiRequest' },
					{ name: 'Catalog', value: 'catalog' },
					{ name: 'Destination', value: 'destination' },
					{ name: 'Destination Subscription', value: 'destinationSubscription' },
					{ name: 'Event Volume', value: 'eventVolume' },
					{ name: 'Function', value: 'function' },
					{ name: 'Invite', value: 'invite' },
					{ name: 'Source', value: 'source' },
					{ name: 'Transformation', value: 'transformation' },
					{ name: 'User', value: 'user' },
					{ name: 'Warehouse', value: 'warehouse' },
				],
				default: 'source',
			},
			...apiRequestDescription,
			...catalogDescription,
			...destinationDescription,
			...subscriptionDescription,
			...eventVolumeDescription,
			...functionDescription,
			...inviteDescription,
			...sourceDescription,
			...transformationDescription,
			...userDescription,
			...warehouseDescription,
			requestPolicyOptions,
		],
	};

	methods = {
		listSearch: {
			searchSources,
			searchDestinations,
			searchWarehouses,
			searchFunctions,
			searchTransformations,
			searchUsers,
		},
		loadOptions: {
			getSources,
			getDestinations,
			getWarehouses,
			getSourceCatalog,
			getDestinationCatalog,
			getWarehouseCatalog,
			getCatalogItems,
			getDestinationActions,
			getUsers,
			getRoles,
		},
	};
}
