import { NodeApiError } from 'n8n-workflow';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody, exactQuery, page } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';
import { LIST_BOUNDS } from '../../../../../nodes/SegmentPublicApi/shared/transport';

const ALPHA = 'application/vnd.segment.v1alpha+json';
const BETA = 'application/vnd.segment.v1beta+json';

const send = { resource: 'apiRequest', operation: 'send' };

async function expectRefusedWithoutRequest(parameters: Record<string, unknown>, message: string | RegExp) {
	const sent = await capture(
		() => expect(runNode({ ...send, ...parameters })).rejects.toThrow(message),
		always({ data: {} }),
	);
	expect(sent).toEqual([]);
}

describe('API Request > Send', () => {
	it('GETs the path with the query JSON and returns the whole data envelope as one item', async () => {
		const data = { trackingPlans: [{ id: 'tp1' }], pagination: { current: 'MA==', next: null } };
		apiWithoutBody()
			.get('/tracking-plans')
			.query(exactQuery({ 'pagination[count]': '10', 'labels[0]': 'env:prod', 'labels[1]': 'team:web', flag: 'true' }))
			.reply(200, { data });

		const items = await runJson({
			...send,
			method: 'GET',
			path: '/tracking-plans',
			query: '{"pagination[count]": 10, "labels": ["env:prod", "team:web"], "flag": true}',
		});

		expect(items).toEqual([data]);
	});

	it('POSTs the body JSON with the v1alpha media type in Accept and Content-Type', async () => {
		const subscription = { id: 'sub1', name: 'S', actionId: 'act1' };
		apiWithBody(undefined, ALPHA)
			.post('/destinations/dst1/subscriptions', {
				name: 'S',
				actionId: 'act1',
				trigger: 'type = "track"',
				enabled: true,
				settings: { a: [1, 2] },
			})
			.reply(200, { data: { destinationSubscription: subscription } });

		const items = await runJson({
			...send,
			method: 'POST',
			path: '/destinations/dst1/subscriptions',
			body: '{"name": "S", "actionId": "act1", "trigger": "type = \\"track\\"", "enabled": true, "settings": {"a": [1, 2]}}',
			mediaVersion: 'v1alpha',
		});

		expect(items).toEqual([{ destinationSubscription: subscription }]);
	});

	it('sends PATCH with the v1beta media type', async () => {
		apiWithBody(undefined, BETA)
			.patch('/spaces/sp1', { name: 'Renamed' })
			.reply(200, { data: { space: { id: 'sp1' } } });

		const items = await runJson({ ...send, method: 'PATCH', path: '/spaces/sp1', body: '{"name": "Renamed"}', mediaVersion: 'v1beta' });

		expect(items).toEqual([{ space: { id: 'sp1' } }]);
	});

	it('sends a DELETE without a body, ignoring a body left from another method', async () => {
		apiWithoutBody().delete('/labels/env:prod').reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({ ...send, method: 'DELETE', path: '/labels/env:prod', body: '{"stale": true}' });

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});

	it('follows data.pagination.next with Follow Pagination, one item per record of the List Property', async () => {
		apiWithoutBody()
			.get('/tracking-plans')
			.query(exactQuery({ type: 'LIVE', 'pagination[count]': '1000' }))
			.reply(200, page('trackingPlans', [{ id: 'tp1' }, { id: 'tp2' }], 'Mg=='))
			.get('/tracking-plans')
			.query(exactQuery({ type: 'LIVE', 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' }))
			.reply(200, page('trackingPlans', [{ id: 'tp3' }], null, 'Mg=='));

		const items = await runJson({
			...send,
			method: 'GET',
			path: '/tracking-plans',
			query: '{"type": "LIVE"}',
			paginate: true,
			listProperty: ' trackingPlans ',
		});

		expect(items).toEqual([{ id: 'tp1' }, { id: 'tp2' }, { id: 'tp3' }]);
	});

	describe('against a server whose every page names another', () => {
		const bounds = { ...LIST_BOUNDS };
		afterEach(() => Object.assign(LIST_BOUNDS, bounds));
		const endless = (perPage: number) => {
			let served = 0;
			return () => {
				served += 1;
				const records = Array.from({ length: perPage }, (_, i) => ({ id: `r${served}-${i}` }));
				return [200, page('sources', records, `cursor-${served}`)] as [number, unknown];
			};
		};
		const followAll = { ...send, method: 'GET', path: '/sources', paginate: true, listProperty: 'sources' };

		it('stops after the page bound with an error naming the list, the pages and the records read', async () => {
			Object.assign(LIST_BOUNDS, { maxPages: 5 });
			const sent = await capture(
				() =>
					expect(runNode(followAll)).rejects.toThrow(
						'Stopped following the list /sources after 5 pages and 10 records: every page named another',
					),
				endless(2),
			);

			expect(sent.map((request) => request.query['pagination[cursor]'])).toEqual([
				undefined,
				'cursor-1',
				'cursor-2',
				'cursor-3',
				'cursor-4',
			]);
		});

		it('stops after the record bound too', async () => {
			Object.assign(LIST_BOUNDS, { maxRecords: 7 });
			const sent = await capture(
				() =>
					expect(runNode(followAll)).rejects.toThrow(
						'Stopped following the list /sources after 3 pages and 9 records',
					),
				endless(3),
			);

			expect(sent).toHaveLength(3);
		});
	});

	it("fails on a 404 with Segment's message and status", async () => {
		apiWithoutBody()
			.get('/tracking-plans/nope')
			.reply(404, { errors: [{ type: 'not-found', message: 'Tracking Plan not found' }] });

		const error = await runNode({ ...send, method: 'GET', path: '/tracking-plans/nope' }).then(
			() => undefined,
			(thrown: unknown) => thrown as NodeApiError,
		);

		expect(error).toBeInstanceOf(NodeApiError);
		expect(error?.message).toBe('Tracking Plan not found');
		expect(error?.httpCode).toBe('404');
	});

	it.each([
		['without a leading "/"', 'sources', 'The field "Path" must start with "/"'],
		['with a ".." segment', '/sources/../users', 'The field "Path" must not contain "." or ".." segments'],
		['with a "." segment', '/./sources', 'The field "Path" must not contain "." or ".." segments'],
		['with a query string', '/sources?pagination[count]=1', 'The field "Path" must not contain "?", "#", "\\" or spaces'],
		['with a fragment', '/sources#x', 'The field "Path" must not contain "?", "#", "\\" or spaces'],
		['starting with "//"', '//evil.example.com/x', 'The field "Path" must not start with "//"'],
		['empty', '', 'The field "Path" must start with "/"'],
	])('refuses a path %s without sending a request', async (_, path, message) => {
		await expectRefusedWithoutRequest({ method: 'GET', path }, message);
	});

	it.each([
		['invalid query JSON', { method: 'GET', path: '/sources', query: '{"a":' }, 'The field "Query Parameters" is not valid JSON'],
		['a query JSON array', { method: 'GET', path: '/sources', query: '[1]' }, 'The field "Query Parameters" must be a JSON object'],
		['invalid body JSON', { method: 'POST', path: '/sources', body: '{' }, 'The field "Body" is not valid JSON'],
		['Follow Pagination without List Property', { method: 'GET', path: '/sources', paginate: true }, 'The field "List Property" is empty'],
	])('refuses %s without sending a request', async (_, parameters, message) => {
		await expectRefusedWithoutRequest(parameters, message);
	});
});
