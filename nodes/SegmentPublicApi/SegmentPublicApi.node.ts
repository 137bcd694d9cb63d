import {
	NodeConnectionTypes,
	type INodeProperties,
	type INodePropertyOptions,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { listSearch } from './listSearch';
import {
	getCatalogItems,
	getDestinationActions,
	getDestinationCatalog,
	getDestinations,
	getLabels,
	getRoles,
	getSourceCatalog,
	getSources,
	getUsers,
	getWarehouseCatalog,
	getWarehouses,
} from './loadOptions';
import { apiRequestDescription } from './resources/apiRequest';
import { auditEventDescription } from './resources/auditEvent';
import { catalogDescription } from './resources/catalog';
import { destinationDescription } from './resources/destination';
import { eventVolumeDescription } from './resources/eventVolume';
import { functionDescription } from './resources/function';
import { inviteDescription } from './resources/invite';
import { labelDescription } from './resources/label';
import { regulationDescription } from './resources/regulation';
import { roleDescription } from './resources/role';
import { sourceDescription } from './resources/source';
import { subscriptionDescription } from './resources/subscription';
import { trackingPlanDescription } from './resources/trackingPlan';
import { transformationDescription } from './resources/transformation';
import { userDescription } from './resources/user';
import { userGroupDescription } from './resources/userGroup';
import { warehouseDescription } from './resources/warehouse';
import { workspaceDescription } from './resources/workspace';
import { deliveryOverviewDescription } from './resources/deliveryOverview';
import { usageDescription } from './resources/usage';
import { destinationFilterDescription } from './resources/destinationFilter';
import { insertFunctionInstanceDescription } from './resources/insertFunctionInstance';
import { profilesWarehouseDescription } from './resources/profilesWarehouse';
import { reverseEtlDescription } from './resources/reverseEtl';
import { spaceDescription } from './resources/space';
import { computedTraitDescription } from './resources/computedTrait';
import { spaceFilterDescription } from './resources/spaceFilter';
import { audienceDescription } from './resources/audience';
import { activationDescription } from './resources/activation';
import { spaceSchemaDescription } from './resources/spaceSchema';
import { warehouseCredentialDescription } from './resources/warehouseCredential';
import { customerInsightsDescription } from './resources/customerInsights';
import { requestPolicyOptions } from './shared/descriptions';
import { routedOperations } from './shared/runner';
import { assertSupportedN8n } from './shared/n8nSupport';

assertSupportedN8n();

const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Any Endpoint',
				value: 'apiRequest',
				description:
					'Any other Public API endpoint, with pagination, retries and media types handled',
			},
			{
				name: 'Audit Event',
				value: 'auditEvent',
				description: "The workspace's audit trail: who created, changed or deleted what",
			},
			{ name: 'Catalog', value: 'catalog' },
			{
				name: 'Customer Insights Download',
				value: 'customerInsights',
				description: 'Download links for Customer Insights exports',
			},
			{
				name: 'Deletion and Suppression',
				value: 'regulation',
				description: "Regulations that delete or suppress people's data (GDPR, CCPA requests)",
			},
			{
				name: 'Delivery Overview',
				value: 'deliveryOverview',
				description:
					'Where events were received, filtered, failed or delivered, step by step, over time',
			},
			{ name: 'Destination', value: 'destination' },
			{
				name: 'Destination Filter',
				value: 'destinationFilter',
				description: 'Filters that drop, sample or trim events before a destination',
			},
			{ name: 'Destination Subscription', value: 'destinationSubscription' },
			{
				name: 'Engage: Audience',
				value: 'audience',
				description: 'Audiences of a space: definitions, previews, runs and schedules',
			},
			{
				name: 'Engage: Audience Activation',
				value: 'activation',
				description: "An audience's destinations and activations",
			},
			{
				name: 'Engage: Computed Trait',
				value: 'computedTrait',
				description: 'Computed traits of a space',
			},
			{
				name: 'Engage: Profiles Sync',
				value: 'profilesWarehouse',
				description: "Warehouses that receive a space's profiles (Profiles Sync)",
			},
			{
				name: 'Engage: Space',
				value: 'space',
				description: 'Engage spaces and their messaging subscriptions',
			},
			{
				name: 'Engage: Space Filter',
				value: 'spaceFilter',
				description: 'Filters of a space',
			},
			{
				name: 'Engage: Space Schema',
				value: 'spaceSchema',
				description: 'The events, traits and entities a space has seen, with sample values',
			},
			{ name: 'Event Volume', value: 'eventVolume' },
			{ name: 'Function', value: 'function' },
			{
				name: 'Insert Function Instance',
				value: 'insertFunctionInstance',
				description: 'Insert functions attached to a destination or source',
			},
			{ name: 'Invite', value: 'invite' },
			{ name: 'Label', value: 'label' },
			{
				name: 'Reverse ETL',
				value: 'reverseEtl',
				description: 'Reverse ETL models and their syncs, and dbt model syncs',
			},
			{ name: 'Role', value: 'role' },
			{ name: 'Source', value: 'source' },
			{ name: 'Tracking Plan', value: 'trackingPlan' },
			{ name: 'Transformation', value: 'transformation' },
			{
				name: 'Usage',
				value: 'usage',
				description: 'API calls and Monthly Tracked Users per day, for the workspace or per source',
			},
			{ name: 'User', value: 'user' },
			{ name: 'User Group', value: 'userGroup' },
			{ name: 'Warehouse', value: 'warehouse' },
			{
				name: 'Warehouse Credential',
				value: 'warehouseCredential',
				description: 'Credentials Segment uses to reach warehouses and other cloud resources',
			},
			{
				name: 'Workspace',
				value: 'workspace',
				description: 'The workspace itself: export its whole configuration, compare two exports',
			},
		],
		default: 'source',
	},
	...apiRequestDescription,
	...auditEventDescription,
	...catalogDescription,
	...regulationDescription,
	...destinationDescription,
	...subscriptionDescription,
	...eventVolumeDescription,
	...functionDescription,
	...inviteDescription,
	...labelDescription,
	...roleDescription,
	...sourceDescription,
	...trackingPlanDescription,
	...transformationDescription,
	...userDescription,
	...userGroupDescription,
	...warehouseDescription,
	...workspaceDescription,
	...deliveryOverviewDescription,
	...usageDescription,
	...destinationFilterDescription,
	...insertFunctionInstanceDescription,
	...profilesWarehouseDescription,
	...reverseEtlDescription,
	...spaceDescription,
	...computedTraitDescription,
	...spaceFilterDescription,
	...audienceDescription,
	...activationDescription,
	...spaceSchemaDescription,
	...warehouseCredentialDescription,
	...customerInsightsDescription,
	requestPolicyOptions,
];

