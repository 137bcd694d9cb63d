import type { INodeProperties } from 'n8n-workflow';
import { audienceIdField, scheduleFields, scheduleIdField, spaceField } from './fields';

const show = { resource: ['audience'], operation: ['updateSchedule'] };

export const audienceUpdateScheduleDescription: INodeProperties[] = [
	spaceField(show, 'The Engage space of the audience'),
	audienceIdField(show, 'The Linked audience'),
	scheduleIdField(show, 'The ID of the schedule to change'),
	...scheduleFields(show),
];
