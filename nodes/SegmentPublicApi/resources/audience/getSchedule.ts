import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { audienceIdField, SCHEDULE, scheduleIdField, spaceField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Schedule',
	value: 'getSchedule',
	action: 'Get an audience schedule',
	description: 'Get a run schedule of an audience by ID',
	routing: segmentRouting({ method: 'GET', path: SCHEDULE, root: 'audienceSchedule' }),
};

const properties: INodeProperties[] = [
	spaceField('The Engage space of the audience'),
	audienceIdField('The audience'),
	scheduleIdField('The ID of the schedule to get'),
];

const displayOptions = { show: { resource: ['audience'], operation: ['getSchedule'] } };

export const description = updateDisplayOptions(displayOptions, properties);
