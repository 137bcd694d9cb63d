import type { INodeProperties } from 'n8n-workflow';
import { audienceIdField, scheduleFields, spaceField } from './fields';

const show = { resource: ['audience'], operation: ['createSchedule'] };

export const audienceCreateScheduleDescription: INodeProperties[] = [
	spaceField(show, 'The Engage space of the audience'),
	audienceIdField(show, 'The Linked audience to schedule'),
	...scheduleFields(show),
];
