import { resourceDescription } from '../../shared/operations';
import * as create from './create';
import * as deleteDestination from './delete';
import * as get from './get';
import * as getAll from './getAll';
import * as getDeliveryMetrics from './getDeliveryMetrics';
import * as update from './update';

export const destinationDescription = resourceDescription('destination', 'getAll', [
	create,
	deleteDestination,
	get,
	getDeliveryMetrics,
	getAll,
	update,
]);
