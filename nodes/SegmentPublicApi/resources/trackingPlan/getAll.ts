import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/legacyFields';
import { trackingPlanTypeField } from './fields';

const show = { resource: ['trackingPlan'], operation: ['getAll'] };

export const trackingPlanGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit(show),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show },
		options: [
			{
				...trackingPlanTypeField('Only tracking plans of this kind'),
				routing: { send: { type: 'query', property: 'type' } },
			},
		],
	},
];
