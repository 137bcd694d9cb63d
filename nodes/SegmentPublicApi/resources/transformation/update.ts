import type { INodeProperties } from 'n8n-workflow';
import { refusingEmptyUpdate, transformationRuleFields } from '../../shared/descriptions';
import { resourceLocator } from '../../shared/legacyFields';

const show = { resource: ['transformation'], operation: ['update'] };

export const transformationUpdateDescription: INodeProperties[] = refusingEmptyUpdate([
	resourceLocator('transformationId', show, 'The transformation to update'),
	...transformationRuleFields(show, 'updateFields'),
]);
