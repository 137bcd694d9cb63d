import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';
import { syncIdField } from './fields';

const show = { resource: ['reverseEtl'], operation: ['getSyncStatus'] };

export const reverseEtlGetSyncStatusDescription: INodeProperties[] = [
	resourceLocator('reverseEtlModelId', show, 'The model the sync belongs to'),
	syncIdField(show, 'The ID of the sync, as Start Sync or Get Sync Statuses return it'),
];
