import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';
import { activationIdField, audienceIdField } from './fields';
import { ACTIVATION_SIMPLE_FIELDS, simplifyField } from './simplify';

const show = { resource: ['activation'], operation: ['getActivation'] };

export const activationGetActivationDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space of the audience'),
	audienceIdField(show, 'The audience of the activation'),
	activationIdField(show, 'The activation to get'),
	simplifyField(show, ACTIVATION_SIMPLE_FIELDS),
];
