/**
 * The shared transport under a hostile world: redirects, echoed secrets, writes that may have
 * happened, rate-limit answers that are absurd or skewed, stopped executions and bad input.
 * Every operation goes through the same code, so one operation per case stands for all.
 */
import nock from 'nock';
import { NodeApiError, sleep, type INodeParameters } from 'n8n-workflow';
import { activateTrigger, runJson, runNode, TOKEN, US } from '../../harness/node';
import { api, apiWithBody, apiWithoutBody, page, source } from '../../harness/segment';
import { TIMEOUTS } from '../../../nodes/SegmentPublicApi/shared/transport';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const getSource = (options = {}) => ({
	resource: 'source',
	operation: 'get',
	sourceId: { __rl: true, mode: 'id', value: 'src1' },
	simplify: false,
	options,
});
const createSource = (options = {}) => ({
	resource: 'source',
	operation: 'create',
	slug: 'web',
	metadataId: 'IqDTy1TpoU',
	enabled: true,
	options,
});
const deleteSource = {
	resource: 'source',
	operation: 'delete',
	sourceId: { __rl: true, mode: 'id', value: 'src1' },
};
const tooMany = (msBeforeNext: unknown) => ({
	errors: [
		{
			type: 'RequestError',
			message: 'Too many requests',
			data: { remainingPoints: 0, msBeforeNext },
		},
	],
});
const systemError = (code: string, message: string) => Object.assign(new Error(message), { code });
const found = { data: { source: { id: 'src1' } } };
const send = { resource: 'apiRequest', operation: 'send' };

/** The error a run fails with; the test fails when it does not. */
async function failure(...args: Parameters<typeof runNode>): Promise<NodeApiError> {
	try {
		await runNode(...args);
	} catch (error) {
		return error as NodeApiError;
	}
	throw new Error('The node did not fail');
}

describe('redirects', () => {
	it('never follows a redirect to another origin, and names the host', async () => {
		const elsewhere = nock('https://attacker.example')
			.get(/.*/)
			.reply(200, { data: { source: { id: 'evil' } } });
		apiWithoutBody()
			.get('/sources/src1')
			.reply(307, '', { Location: 'https://attacker.example/steal' });

		const error = await failure(getSource());

		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toContain('attacker.example');
		expect(error.message).toContain('not followed');
		expect(elsewhere.isDone()).toBe(false);
		nock.cleanAll();
	});

	it('never follows it from the trigger either', async () => {
		const elsewhere = nock('http://127.0.0.1:9').get(/.*/).reply(200, page('sources', []));
		apiWithoutBody()
			.get('/sources')
			.query(true)
			.reply(302, '', { Location: 'http://127.0.0.1:9/sources' });

		await expect(activateTrigger({ events: ['newSource'] }).poll()).rejects.toThrow('127.0.0.1:9');
		expect(elsewhere.isDone()).toBe(false);
		nock.cleanAll();
	});

	it("fails with Segment's status, not a crash, when a redirect names no valid place", async () => {
		apiWithoutBody().get('/sources/src1').reply(302, '', { Location: 'http://[not a host' });

		const error = await failure(getSource());

		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.httpCode).toBe('302');
		expect(error.description).toContain('not followed');
	});

	it("follows a redirect within Segment's own origin with the token", async () => {
		apiWithoutBody()
			.get('/sources/src1')
			.reply(301, '', { Location: '/sources/src1-moved' })
			.get('/sources/src1-moved')
			.reply(200, found);

		expect(await runJson(getSource())).toEqual([{ id: 'src1' }]);
	});

	it("passes on the domains the credential allows, with Segment's own host joined", async () => {
		let allowed: unknown = 'not sent';
		const credentials = {
			apiToken: TOKEN,
			region: US,
			allowedHttpRequestDomains: 'domains',
			allowedDomains: 'example.com',
		};
		nock(US)
			.get('/sources/src1')
			.reply(function () {
				allowed = 'sent';
				return [200, found];
			});
		const { segmentApiRequest } = await import('../../../nodes/SegmentPublicApi/shared/transport');
		const seen: unknown[] = [];
		const context = {
			getNode: () => ({
				name: 'n',
				type: 't',
				typeVersion: 1,
				parameters: {},
				id: '1',
				position: [0, 0],
			}),
			getCredentials: async () => credentials,
			logger: { warn: () => undefined },
			helpers: {
				httpRequestWithAuthentication: async (
					_type: string,
					options: { allowedDomains?: string },
				) => {
					seen.push(options.allowedDomains);
					return { statusCode: 200, headers: {}, body: found };
				},
			},
		};
		await segmentApiRequest.call(context as never, { method: 'GET', path: '/sources/src1' });
		expect(seen).toEqual(['api.segmentapis.com, example.com']);
		expect(allowed).toBe('not sent');
		nock.cleanAll();
	});
});

