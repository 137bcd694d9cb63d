import { resourceDescription } from '../../shared/operations';
import * as addDestination from './addDestination';
import * as createActivation from './createActivation';
import * as getActivation from './getActivation';
import * as getActivations from './getActivations';
import * as getDestinations from './getDestinations';
import * as getSupportedDestinations from './getSupportedDestinations';
import * as removeActivation from './removeActivation';
import * as removeDestination from './removeDestination';
import * as updateActivation from './updateActivation';
import * as updateDestination from './updateDestination';

export const activationDescription = resourceDescription('activation', 'getActivations', [
	addDestination,
	createActivation,
	getActivation,
	getDestinations,
	getActivations,
	getSupportedDestinations,
	removeActivation,
	removeDestination,
	updateActivation,
	updateDestination,
]);
