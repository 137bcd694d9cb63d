import { resourceDescription } from '../../shared/operations';
import * as create from './create';
import * as deleteSpaceFilter from './delete';
import * as get from './get';
import * as getAll from './getAll';
import * as update from './update';

export const spaceFilterDescription = resourceDescription('spaceFilter', 'getAll', [
	create,
	deleteSpaceFilter,
	get,
	getAll,
	update,
]);
