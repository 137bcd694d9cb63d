import { resourceDescription } from '../../shared/operations';
import * as create from './create';
import * as deleteCredential from './delete';
import * as get from './get';
import * as getAll from './getAll';
import * as getConsumers from './getConsumers';
import * as update from './update';

export const warehouseCredentialDescription = resourceDescription('warehouseCredential', 'getAll', [
	create,
	deleteCredential,
	get,
	getConsumers,
	getAll,
	update,
]);
