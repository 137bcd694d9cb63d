import { resourceDescription } from '../../shared/operations';
import * as addSource from './addSource';
import * as create from './create';
import * as deleteTrackingPlan from './delete';
import * as get from './get';
import * as getAll from './getAll';
import * as getRules from './getRules';
import * as getSources from './getSources';
import * as removeRules from './removeRules';
import * as removeSource from './removeSource';
import * as replaceRules from './replaceRules';
import * as syncRules from './syncRules';
import * as update from './update';
import * as updateRules from './updateRules';

export const trackingPlanDescription = resourceDescription('trackingPlan', 'getAll', [
	addSource,
	create,
	deleteTrackingPlan,
	get,
	getAll,
	getRules,
	getSources,
	removeRules,
	removeSource,
	replaceRules,
	syncRules,
	update,
	updateRules,
]);
