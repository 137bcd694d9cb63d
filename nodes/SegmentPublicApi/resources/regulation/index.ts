import { resourceDescription } from '../../shared/operations';
import * as create from './create';
import * as createForCloudSource from './createForCloudSource';
import * as createForSource from './createForSource';
import * as get from './get';
import * as getAll from './getAll';
import * as getAllForSource from './getAllForSource';
import * as getSuppressions from './getSuppressions';

export const regulationDescription = resourceDescription('regulation', 'create', [
	create,
	createForCloudSource,
	createForSource,
	get,
	getAll,
	getAllForSource,
	getSuppressions,
]);
