import type { INodeProperties } from 'n8n-workflow';
import {
	audienceIdField,
	includeSchedulesField,
	simplifyAudienceField,
	spaceField,
} from './fields';

const show = { resource: ['audience'], operation: ['get'] };

export const audienceGetDescription: INodeProperties[] = [
	spaceField(show, 'The Engage space of the audience'),
	audienceIdField(show, 'The audience to get'),
	includeSchedulesField(show),
	simplifyAudienceField(show),
];
