import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';
import { syncIdField } from './fields';

const show = { resource: ['reverseEtl'], operation: ['cancelSync'] };

export const reverseEtlCancelSyncDescription: INodeProperties[] = [
	resourceLocator('reverseEtlModelId', show, 'The model the sync belongs to'),
	syncIdField(show, 'The ID of the running sync to cancel'),
	{
		displayName: 'Reason',
		name: 'reasonForCanceling',
		type: 'options',
		options: [
			{ name: 'Incorrect Destination', value: 1 },
			{ name: 'Incorrect Keys', value: 2 },
			{ name: 'Incorrect Mapping', value: 3 },
			{ name: 'Incorrect Model', value: 0 },
			{ name: 'Other', value: 4 },
		],
		default: 4,
		description: 'Why the sync is canceled, as Segment records it',
		displayOptions: { show },
	},
];
