import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { reverseEtlCancelSyncDescription } from './cancelSync';
import { reverseEtlCreateModelDescription } from './createModel';
import { reverseEtlDeleteModelDescription } from './deleteModel';
import { reverseEtlGetAllModelsDescription } from './getAllModels';
import { reverseEtlGetModelDescription } from './getModel';
import { reverseEtlGetSyncStatusDescription } from './getSyncStatus';
import { reverseEtlGetSyncStatusesDescription } from './getSyncStatuses';
import { reverseEtlStartSyncDescription } from './startSync';
import {
	cancelSyncRouting,
	getSyncStatusesRouting,
	getSyncStatusRouting,
	startSyncRouting,
} from './syncs';
import { reverseEtlTriggerDbtModelSyncDescription } from './triggerDbtModelSync';
import { reverseEtlUpdateModelDescription } from './updateModel';

const MODEL = '/reverse-etl-models/{reverseEtlModelId}';

export const reverseEtlDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['reverseEtl'] } },
		options: [
			{
				name: 'Cancel Sync',
				value: 'cancelSync',
				action: 'Cancel a reverse ETL sync',
				description: 'Cancel a running sync; Segment may take a few seconds to stop it',
				routing: cancelSyncRouting,
			},
			{
				name: 'Create Model',
				value: 'createModel',
				action: 'Create a reverse ETL model',
				description: 'Create a model: the SQL query that extracts records from a warehouse source',
				routing: segmentRouting({
					method: 'POST',
					path: '/reverse-etl-models',
					root: 'reverseEtlModel',
					version: 'v1alpha',
				}),
			},
			{
				name: 'Delete Model',
				value: 'deleteModel',
				action: 'Delete a reverse ETL model',
				routing: segmentRouting({ method: 'DELETE', path: MODEL, version: 'v1alpha' }),
			},
			{
				name: 'Get Many Models',
				value: 'getAllModels',
				action: 'Get many reverse ETL models',
				description: 'List the models of the workspace',
				routing: segmentRouting({
					method: 'GET',
					path: '/reverse-etl-models',
					root: 'models',
					list: true,
					version: 'v1alpha',
				}),
			},
			{
				name: 'Get Model',
				value: 'getModel',
				action: 'Get a reverse ETL model',
				routing: segmentRouting({
					method: 'GET',
					path: MODEL,
					root: 'reverseEtlModel',
					version: 'v1alpha',
				}),
			},
			{
				name: 'Get Sync Status',
				value: 'getSyncStatus',
				action: 'Get the status of a reverse ETL sync',
				description:
					'Get the status of one sync, with its duration and extract and load counts (250 requests a minute)',
				routing: getSyncStatusRouting,
			},
			{
				name: 'Get Sync Statuses',
				value: 'getSyncStatuses',
				action: 'Get the sync statuses of a reverse ETL mapping',
				description: 'List the syncs of one mapping (subscription) of a model, newest first',
				routing: getSyncStatusesRouting,
			},
			{
				name: 'Start Sync',
				value: 'startSync',
				action: 'Start a reverse ETL sync',
				description:
					'Start a manual sync of one mapping of a model, and optionally wait until it finishes (20 requests a minute)',
				routing: startSyncRouting,
			},
			{
				name: 'Trigger DBT Model Sync',
				value: 'triggerDbtModelSync',
				action: 'Trigger a dbt model sync',
				description:
					"Sync a source's dbt models from its Git repository now (Segment allows 10 requests a minute)",
				routing: segmentRouting({
					method: 'POST',
					path: '/dbt-model-syncs/trigger',
					root: 'dbtModelSyncTrigger',
					version: 'v1beta',
				}),
			},
			{
				name: 'Update Model',
				value: 'updateModel',
				action: 'Update a reverse ETL model',
				description: "Change a model's name, description, query or whether it syncs",
				routing: segmentRouting({
					method: 'PATCH',
					path: MODEL,
					root: 'reverseEtlModel',
					version: 'v1alpha',
				}),
			},
		],
		default: 'startSync',
	},
	...reverseEtlCancelSyncDescription,
	...reverseEtlCreateModelDescription,
	...reverseEtlDeleteModelDescription,
	...reverseEtlGetAllModelsDescription,
	...reverseEtlGetModelDescription,
	...reverseEtlGetSyncStatusDescription,
	...reverseEtlGetSyncStatusesDescription,
	...reverseEtlStartSyncDescription,
	...reverseEtlTriggerDbtModelSyncDescription,
	...reverseEtlUpdateModelDescription,
];
