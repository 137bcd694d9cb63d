import { resourceDescription } from '../../shared/operations';
import * as compareConfigurations from './compareConfigurations';
import * as exportConfiguration from './exportConfiguration';
import * as get from './get';
import * as testConnection from './testConnection';

export const workspaceDescription = resourceDescription('workspace', 'exportConfiguration', [
	compareConfigurations,
	exportConfiguration,
	get,
	testConnection,
]);
