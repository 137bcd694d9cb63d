import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { AUDIENCE, audienceIdField, spaceField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete an audience',
	description: 'Delete an audience (Segment allows 50 audience writes per minute)',
	routing: segmentRouting({ method: 'DELETE', path: AUDIENCE }),
};

const properties: INodeProperties[] = [
	spaceField('The Engage space of the audience'),
	audienceIdField('The audience to delete'),
];

const displayOptions = { show: { resource: ['audience'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);
