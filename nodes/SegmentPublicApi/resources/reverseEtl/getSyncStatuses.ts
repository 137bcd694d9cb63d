import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/descriptions';
import { customRouting } from '../../shared/routing';
import { listRecords } from '../../shared/transport';
import { retlSubscriptionIdField, SUBSCRIPTION_ID_HINT } from './fields';
import { MODELS } from './syncs';

/** Segment's largest page of sync statuses. */
export const MAX_STATUSES_PER_PAGE = 100;

/** Get Sync Statuses: pages of up to 100 through `count` and `cursor` (not `pagination[…]`). */
const getSyncStatusesRouting = customRouting(
	'GET',
	`${MODELS}/{reverseEtlModelId}/subscriptionId/{subscriptionId}/syncs`,
	async function (policy, _requestData, tools) {
		const records = await listRecords.call(this, {
			...policy,
			path: await tools.path(),
			version: 'v1alpha',
			root: 'syncStatuses',
			limit: tools.limit(),
			maxPageSize: MAX_STATUSES_PER_PAGE,
			pageQuery: { count: 'count', cursor: 'cursor' },
		});
		return records.map((json) => ({ json }));
	},
);

export const option: INodePropertyOptions = {
	name: 'Get Sync Statuses',
	value: 'getSyncStatuses',
	action: 'Get the sync statuses of a reverse ETL mapping',
	description: 'List the syncs of one mapping (subscription) of a model, newest first',
	routing: getSyncStatusesRouting,
};

const properties: INodeProperties[] = [
	resourceLocator('reverseEtlModelId', 'The model whose syncs to list'),
	retlSubscriptionIdField(
		`The mapping (subscription) whose syncs to list: ${SUBSCRIPTION_ID_HINT}`,
	),
	...returnAllAndLimit(),
];

const displayOptions = { show: { resource: ['reverseEtl'], operation: ['getSyncStatuses'] } };

export const description = updateDisplayOptions(displayOptions, properties);
