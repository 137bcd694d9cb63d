import { resourceDescription } from '../../shared/operations';
import * as connectSource from './connectSource';
import * as create from './create';
import * as deleteWarehouse from './delete';
import * as disconnectSource from './disconnectSource';
import * as get from './get';
import * as getAdvancedSyncSchedule from './getAdvancedSyncSchedule';
import * as getAll from './getAll';
import * as getConnectedSources from './getConnectedSources';
import * as getConnectionState from './getConnectionState';
import * as getSelectiveSync from './getSelectiveSync';
import * as getSourceSyncs from './getSourceSyncs';
import * as getSyncs from './getSyncs';
import * as replaceAdvancedSyncSchedule from './replaceAdvancedSyncSchedule';
import * as update from './update';
import * as updateSelectiveSync from './updateSelectiveSync';
import * as validateSettings from './validateSettings';

export const warehouseDescription = resourceDescription('warehouse', 'getAll', [
	connectSource,
	create,
	deleteWarehouse,
	disconnectSource,
	get,
	getAdvancedSyncSchedule,
	getConnectedSources,
	getConnectionState,
	getAll,
	getSelectiveSync,
	getSourceSyncs,
	getSyncs,
	replaceAdvancedSyncSchedule,
	update,
	updateSelectiveSync,
	validateSettings,
]);
