import { resourceDescription } from '../../shared/operations';
import * as create from './create';
import * as deleteFilter from './delete';
import * as get from './get';
import * as getAll from './getAll';
import * as preview from './preview';
import * as update from './update';

export const destinationFilterDescription = resourceDescription('destinationFilter', 'getAll', [
	create,
	deleteFilter,
	get,
	getAll,
	preview,
	update,
]);
