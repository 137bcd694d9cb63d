import { resourceDescription } from '../../shared/operations';
import * as cancelSync from './cancelSync';
import * as createModel from './createModel';
import * as deleteModel from './deleteModel';
import * as getAllModels from './getAllModels';
import * as getModel from './getModel';
import * as getSyncStatus from './getSyncStatus';
import * as getSyncStatuses from './getSyncStatuses';
import * as startSync from './startSync';
import * as triggerDbtModelSync from './triggerDbtModelSync';
import * as updateModel from './updateModel';

export const reverseEtlDescription = resourceDescription('reverseEtl', 'startSync', [
	cancelSync,
	createModel,
	deleteModel,
	getAllModels,
	getModel,
	getSyncStatus,
	getSyncStatuses,
	startSync,
	triggerDbtModelSync,
	updateModel,
]);
