import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { AUDIENCE, audienceIdField, spaceField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many Schedules',
	value: 'getSchedules',
	action: 'Get many audience schedules',
	description: 'List the run schedules of an audience',
	routing: segmentRouting({
		method: 'GET',
		path: `${AUDIENCE}/schedules`,
		root: 'audienceSchedules',
		list: true,
		unpaginated: true,
	}),
};

const properties: INodeProperties[] = [
	spaceField('The Engage space of the audience'),
	audienceIdField('The audience whose schedules to list'),
	...returnAllAndLimit(),
];

const displayOptions = { show: { resource: ['audience'], operation: ['getSchedules'] } };

export const description = updateDisplayOptions(displayOptions, properties);
