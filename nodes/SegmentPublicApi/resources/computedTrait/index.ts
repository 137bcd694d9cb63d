import { resourceDescription } from '../../shared/operations';
import * as create from './create';
import * as deleteComputedTrait from './delete';
import * as get from './get';
import * as getAll from './getAll';
import * as update from './update';

export const computedTraitDescription = resourceDescription('computedTrait', 'getAll', [
	create,
	deleteComputedTrait,
	get,
	getAll,
	update,
]);
