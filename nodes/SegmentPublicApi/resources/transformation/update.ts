import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { refusingEmptyUpdate, resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { transformationRuleFields } from './fields';
import { simplifyTransformation } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a transformation',
	description: 'Change a transformation',
	routing: segmentRouting({
		method: 'PATCH',
		path: '/transformations/{transformationId}',
		root: 'transformation',
		simplify: simplifyTransformation,
	}),
};

const properties: INodeProperties[] = refusingEmptyUpdate([
	resourceLocator('transformationId', 'The transformation to update'),
	...transformationRuleFields('updateFields'),
]);

const displayOptions = { show: { resource: ['transformation'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);