describe('secrets in error bodies', () => {
	it('redacts the token and Authorization values a server echoes back', async () => {
		apiWithoutBody()
			.get('/sources/src1')
			.reply(400, {
				errors: [{ message: `Bad request from Bearer ${TOKEN}` }],
				echo: {
					headers: { authorization: `Bearer ${TOKEN}` },
					raw: `Authorization: Bearer ${TOKEN}`,
				},
			});

		const error = await failure(getSource());

		expect(error.message).toBe('Bad request from Bearer [redacted]');
		expect(JSON.stringify(error.errorResponse)).not.toContain(TOKEN);
		expect(JSON.stringify(error.errorResponse)).toContain('[redacted]');
	});

	it('redacts a plain-text body that holds the token', async () => {
		apiWithoutBody().get('/sources/src1').reply(418, `proxy saw token=${TOKEN}`);

		const error = await failure(getSource());

		expect(JSON.stringify(error.errorResponse)).toContain('token=[redacted]');
	});
});

describe('secrets the node sent, echoed back in any form', () => {
	const password = 'p@ss w/rd:42!';
	const privateKey =
		'-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\nVJTUt9Us8cKjMzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvD\n-----END PRIVATE KEY-----\n';
	const serviceAccount = JSON.stringify({
		type: 'service_account',
		project_id: 'acme-analytics',
		// eslint-disable-next-line @n8n/community-nodes/no-hardcoded-secrets -- a fake key the test searches for
		private_key_id: '5f1c0e2d9a8b7c6d5e4f',
		private_key: privateKey,
	});
	// eslint-disable-next-line @n8n/community-nodes/no-hardcoded-secrets -- a line of the fake key above
	const keyLine = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7';
	const createWarehouse = (settings: object) => ({
		resource: 'warehouse',
		operation: 'create',
		metadataId: 'aea3fX3g4o',
		settings: JSON.stringify(settings),
	});
	const everyForm = [
		password,
		encodeURIComponent(password),
		encodeURIComponent(password).toLowerCase(),
		serviceAccount,
		privateKey,
		JSON.stringify(privateKey).slice(1, -1),
		keyLine,
		'5f1c0e2d9a8b7c6d5e4f',
	];
	const leaks = (value: unknown) => {
		const text = JSON.stringify(value);
		return everyForm.filter((form) => text.includes(JSON.stringify(form).slice(1, -1)));
	};

	it("redacts a password a warehouse driver echoes URL-encoded in a connection string, from Segment's message, description and answer", async () => {
		const connection = `postgres://loader:${encodeURIComponent(password)}@db.example.com:5432/analytics`;
		apiWithBody()
			.post('/warehouses', {
				metadataId: 'aea3fX3g4o',
				settings: { hostname: 'db.example.com', username: 'loader', password },
			})
			.reply(422, {
				errors: [
					{ message: `could not connect to ${connection}`, field: 'settings' },
					{ message: `retry failed: ${connection.toLowerCase()}` },
				],
			});

		const error = await failure(
			createWarehouse({ hostname: 'db.example.com', username: 'loader', password }),
		);

		expect(error.message).toBe(
			'could not connect to postgres://loader:[redacted]@db.example.com:5432/analytics (field: settings)',
		);
		expect(leaks([error.message, error.description, error.errorResponse])).toEqual([]);
		expect(JSON.stringify(error.errorResponse)).toContain('loader:[redacted]@');
	});

	it('redacts a service-account key sent as a JSON string in plain Settings, whole, JSON-escaped or line by line', async () => {
		nock(US)
			.post('/warehouses')
			.reply(400, {
				errors: [
					{
						message: `invalid credentials ${serviceAccount}`,
						data: { key: JSON.stringify(privateKey), line: `bad line ${keyLine}`, id: '5f1c0e2d9a8b7c6d5e4f' },
					},
				],
			});

		const error = await failure(createWarehouse({ project: 'acme-analytics', credentials: serviceAccount }));

		expect(error.message).toBe('invalid credentials [redacted]');
		expect(leaks([error.message, error.description, error.errorResponse])).toEqual([]);
		expect(JSON.stringify(error.errorResponse)).toContain('bad line [redacted]');
	});

	it('redacts the secrets sent from the output item too, and keeps Continue On Fail items clean', async () => {
		nock(US)
			.post('/warehouses')
			.reply(201, {
				data: {
					warehouse: {
						id: 'wh1',
						settings: { credentials: serviceAccount, password, status: `connected as loader:${encodeURIComponent(password)}` },
					},
				},
			})
			.post('/warehouses')
			.reply(500, { errors: [{ message: `driver said ${Buffer.from(password).toString('base64')}` }] });

		const [item] = await runJson(createWarehouse({ credentials: serviceAccount, password }));
		const [failed] = await runNode(createWarehouse({ credentials: serviceAccount, password }), {
			continueOnFail: true,
		});

		expect(item).toEqual({
			id: 'wh1',
			settings: {
				credentials: '[redacted]',
				password: '[redacted]',
				status: 'connected as loader:[redacted]',
			},
		});
		expect(failed.error?.message).toBe('driver said [redacted]');
		expect(leaks([item, failed.json, failed.error?.message, failed.error?.description])).toEqual([]);
	});
});

