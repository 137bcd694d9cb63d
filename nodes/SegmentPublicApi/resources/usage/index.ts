import { resourceDescription } from '../../shared/operations';
import * as getDailyApiCalls from './getDailyApiCalls';
import * as getDailyApiCallsPerSource from './getDailyApiCallsPerSource';
import * as getDailyMtus from './getDailyMtus';
import * as getDailyMtusPerSource from './getDailyMtusPerSource';

export const usageDescription = resourceDescription('usage', 'getDailyMtus', [
	getDailyApiCalls,
	getDailyApiCallsPerSource,
	getDailyMtus,
	getDailyMtusPerSource,
]);
