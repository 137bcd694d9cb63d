import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { AUDIENCE, audienceIdField, scheduleFields, spaceField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create Schedule',
	value: 'createSchedule',
	action: 'Create an audience schedule',
	description:
		'Add a run schedule to a Linked audience (Segment allows 50 schedule writes per minute)',
	routing: segmentRouting({
		method: 'POST',
		path: `${AUDIENCE}/schedules`,
		root: 'audienceSchedule',
	}),
};

const properties: INodeProperties[] = [
	spaceField('The Engage space of the audience'),
	audienceIdField('The Linked audience to schedule'),
	...scheduleFields(),
];

const displayOptions = { show: { resource: ['audience'], operation: ['createSchedule'] } };

export const description = updateDisplayOptions(displayOptions, properties);
