import { resourceDescription } from '../../shared/operations';
import * as create from './create';
import * as deleteTransformation from './delete';
import * as get from './get';
import * as getAll from './getAll';
import * as update from './update';

export const transformationDescription = resourceDescription('transformation', 'getAll', [
	create,
	deleteTransformation,
	get,
	getAll,
	update,
]);
