import { resourceDescription } from '../../shared/operations';
import * as create from './create';
import * as deleteInstance from './delete';
import * as get from './get';
import * as getAll from './getAll';
import * as update from './update';

export const insertFunctionInstanceDescription = resourceDescription(
	'insertFunctionInstance',
	'getAll',
	[create, deleteInstance, get, getAll, update],
);
