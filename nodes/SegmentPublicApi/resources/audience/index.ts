import { resourceDescription } from '../../shared/operations';
import * as create from './create';
import * as createPreview from './createPreview';
import * as createSchedule from './createSchedule';
import * as deleteAudience from './delete';
import * as deleteSchedule from './deleteSchedule';
import * as get from './get';
import * as getAll from './getAll';
import * as getPreview from './getPreview';
import * as getReferences from './getReferences';
import * as getSchedule from './getSchedule';
import * as getSchedules from './getSchedules';
import * as run from './run';
import * as update from './update';
import * as updateSchedule from './updateSchedule';

export const audienceDescription = resourceDescription('audience', 'getAll', [
	create,
	createPreview,
	createSchedule,
	deleteAudience,
	deleteSchedule,
	get,
	getAll,
	getSchedules,
	getPreview,
	getReferences,
	getSchedule,
	run,
	update,
	updateSchedule,
]);
