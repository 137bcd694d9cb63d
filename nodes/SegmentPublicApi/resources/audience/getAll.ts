import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/legacyFields';
import { includeSchedulesField, searchFilters, simplifyAudienceField, spaceField } from './fields';

const show = { resource: ['audience'], operation: ['getAll'] };

export const audienceGetAllDescription: INodeProperties[] = [
	spaceField(show, 'The Engage space whose audiences to list'),
	...returnAllAndLimit(show),
	searchFilters(show, 'audiences'),
	includeSchedulesField(show),
	simplifyAudienceField(show),
];
