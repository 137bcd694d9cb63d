import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/legacyFields';
import { audienceIdField } from './fields';
import { ACTIVATION_SIMPLE_FIELDS, simplifyField } from './simplify';

const show = { resource: ['activation'], operation: ['getActivations'] };

export const activationGetActivationsDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space of the audience'),
	audienceIdField(show, 'The audience whose activations to list'),
	...returnAllAndLimit(show),
	simplifyField(show, ACTIVATION_SIMPLE_FIELDS),
];
