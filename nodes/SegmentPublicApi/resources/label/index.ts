import { resourceDescription } from '../../shared/operations';
import * as create from './create';
import * as deleteLabel from './delete';
import * as getAll from './getAll';

export const labelDescription = resourceDescription('label', 'getAll', [
	create,
	deleteLabel,
	getAll,
]);
