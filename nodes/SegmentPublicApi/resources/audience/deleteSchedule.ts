import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { audienceIdField, SCHEDULE, scheduleIdField, spaceField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete Schedule',
	value: 'deleteSchedule',
	action: 'Delete an audience schedule',
	description:
		'Remove a run schedule from a Linked audience (Segment allows 50 schedule writes per minute)',
	routing: segmentRouting({ method: 'DELETE', path: SCHEDULE }),
};

const properties: INodeProperties[] = [
	spaceField('The Engage space of the audience'),
	audienceIdField('The Linked audience'),
	scheduleIdField('The ID of the schedule to delete'),
];

const displayOptions = { show: { resource: ['audience'], operation: ['deleteSchedule'] } };

export const description = updateDisplayOptions(displayOptions, properties);
