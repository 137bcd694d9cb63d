import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';
import { activationIdField, audienceIdField } from './fields';

const show = { resource: ['activation'], operation: ['removeActivation'] };

export const activationRemoveActivationDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space of the audience'),
	audienceIdField(show, 'The audience of the activation'),
	activationIdField(
		show,
		'The activation to delete; the audience stops syncing to its destination',
	),
];
