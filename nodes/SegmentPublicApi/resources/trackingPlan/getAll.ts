import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { trackingPlanTypeField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many tracking plans',
	routing: segmentRouting({
		method: 'GET',
		path: '/tracking-plans',
		root: 'trackingPlans',
		list: true,
	}),
};

const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				...trackingPlanTypeField('Only tracking plans of this kind'),
				routing: { send: { type: 'query', property: 'type' } },
			},
		],
	},
];

const displayOptions = { show: { resource: ['trackingPlan'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
