import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/legacyFields';
import { retlSubscriptionIdField, SUBSCRIPTION_ID_HINT } from './fields';

const show = { resource: ['reverseEtl'], operation: ['getSyncStatuses'] };

export const reverseEtlGetSyncStatusesDescription: INodeProperties[] = [
	resourceLocator('reverseEtlModelId', show, 'The model whose syncs to list'),
	retlSubscriptionIdField(
		show,
		`The mapping (subscription) whose syncs to list: ${SUBSCRIPTION_ID_HINT}`,
	),
	...returnAllAndLimit(show),
];
