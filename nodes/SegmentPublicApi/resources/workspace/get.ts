import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get the workspace',
	description: 'Get the ID, name and slug of the workspace of the credential',
	routing: segmentRouting({ method: 'GET', path: '/', root: 'workspace' }),
};

const properties: INodeProperties[] = [];

const displayOptions = { show: { resource: ['workspace'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);
