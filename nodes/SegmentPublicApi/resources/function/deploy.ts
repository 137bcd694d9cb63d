import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Deploy',
	value: 'deploy',
	action: 'Deploy a function',
	description: 'Deploy the latest code of a function to its instances',
	routing: segmentRouting({
		method: 'POST',
		path: '/functions/{functionId}/deploy',
		root: 'functionDeployment',
	}),
};

const properties: INodeProperties[] = [resourceLocator('functionId', 'The function to deploy')];

const displayOptions = { show: { resource: ['function'], operation: ['deploy'] } };

export const description = updateDisplayOptions(displayOptions, properties);
