import { resourceDescription } from '../../shared/operations';
import * as create from './create';
import * as deleteFunction from './delete';
import * as deploy from './deploy';
import * as get from './get';
import * as getAll from './getAll';
import * as getVersion from './getVersion';
import * as getVersions from './getVersions';
import * as restoreVersion from './restoreVersion';
import * as update from './update';

export const functionDescription = resourceDescription('function', 'getAll', [
	create,
	deleteFunction,
	deploy,
	get,
	getAll,
	getVersion,
	getVersions,
	restoreVersion,
	update,
]);
