import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import {
	AUDIENCE,
	audienceIdField,
	includeSchedulesField,
	simplifyAudienceField,
	spaceField,
} from './fields';
import { simplifyAudience } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get an audience',
	description: 'Get an audience by ID (Segment allows 100 per minute)',
	routing: segmentRouting({
		method: 'GET',
		path: AUDIENCE,
		root: 'audience',
		simplify: simplifyAudience,
		// `include` exists only in v1alpha; the endpoint answers all three media types.
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	spaceField('The Engage space of the audience'),
	audienceIdField('The audience to get'),
	includeSchedulesField(),
	simplifyAudienceField(),
];

const displayOptions = { show: { resource: ['audience'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);
