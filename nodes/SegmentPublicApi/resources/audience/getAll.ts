import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import {
	AUDIENCES,
	includeSchedulesField,
	searchFilters,
	simplifyAudienceField,
	spaceField,
} from './fields';
import { simplifyAudience } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many audiences',
	description:
		'List the audiences of a space, in pages of up to 200 (Segment allows 60 list requests per minute)',
	routing: segmentRouting({
		method: 'GET',
		path: AUDIENCES,
		root: 'audiences',
		list: true,
		maxPageSize: 200,
		simplify: simplifyAudience,
		// `pagination`, `search` and `include` exist only in v1alpha.
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	spaceField('The Engage space whose audiences to list'),
	...returnAllAndLimit(),
	searchFilters('audiences'),
	includeSchedulesField(),
	simplifyAudienceField(),
];

const displayOptions = { show: { resource: ['audience'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
