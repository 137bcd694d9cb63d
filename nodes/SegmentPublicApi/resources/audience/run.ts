import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { AUDIENCE, audienceIdField, spaceField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Run Now',
	value: 'run',
	action: 'Run an audience now',
	description: 'Force a run of a Linked audience now, outside its schedule',
	routing: segmentRouting({ method: 'POST', path: `${AUDIENCE}/runs`, root: 'run' }),
};

const properties: INodeProperties[] = [
	spaceField('The Engage space of the audience'),
	audienceIdField('The Linked audience to run now'),
];

const displayOptions = { show: { resource: ['audience'], operation: ['run'] } };

export const description = updateDisplayOptions(displayOptions, properties);
