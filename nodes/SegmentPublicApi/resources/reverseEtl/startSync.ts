import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';
import { retlSubscriptionIdField, SUBSCRIPTION_ID_HINT } from './fields';

const show = { resource: ['reverseEtl'], operation: ['startSync'] };
const waiting = { ...show, waitUntilFinished: [true] };

export const reverseEtlStartSyncDescription: INodeProperties[] = [
	resourceLocator('reverseEtlModelId', show, 'The model whose mapping to sync'),
	retlSubscriptionIdField(show, `The mapping (subscription) to sync: ${SUBSCRIPTION_ID_HINT}`),
	resourceLocator('sourceId', show, 'The Reverse ETL source of the model'),
	{
		displayName: 'Wait Until Finished',
		name: 'waitUntilFinished',
		type: 'boolean',
		default: false,
		description:
			"Whether to wait for the sync to end and return its final status (with the extract and load counts) instead of the started sync's ID",
		displayOptions: { show },
	},
	{
		displayName: 'Timeout (Seconds)',
		name: 'timeout',
		type: 'number',
		typeOptions: { minValue: 0.01, numberPrecision: 2 },
		default: 3600,
		description:
			'How long to wait at most. Past it the node fails, naming the sync and its last status; the sync itself keeps running in Segment.',
		displayOptions: { show: waiting },
	},
	{
		displayName: 'Poll Interval (Seconds)',
		name: 'pollInterval',
		type: 'number',
		typeOptions: { minValue: 0.01, numberPrecision: 2 },
		default: 10,
		description:
			'How long to wait before the first status check. Each next wait is 1.5 times longer, up to 5 minutes. Segment allows 250 status checks a minute.',
		displayOptions: { show: waiting },
	},
	{
		displayName: 'Fail If Sync Fails',
		name: 'failIfSyncFails',
		type: 'boolean',
		default: true,
		description:
			'Whether the node fails when the sync ends as failed or canceled. Off, the final status is returned as an item either way. A partial success never fails the node.',
		displayOptions: { show: waiting },
	},
];
