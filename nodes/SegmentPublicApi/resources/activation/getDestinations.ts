import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/legacyFields';
import { audienceIdField } from './fields';
import { simplifyField } from './simplify';

const show = { resource: ['activation'], operation: ['getDestinations'] };

export const activationGetDestinationsDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space of the audience'),
	audienceIdField(show, 'The audience whose destinations to list'),
	...returnAllAndLimit(show),
	simplifyField(
		show,
		'ID, name, destination ID, type, enabled, source and ID sync configuration of each destination',
	),
];
