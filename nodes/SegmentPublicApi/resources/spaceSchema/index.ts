import { resourceDescription } from '../../shared/operations';
import * as getEntityPaths from './getEntityPaths';
import * as getEntityProperties from './getEntityProperties';
import * as getEntityPropertySamples from './getEntityPropertySamples';
import * as getEventProperties from './getEventProperties';
import * as getEventPropertySamples from './getEventPropertySamples';
import * as getEvents from './getEvents';
import * as getTraitSamples from './getTraitSamples';
import * as getTraits from './getTraits';

export const spaceSchemaDescription = resourceDescription('spaceSchema', 'getEvents', [
	getEntityPaths,
	getEntityProperties,
	getEntityPropertySamples,
	getEventProperties,
	getEventPropertySamples,
	getEvents,
	getTraitSamples,
	getTraits,
]);
