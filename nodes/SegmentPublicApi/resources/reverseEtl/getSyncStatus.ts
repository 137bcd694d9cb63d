import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { customRouting } from '../../shared/routing';
import { syncIdField } from './fields';
import { fetchSyncStatus, MODELS, syncIdsOf } from './syncs';

const getSyncStatusRouting = customRouting(
	'GET',
	`${MODELS}/{reverseEtlModelId}/syncs/{syncId}`,
	async function (policy) {
		const { modelId, syncId } = await syncIdsOf.call(this);
		return [{ json: await fetchSyncStatus.call(this, policy, modelId, syncId) }];
	},
);

export const option: INodePropertyOptions = {
	name: 'Get Sync Status',
	value: 'getSyncStatus',
	action: 'Get the status of a reverse ETL sync',
	description:
		'Get the status of one sync, with its duration and extract and load counts (250 requests a minute)',
	routing: getSyncStatusRouting,
};

const properties: INodeProperties[] = [
	resourceLocator('reverseEtlModelId', 'The model the sync belongs to'),
	syncIdField('The ID of the sync, as Start Sync or Get Sync Statuses return it'),
];

const displayOptions = { show: { resource: ['reverseEtl'], operation: ['getSyncStatus'] } };

export const description = updateDisplayOptions(displayOptions, properties);
