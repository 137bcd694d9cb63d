import { resourceDescription } from '../../shared/operations';
import * as create from './create';
import * as deleteSubscription from './delete';
import * as get from './get';
import * as getAll from './getAll';
import * as update from './update';

export const subscriptionDescription = resourceDescription('destinationSubscription', 'getAll', [
	create,
	deleteSubscription,
	get,
	getAll,
	update,
]);
