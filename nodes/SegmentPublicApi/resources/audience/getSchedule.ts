import type { INodeProperties } from 'n8n-workflow';
import { audienceIdField, scheduleIdField, spaceField } from './fields';

const show = { resource: ['audience'], operation: ['getSchedule'] };

export const audienceGetScheduleDescription: INodeProperties[] = [
	spaceField(show, 'The Engage space of the audience'),
	audienceIdField(show, 'The audience'),
	scheduleIdField(show, 'The ID of the schedule to get'),
];
