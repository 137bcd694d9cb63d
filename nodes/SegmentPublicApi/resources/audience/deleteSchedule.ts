import type { INodeProperties } from 'n8n-workflow';
import { audienceIdField, scheduleIdField, spaceField } from './fields';

const show = { resource: ['audience'], operation: ['deleteSchedule'] };

export const audienceDeleteScheduleDescription: INodeProperties[] = [
	spaceField(show, 'The Engage space of the audience'),
	audienceIdField(show, 'The Linked audience'),
	scheduleIdField(show, 'The ID of the schedule to delete'),
];
