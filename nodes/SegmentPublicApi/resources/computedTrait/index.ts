import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { computedTraitCreateDescription } from './create';
import { computedTraitDeleteDescription } from './delete';
import { simplifyComputedTrait } from './fields';
import { computedTraitGetDescription } from './get';
import { computedTraitGetAllDescription } from './getAll';
import { computedTraitUpdateDescription } from './update';

const TRAITS = '/spaces/{spaceId}/computed-traits';
const TRAIT = `${TRAITS}/{computedTraitId}`;

export const computedTraitDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['computedTrait'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a computed trait',
				description: 'Create a computed trait in a space; Segment allows 10 creates per minute',
				routing: segmentRouting({
					method: 'POST',
					path: TRAITS,
					root: 'computedTrait',
					version: 'v1alpha',
					simplify: simplifyComputedTrait,
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a computed trait',
				description: 'Remove a computed trait from a space; Segment allows 20 deletes per minute',
				routing: segmentRouting({ method: 'DELETE', path: TRAIT, version: 'v1alpha' }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a computed trait',
				description: 'Get a computed trait by ID; Segment allows 100 requests per minute',
				routing: segmentRouting({
					method: 'GET',
					path: TRAIT,
					root: 'computedTrait',
					version: 'v1alpha',
					simplify: simplifyComputedTrait,
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many computed traits',
				description:
					'List the computed traits of a space; Segment allows 25 requests (pages) per minute',
				routing: segmentRouting({
					method: 'GET',
					path: TRAITS,
					root: 'computedTraits',
					list: true,
					version: 'v1alpha',
					simplify: simplifyComputedTrait,
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a computed trait',
				description:
					'Change a computed trait; Segment allows 10 updates per minute and locks the trait until the change is applied',
				routing: segmentRouting({
					method: 'PATCH',
					path: TRAIT,
					root: 'computedTrait',
					version: 'v1alpha',
					simplify: simplifyComputedTrait,
				}),
			},
		],
		default: 'getAll',
	},
	...computedTraitCreateDescription,
	...computedTraitDeleteDescription,
	...computedTraitGetDescription,
	...computedTraitGetAllDescription,
	...computedTraitUpdateDescription,
];
