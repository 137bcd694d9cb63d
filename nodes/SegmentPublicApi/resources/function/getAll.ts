import type { INodeProperties } from 'n8n-workflow';
import { functionTypeField } from '../../shared/descriptions';
import { returnAllAndLimit, simplify } from '../../shared/legacyFields';

const show = { resource: ['function'], operation: ['getAll'] };

export const functionGetAllDescription: INodeProperties[] = [
	{
		...functionTypeField(show, 'Which kind of functions to list; Segment lists one kind at a time'),
		routing: { send: { type: 'query', property: 'resourceType' } },
	},
	...returnAllAndLimit(show),
	simplify(show),
];
