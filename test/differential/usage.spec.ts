/**
 * Differential tests, Usage (API calls and Monthly Tracked Users): our node against APICallsApi
 * and MonthlyTrackedUsersApi of Segment's official SDK, compared on method, path, decoded query,
 * body and Authorization header.
 */
import { expectSameRequests, onePage, twoPages, viaNode, viaSdk } from './capture';
import { clients, expectMediaTypes, V1 } from './clients';

const CURSOR = 'Mg+/cursor==';

const OPERATIONS = [
	[
		'getDailyApiCalls',
		'getDailyWorkspaceAPICallsUsage',
		'dailyWorkspaceAPICallsUsage',
		(period: string, pagination: { count: number; cursor?: string }) =>
			clients.apiCalls().getDailyWorkspaceAPICallsUsage(period, pagination),
	],
	[
		'getDailyApiCallsPerSource',
		'getDailyPerSourceAPICallsUsage',
		'dailyPerSourceAPICallsUsage',
		(period: string, pagination: { count: number; cursor?: string }) =>
			clients.apiCalls().getDailyPerSourceAPICallsUsage(period, pagination),
	],
	[
		'getDailyMtus',
		'getDailyWorkspaceMTUUsage',
		'dailyWorkspaceMTUUsage',
		(period: string, pagination: { count: number; cursor?: string }) =>
			clients.mtu().getDailyWorkspaceMTUUsage(period, pagination),
	],
	[
		'getDailyMtusPerSource',
		'getDailyPerSourceMTUUsage',
		'dailyPerSourceMTUUsage',
		(period: string, pagination: { count: number; cursor?: string }) =>
			clients.mtu().getDailyPerSourceMTUUsage(period, pagination),
	],
] as const;

describe('Differential > Usage', () => {
	it.each(OPERATIONS)('%s sends what %s sends', async (operation, _method, root, call) => {
		const respond = onePage(root, [{ timestamp: '2026-03-01T00:00:00.000Z' }]);
		const node = await viaNode(
			{ resource: 'usage', operation, period: '2026-03-01', limit: 7 },
			respond,
		);
		const official = await viaSdk(() => call('2026-03-01', { count: 7 }), respond);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, false);
	});

	it.each(OPERATIONS)(
		'%s with Return All follows the cursor as %s driven page by page',
		async (operation, _method, root, call) => {
			const respond = twoPages(root, [{ timestamp: 'a' }], [{ timestamp: 'b' }], CURSOR);
			const node = await viaNode(
				{ resource: 'usage', operation, period: '2026-03', returnAll: true },
				respond,
			);
			const official = await viaSdk(async () => {
				await call('2026-03-01', { count: 1000 });
				await call('2026-03-01', { count: 1000, cursor: CURSOR });
			}, respond);
			expectSameRequests(node.requests, official, 2);
		},
	);
});
