import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { computedTraitIdField, TRAIT } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a computed trait',
	description: 'Remove a computed trait from a space; Segment allows 20 deletes per minute',
	routing: segmentRouting({ method: 'DELETE', path: TRAIT, version: 'v1alpha' }),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The space of the computed trait'),
	computedTraitIdField('The computed trait to delete'),
];

const displayOptions = { show: { resource: ['computedTrait'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);
