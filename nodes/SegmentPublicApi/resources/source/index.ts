import { resourceDescription } from '../../shared/operations';
import * as addLabels from './addLabels';
import * as create from './create';
import * as createLivePlugin from './createLivePlugin';
import * as createWriteKey from './createWriteKey';
import * as deleteSource from './delete';
import * as deleteLivePluginCode from './deleteLivePluginCode';
import * as get from './get';
import * as getAll from './getAll';
import * as getConnectedDestinations from './getConnectedDestinations';
import * as getConnectedWarehouses from './getConnectedWarehouses';
import * as getLivePlugin from './getLivePlugin';
import * as getSchemaSettings from './getSchemaSettings';
import * as removeWriteKey from './removeWriteKey';
import * as replaceLabels from './replaceLabels';
import * as update from './update';
import * as updateSchemaSettings from './updateSchemaSettings';

export const sourceDescription = resourceDescription('source', 'getAll', [
	addLabels,
	create,
	createLivePlugin,
	createWriteKey,
	deleteSource,
	deleteLivePluginCode,
	get,
	getConnectedDestinations,
	getConnectedWarehouses,
	getLivePlugin,
	getSchemaSettings,
	getAll,
	removeWriteKey,
	replaceLabels,
	update,
	updateSchemaSettings,
]);