describe('API Request guards', () => {
	it.each([
		['/sources/%2e%2e/users'],
		['/%2E%2E/admin'],
		['/sources/%2fusers'],
		['/sources/..%2F..%2Fusers'],
		['/sources\\..\\users'],
		['/sources/%252e%252e/users'],
	])('refuses %s before sending', async (path) => {
		await expect(runNode({ ...send, method: 'GET', path })).rejects.toThrow('The field "Path"');
	});

	it('refuses a censored secret in the body unless allowed', async () => {
		const body = '{"settings": {"apiKey": "••••••"}}';
		await expect(
			runNode({ ...send, method: 'PATCH', path: '/destinations/x', body }),
		).rejects.toThrow('The field "Body" holds a censored secret at "settings.apiKey"');

		apiWithBody()
			.patch('/destinations/x', { settings: { apiKey: '••••••' } })
			.reply(200, { data: {} });
		expect(
			await runJson({
				...send,
				method: 'PATCH',
				path: '/destinations/x',
				body,
				options: { allowCensoredValues: true },
			}),
		).toEqual([{}]);
	});
});

describe('custom base URL', () => {
	it.each([
		['http://user:secret@127.0.0.1:4010', 'must not contain a user name or password'],
		['http://127.0.0.1:4010/?token=x', 'must not contain "?" or "#"'],
		['ftp://127.0.0.1', 'must start with https://'],
		['not a url', 'is not a valid URL'],
	])('refuses %s', async (baseUrl, problem) => {
		await expect(
			runNode(getSource(), { credentials: { apiToken: TOKEN, region: 'custom', baseUrl } }),
		).rejects.toThrow(`The credential's Base URL ${problem}`);
	});

	it('keeps a path prefix of the base URL', async () => {
		nock('http://127.0.0.1:4010').get('/segment/sources/src1').reply(200, found);
		expect(
			await runJson(getSource(), {
				credentials: {
					apiToken: TOKEN,
					region: 'custom',
					baseUrl: 'http://127.0.0.1:4010/segment/',
				},
			}),
		).toEqual([{ id: 'src1' }]);
	});
});

describe('writes happen once', () => {
	it.each([
		[502, 'Bad gateway'],
		[503, 'Service unavailable'],
		[500, 'Internal error'],
	])(
		'does not resend a POST after HTTP %i and says it may have happened',
		async (status, message) => {
			apiWithBody()
				.post('/sources')
				.reply(status, { errors: [{ message }] });

			const error = await failure(createSource());

			expect(error.message).toBe(message);
			expect(error.description).toContain(
				'POST /sources reached Segment, so it was not sent again',
			);
			expect(error.description).toContain('Check with a Get or Get Many');
		},
	);

	it('does not resend a POST after the connection dropped mid-request', async () => {
		apiWithBody().post('/sources').replyWithError(systemError('ECONNRESET', 'socket hang up'));

		await expect(runNode(createSource())).rejects.toMatchObject({
			description: expect.stringContaining('so it was not sent again'),
		});
	});

	it('does not resend a POST after a timeout', async () => {
		apiWithBody().post('/sources').delay(300).reply(200, found);

		await expect(
			runNode({ ...createSource(), requestOptions: { timeout: 50 } }),
		).rejects.toMatchObject({
			description: expect.stringContaining('so it was not sent again'),
		});
		nock.abortPendingRequests();
		nock.cleanAll();
	});

	it('resends a POST that certainly did not reach Segment: refused connection, DNS failure, 429', async () => {
		apiWithBody()
			.post('/sources')
			.replyWithError(systemError('ECONNREFUSED', 'connect ECONNREFUSED'))
			.post('/sources')
			.replyWithError(systemError('ENOTFOUND', 'getaddrinfo ENOTFOUND'))
			.post('/sources')
			.reply(429, tooMany(5))
			.post('/sources')
			.reply(200, found);

		expect(await runJson(createSource())).toEqual([{ id: 'src1' }]);
	});

	it('retries a DELETE after a 503 and takes a 404 on the retry as done', async () => {
		apiWithoutBody()
			.delete('/sources/src1')
			.reply(503, 'unavailable')
			.delete('/sources/src1')
			.reply(404, { errors: [{ message: 'Source not found' }] });

		expect(await runJson(deleteSource)).toEqual([{ status: 'SUCCESS' }]);
	});

	it('still reports a 404 on the first DELETE', async () => {
		apiWithoutBody()
			.delete('/sources/src1')
			.reply(404, { errors: [{ message: 'Source not found' }] });

		await expect(runNode(deleteSource)).rejects.toThrow('Source not found');
	});
});

