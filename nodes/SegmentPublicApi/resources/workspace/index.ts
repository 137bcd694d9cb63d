import { resourceDescription } from '../../shared/operations';
import * as applyConfiguration from './applyConfiguration';
import * as compareConfigurations from './compareConfigurations';
import * as exportConfiguration from './exportConfiguration';
import * as get from './get';
import * as testConnection from './testConnection';

export const workspaceDescription = resourceDescription('workspace', 'exportConfiguration', [
	applyConfiguration,
	compareConfigurations,
	exportConfiguration,
	get,
	testConnection,
]);
