import { itListsDailyUsage, sourceCalls } from './fixtures';

describe('Usage > Get Daily API Calls per Source', () => {
	itListsDailyUsage(
		'getDailyApiCallsPerSource',
		'/usage/api-calls/sources/daily',
		'dailyPerSourceAPICallsUsage',
		sourceCalls,
	);
});
