import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';

export const functionDeployDescription: INodeProperties[] = [
	resourceLocator(
		'functionId',
		{ resource: ['function'], operation: ['deploy'] },
		'The function to deploy',
	),
];
