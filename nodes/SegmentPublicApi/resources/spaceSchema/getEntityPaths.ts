import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { listOperation, listOptions, searchOption } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Entity Paths',
	value: 'getEntityPaths',
	action: 'Get the entity paths of a space',
	description: 'List the entities of the data graph and the relationship paths that reach them',
	routing: segmentRouting(listOperation('/entity-paths', 'entityPaths')),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space whose entity paths to list'),
	...returnAllAndLimit(),
	listOptions([
		searchOption('Return only paths whose entity name or path name contains this text'),
	]),
];

const displayOptions = { show: { resource: ['spaceSchema'], operation: ['getEntityPaths'] } };

export const description = updateDisplayOptions(displayOptions, properties);