/**
 * The canvas subtitle, "Get Many: Destination Subscription", from the names the editor shows for
 * the chosen resource and operation (the values are internal names).
 */
function subtitleOf(nodeProperties: INodeProperties[]): string {
	const resourceNames: Record<string, string> = {};
	const operationNames: Record<string, string> = {};
	for (const property of nodeProperties) {
		const options = (property.options ?? []) as INodePropertyOptions[];
		if (property.name === 'resource') {
			for (const option of options) resourceNames[String(option.value)] = option.name;
		}
		if (property.name === 'operation') {
			for (const resource of property.displayOptions?.show?.resource ?? []) {
				for (const option of options) {
					operationNames[`${String(resource)}.${String(option.value)}`] = option.name;
				}
			}
		}
	}
	const resources = JSON.stringify(resourceNames);
	const operations = JSON.stringify(operationNames);
	return `={{ ${operations}[$parameter["resource"] + "." + $parameter["operation"]] + ": " + ${resources}[$parameter["resource"]] }}`;
}

export class SegmentPublicApi implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Segment Public API',
		name: 'segmentPublicApi',
		icon: { light: 'file:segment.svg', dark: 'file:segment.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: subtitleOf(properties),
		description:
			'Manage a Segment workspace through the Public API: sources, destinations, warehouses, subscriptions, functions, transformations, users and more',
		defaults: { name: 'Segment Public API' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'segmentPublicApi', required: true }],
		// Empty, yet what marks the node as declarative to n8n: every request's base URL and
		// headers come from shared/transport.ts.
		requestDefaults: {},
		properties,
	};

	customOperations = routedOperations(this.description);

	methods = {
		listSearch,
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
			getLabels,
		},
	};
}