describe('rate limits that cannot poison the process', () => {
	it('remembers an absurd wait for at most Max Total Wait, and says how long Segment asked', async () => {
		apiWithoutBody().get('/sources/src1').reply(429, tooMany(1e13));

		const error = await failure(getSource({ maxWaitSeconds: 0.3 }));
		expect(error.description).toContain('Segment asked to wait');
		expect(error.description).toContain('"Max Total Wait"');

		apiWithoutBody().get('/sources/src1').reply(200, found);
		const started = Date.now();
		expect(await runJson(getSource())).toEqual([{ id: 'src1' }]);
		expect(Date.now() - started).toBeLessThan(1500);
	});

	it('keeps the events volume limit apart from the rest of the workspace', async () => {
		api().get('/events/volume').query(true).reply(429, tooMany(60_000));
		await expect(
			runNode({
				resource: 'eventVolume',
				operation: 'get',
				granularity: 'DAY',
				startTime: '2026-01-01T00:00:00Z',
				endTime: '2026-01-02T00:00:00Z',
				// Were the window shared, the Get below would wait these 3 s too.
				options: { maxWaitSeconds: 3 },
			}),
		).rejects.toThrow('Too many requests');

		apiWithoutBody().get('/sources/src1').reply(200, found);
		const started = Date.now();
		expect(await runJson(getSource())).toEqual([{ id: 'src1' }]);
		expect(Date.now() - started).toBeLessThan(1000);
	});

	it.each([
		[
			'Label > Create',
			'post',
			'/labels',
			{ resource: 'label', operation: 'create', labelKey: 'k', labelValue: 'v' },
		],
		[
			'Invite > Delete',
			'delete',
			'/invites',
			{ resource: 'invite', operation: 'delete', emails: 'a@example.com' },
		],
		[
			'User Group > Create',
			'post',
			'/groups',
			{ resource: 'userGroup', operation: 'create', name: 'Analysts' },
		],
		[
			'Warehouse > Get Connection State',
			'get',
			'/warehouses/wh1/connection-state',
			{
				resource: 'warehouse',
				operation: 'getConnectionState',
				warehouseId: { __rl: true, mode: 'id', value: 'wh1' },
			},
		],
		[
			'Tracking Plan > Get Rules',
			'get',
			'/tracking-plans/tp1/rules',
			{
				resource: 'trackingPlan',
				operation: 'getRules',
				trackingPlanId: { __rl: true, mode: 'id', value: 'tp1' },
			},
		],
		[
			'Deletion and Suppression > Create',
			'post',
			'/regulations',
			{ resource: 'regulation', operation: 'create', subjectIds: 'user-1' },
		],
		[
			'Engage: Audience > Get Many',
			'get',
			'/spaces/spa1/audiences',
			{ resource: 'audience', operation: 'getAll', spaceId: byId('spa1'), limit: 1 },
		],
		[
			'Engage: Audience > Run Now',
			'post',
			'/spaces/spa1/audiences/aud1/runs',
			{ resource: 'audience', operation: 'run', spaceId: byId('spa1'), audienceId: 'aud1' },
		],
		[
			'Engage: Audience > Create Preview',
			'post',
			'/spaces/spa1/audiences/previews',
			{
				resource: 'audience',
				operation: 'createPreview',
				spaceId: byId('spa1'),
				query: "event('Order Completed').count() >= 3",
			},
		],
		[
			'Engage: Computed Trait > Get Many',
			'get',
			'/spaces/spa1/computed-traits',
			{ resource: 'computedTrait', operation: 'getAll', spaceId: byId('spa1'), limit: 1 },
		],
		[
			'Engage: Computed Trait > Delete',
			'delete',
			'/spaces/spa1/computed-traits/ct1',
			{
				resource: 'computedTrait',
				operation: 'delete',
				spaceId: byId('spa1'),
				computedTraitId: 'ct1',
			},
		],
		[
			'Engage: Space > Replace Messaging Subscriptions',
			'put',
			'/spaces/spa1/messaging-subscriptions',
			{
				resource: 'space',
				operation: 'replaceMessagingSubscriptions',
				spaceId: byId('spa1'),
				subscriptions: {
					// Mutable, as n8n's parameter types want, inside the `as const` list.
					subscription: [
						{ key: 'ada@example.com', type: 'EMAIL', status: 'SUBSCRIBED' },
					] as INodeParameters[],
				},
			},
		],
		[
			'Warehouse > Get Syncs',
			'get',
			'/warehouses/wh1/syncs',
			{ resource: 'warehouse', operation: 'getSyncs', warehouseId: byId('wh1'), limit: 1 },
		],
		[
			'Reverse ETL > Start Sync',
			'post',
			'/reverse-etl-syncs',
			{
				resource: 'reverseEtl',
				operation: 'startSync',
				reverseEtlModelId: byId('m1'),
				sourceId: byId('src2'),
				subscriptionId: 'sub1',
			},
		],
		[
			'Reverse ETL > Get Sync Status',
			'get',
			'/reverse-etl-models/m1/syncs/s1',
			{
				resource: 'reverseEtl',
				operation: 'getSyncStatus',
				reverseEtlModelId: byId('m1'),
				syncId: 's1',
			},
		],
		[
			'Reverse ETL > Trigger DBT Model Sync',
			'post',
			'/dbt-model-syncs/trigger',
			{ resource: 'reverseEtl', operation: 'triggerDbtModelSync', sourceId: byId('src2') },
		],
		[
			'Customer Insights Download > Create Download',
			'post',
			'/customer-insights/download',
			{
				resource: 'customerInsights',
				operation: 'createDownload',
				collectionId: 'c1',
				hour: '2026-01-01T00:00:00.000Z',
			},
		],
	] as const)(
		'keeps the limit of %s apart from the rest of the workspace',
		async (_, method, path, parameters) => {
			// Any of Segment's media types: the alpha and beta operations send their own.
			const anyMediaType = nock(US)
				.matchHeader('authorization', `Bearer ${TOKEN}`)
				.matchHeader('accept', /^application\/vnd\.segment\.v1(alpha|beta)?\+json$/);
			anyMediaType[method](path).query(true).reply(429, tooMany(60_000));
			// Were the window shared, the Get below would wait these 3 s too.
			const withWait = { ...parameters, options: { maxWaitSeconds: 3 } } as INodeParameters;
			await expect(runNode(withWait)).rejects.toThrow('Too many requests');

			apiWithoutBody().get('/sources/src1').reply(200, found);
			const started = Date.now();
			expect(await runJson(getSource())).toEqual([{ id: 'src1' }]);
			expect(Date.now() - started).toBeLessThan(1000);
		},
	);

	it('keeps the two regulation quotas apart: Segment-only types and types that reach destinations', async () => {
		const regulation = (regulationType: string) => ({
			resource: 'regulation',
			operation: 'create',
			regulationType,
			subjectIds: 'user-1',
			options: { maxWaitSeconds: 3 },
		});
		apiWithBody()
			.post('/regulations', (body) => body.regulationType === 'SUPPRESS_WITH_DELETE')
			.reply(429, tooMany(60_000));
		await expect(runNode(regulation('SUPPRESS_WITH_DELETE'))).rejects.toThrow('Too many requests');

		apiWithBody()
			.post('/regulations', (body) => body.regulationType === 'SUPPRESS_WITH_DELETE_INTERNAL')
			.reply(200, { data: { regulateId: 'reg2' } });
		const started = Date.now();
		const [created] = await runJson(regulation('SUPPRESS_WITH_DELETE_INTERNAL'));
		expect(created.regulateId).toBe('reg2');
		expect(Date.now() - started).toBeLessThan(1000);

		// DELETE_ONLY counts against the used-up quota: with less wait allowed than is left of
		// the window, it fails at once instead of sending.
		await expect(
			runNode({ ...regulation('DELETE_ONLY'), options: { maxWaitSeconds: 1 } }),
		).rejects.toThrow('Too many requests');
		expect(nock.pendingMocks()).toEqual([]);
	});

	it("computes a reset time against the server's Date, not a skewed local clock", async () => {
		const serverNow = Date.now() + 10 * 60_000;
		apiWithoutBody()
			.get('/sources/src1')
			.reply(
				429,
				{ errors: [{ message: 'Too many requests' }] },
				{
					Date: new Date(serverNow).toUTCString(),
					'X-RateLimit-Reset': new Date(serverNow + 1000).toUTCString(),
				},
			)
			.get('/sources/src1')
			.reply(200, found);

		const started = Date.now();
		expect(await runJson(getSource({ maxWaitSeconds: 5 }))).toEqual([{ id: 'src1' }]);
		expect(Date.now() - started).toBeLessThan(2500);
	});

	it.each([[null], ['soon'], [{}]])(
		'treats msBeforeNext %p as absent, not as 0',
		async (msBeforeNext) => {
			const times: number[] = [];
			apiWithoutBody()
				.get('/sources/src1')
				.reply(() => {
					times.push(Date.now());
					return [429, tooMany(msBeforeNext), { 'X-RateLimit-Reset': '1' }];
				})
				.get('/sources/src1')
				.reply(() => {
					times.push(Date.now());
					return [200, found];
				});

			expect(await runJson(getSource())).toEqual([{ id: 'src1' }]);
			expect(times[1] - times[0]).toBeGreaterThanOrEqual(900);
		},
	);

	it('ends a rate-limit wait when the execution is stopped', async () => {
		const controller = new AbortController();
		apiWithoutBody()
			.get('/sources/src1')
			.reply(() => {
				void sleep(100).then(() => controller.abort());
				return [429, tooMany(3000)];
			});

		const started = Date.now();
		await expect(runNode(getSource(), { abortSignal: controller.signal })).rejects.toThrow();
		expect(Date.now() - started).toBeLessThan(2000);
	});

	it('counts the time spent in requests against Max Total Wait', async () => {
		apiWithoutBody()
			.get('/sources/src1')
			.delay(700)
			.reply(503, 'unavailable')
			.get('/sources/src1')
			.reply(200, found);

		await expect(runNode(getSource({ maxWaitSeconds: 0.5 }))).rejects.toMatchObject({
			httpCode: '503',
		});
		nock.cleanAll();
	});

	it('gives trigger requests a default timeout', async () => {
		const saved = TIMEOUTS.defaultMs;
		TIMEOUTS.defaultMs = 100;
		try {
			apiWithoutBody()
				.get('/sources')
				.query(true)
				.delay(400)
				.reply(200, page('sources', [source(1)]));
			await expect(activateTrigger({ events: ['newSource'] }).poll()).rejects.toThrow();
		} finally {
			TIMEOUTS.defaultMs = saved;
			nock.abortPendingRequests();
			nock.cleanAll();
		}
	});
});

