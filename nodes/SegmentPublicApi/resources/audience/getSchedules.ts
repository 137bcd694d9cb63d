import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/legacyFields';
import { audienceIdField, spaceField } from './fields';

const show = { resource: ['audience'], operation: ['getSchedules'] };

export const audienceGetSchedulesDescription: INodeProperties[] = [
	spaceField(show, 'The Engage space of the audience'),
	audienceIdField(show, 'The audience whose schedules to list'),
	...returnAllAndLimit(show),
];