describe('inputs checked before sending', () => {
	it.each([[NaN], [Infinity], [-Infinity]])('refuses the ID %p', async (value) => {
		await expect(
			runNode({ ...getSource(), sourceId: { __rl: true, mode: 'id', value } }),
		).rejects.toThrow('The field "Source" is not a valid ID');
	});

	it.each([['abc'], [1.5], [0], [-3], [NaN]])('refuses the Limit %p', async (limit) => {
		await expect(
			runNode({ resource: 'source', operation: 'getAll', returnAll: false, limit }),
		).rejects.toThrow('The field "Limit" must be a whole number of 1 or more');
	});

	it.each([['status'], ['__proto__'], ['pagination']])(
		'refuses a List Property %p that names no list',
		async (listProperty) => {
			apiWithoutBody()
				.get('/tracking-plans')
				.query(true)
				.reply(200, {
					data: { status: 'ok', trackingPlans: [], pagination: { current: 'MA==', next: null } },
				});

			await expect(
				runNode({ ...send, method: 'GET', path: '/tracking-plans', paginate: true, listProperty }),
			).rejects.toThrow(`The field "List Property" names no list: "${listProperty}"`);
		},
	);

	it('refuses an unknown trigger event', async () => {
		await expect(activateTrigger({ events: ['newSource', 'newWidget'] }).poll()).rejects.toThrow(
			'The field "Events" has an unknown event: "newWidget"',
		);
	});
});
