/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code: it never ships in dist/ */
import { request as httpRequest } from 'node:http';
import {
	DeletionAndSuppressionApi,
	DestinationFilterActionV1,
	DestinationFiltersApi,
	RemoveRuleV1,
	TrackingPlansApi,
} from '@segment/public-api-sdk-typescript';
import nock from 'nock';
import { startSandbox, type Sandbox } from '../../sandbox/server';

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of any endpoint, checked field by field
	body: any;
}

const V1 = 'application/vnd.segment.v1+json';
const V1ALPHA = 'application/vnd.segment.v1alpha+json';

let sandbox: Sandbox;

/** A real HTTP request to the sandbox (no nock involved). */
function call(
	method: string,
	path: string,
	options: { token?: string | null; accept?: string; body?: unknown } = {},
): Promise<Reply> {
	const token = options.token === undefined ? sandbox.token : options.token;
	const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
	const headers: Record<string, string> = { Accept: options.accept ?? V1 };
	if (token !== null) headers.Authorization = `Bearer ${token}`;
	if (payload !== undefined) headers['Content-Type'] = options.accept ?? V1;
	return new Promise((resolve, reject) => {
		const req = httpRequest(`${sandbox.url}${path}`, { method, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => {
				const text = Buffer.concat(chunks).toString('utf8');
				resolve({
					status: res.statusCode ?? 0,
					headers: res.headers,
					body: text ? JSON.parse(text) : undefined,
				});
			});
		});
		req.on('error', reject);
		if (payload !== undefined) req.write(payload);
		req.end();
	});
}

beforeAll(async () => {
	// The shared jest setup routes HTTP through nock and blocks the network; this suite needs real sockets.
	nock.restore();
	sandbox = await startSandbox({ port: 0, sources: 25 });
});

afterAll(async () => {
	await sandbox.close();
	nock.activate();
});

afterEach(() => {
	sandbox.setFaults({ rateLimit: null, failRate: 0, latencyMs: 0 });
});

describe('Segment Public API sandbox', () => {
	it('listens on 127.0.0.1 and answers GET / with the workspace', async () => {
		expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		const reply = await call('GET', '/');
		expect(reply.status).toBe(200);
		expect(reply.headers['content-type']).toBe(V1);
		expect(reply.body).toEqual({ data: { workspace: sandbox.workspace } });
		expect(reply.headers['x-ratelimit-remaining']).toMatch(/^\d+$/);
	});

	it('keeps an audit trail of creates, changes and deletes, newest first, filtered by resource and time', async () => {
		const created = await call('POST', '/sources', {
			body: {
				slug: 'audited_source',
				metadataId: (await call('GET', '/catalog/sources?pagination[count]=1')).body.data
					.sourcesCatalog[0].id,
			},
		});
		expect(created.status).toBe(201);
		const id = created.body.data.source.id as string;
		expect((await call('PATCH', `/sources/${id}`, { body: { enabled: false } })).status).toBe(200);
		expect((await call('DELETE', `/sources/${id}`)).status).toBe(200);

		const mine = await call('GET', `/audit-events?pagination[count]=10&resourceId=${id}`);
		expect(mine.status).toBe(200);
		expect(mine.body.data.events.map((event: { type: string }) => event.type)).toEqual([
			'Source Deleted',
			'Source Modified',
			'Source Created',
		]);
		expect(mine.body.data.events[0]).toMatchObject({
			resourceId: id,
			resourceType: 'source',
			resourceName: 'audited_source',
		});

		const future = new Date(Date.now() + 60_000).toISOString();
		const none = await call('GET', `/audit-events?pagination[count]=10&startTime=${future}`);
		expect(none.body.data.events).toEqual([]);
		const warehouses = await call(
			'GET',
			'/audit-events?pagination[count]=10&resourceType=warehouse',
		);
		expect(
			warehouses.body.data.events.every(
				(event: { resourceType: string }) => event.resourceType === 'warehouse',
			),
		).toBe(true);
		expect((await call('GET', '/audit-events?pagination[count]=10&endTime=yesterday')).status).toBe(
			422,
		);
		expect((await call('GET', '/audit-events')).status).toBe(422);
	});

	it('lists labels whole, creates and deletes them, and keeps deleted labels off sources', async () => {
		const before = await call('GET', '/labels');
		expect(before.status).toBe(200);
		expect(before.body.data.labels).toEqual(
			expect.arrayContaining([{ key: 'environment', value: 'prod' }]),
		);
		expect(before.body.data.pagination).toBeUndefined();

		const created = await call('POST', '/labels', {
			body: { label: { key: 'cost center', value: 'eu/west' } },
		});
		expect(created.status).toBe(201);
		expect(created.body.data.label).toEqual({ key: 'cost center', value: 'eu/west' });
		expect(
			(await call('POST', '/labels', { body: { label: { key: 'cost center', value: 'eu/west' } } }))
				.status,
		).toBe(422);
		expect((await call('POST', '/labels', { body: { label: { key: 'x' } } })).status).toBe(422);

		expect((await call('DELETE', '/labels/cost%20center/eu%2Fwest')).status).toBe(200);
		expect((await call('DELETE', '/labels/cost%20center/eu%2Fwest')).status).toBe(404);
		const sourcesBefore = (await call('GET', '/sources?pagination[count]=100')).body.data.sources;
		expect(
			sourcesBefore.some((source: { labels: Array<{ value: string }> }) =>
				source.labels.some((label) => label.value === 'dev'),
			),
		).toBe(true);
		expect((await call('DELETE', '/labels/environment/dev')).status).toBe(200);
		const sourcesAfter = (await call('GET', '/sources?pagination[count]=100')).body.data.sources;
		expect(
			sourcesAfter.some((source: { labels: Array<{ value: string }> }) =>
				source.labels.some((label) => label.value === 'dev'),
			),
		).toBe(false);
		const trail = await call('GET', '/audit-events?pagination[count]=10&resourceType=label');
		expect(trail.body.data.events.map((event: { type: string }) => event.type)).toEqual([
			'Label Deleted',
			'Label Deleted',
			'Label Created',
		]);
	});

	it('adds and replaces the labels of a source, refusing labels the workspace does not have', async () => {
		const id = (await call('GET', '/sources?pagination[count]=1')).body.data.sources[0]
			.id as string;
		const added = await call('POST', `/sources/${id}/labels`, {
			body: {
				labels: [
					{ key: 'environment', value: 'prod' },
					{ key: 'team', value: 'mobile' },
				],
			},
		});
		expect(added.status).toBe(200);
		expect(added.body.data.labels).toEqual(
			expect.arrayContaining([
				{ key: 'environment', value: 'prod' },
				{ key: 'team', value: 'mobile' },
			]),
		);
		const replaced = await call('PUT', `/sources/${id}/labels`, {
			body: { labels: [{ key: 'team', value: 'mobile' }] },
		});
		expect(replaced.body.data.labels).toEqual([{ key: 'team', value: 'mobile' }]);
		expect((await call('GET', `/sources/${id}`)).body.data.source.labels).toEqual([
			{ key: 'team', value: 'mobile' },
		]);
		const unknown = await call('POST', `/sources/${id}/labels`, {
			body: { labels: [{ key: 'no', value: 'such' }] },
		});
		expect(unknown.status).toBe(422);
		expect(unknown.body.errors[0].message).toContain('"no:such" does not exist');
	});

	it("rotates write keys (alpha), reports warehouse connection states and lists a user's groups", async () => {
		const source = (await call('GET', '/sources?pagination[count]=1')).body.data.sources[0];
		const created = await call('POST', `/sources/${source.id}/writekey`, { accept: V1ALPHA });
		expect(created.status).toBe(200);
		const keys = created.body.data.source.writeKeys as string[];
		expect(keys).toHaveLength(source.writeKeys.length + 1);
		expect(keys.slice(0, -1)).toEqual(source.writeKeys);
		expect((await call('POST', `/sources/${source.id}/writekey`)).status).not.toBe(200);
		for (const old of source.writeKeys) {
			expect(
				(await call('DELETE', `/sources/${source.id}/writekey/${old}`, { accept: V1ALPHA })).status,
			).toBe(200);
		}
		const last = await call('DELETE', `/sources/${source.id}/writekey/${keys[keys.length - 1]}`, {
			accept: V1ALPHA,
		});
		expect(last.status).toBe(422);

		const warehouse = (await call('GET', '/warehouses?pagination[count]=1')).body.data
			.warehouses[0];
		const state = await call('GET', `/warehouses/${warehouse.id}/connection-state`);
		expect(state.body.data).toEqual({
			connectionState: warehouse.enabled ? 'CONNECTED' : 'FAILED',
		});

		const user = (await call('GET', '/users?pagination[count]=1')).body.data.users[0];
		const groups = await call('GET', `/users/${user.id}/groups?pagination[count]=10`);
		expect(groups.status).toBe(200);
		expect(groups.body.data.groups).toEqual([]);
	});

	it("keeps user groups: members by email, other emails as the group's invites, removal under /group/", async () => {
		const member = (await call('GET', '/users?pagination[count]=1')).body.data.users[0];
		const created = await call('POST', '/groups', { body: { name: 'Analysts' } });
		expect(created.status).toBe(201);
		const id = created.body.data.userGroup.id as string;
		const added = await call('POST', `/groups/${id}/users`, {
			body: { emails: [member.email, 'new@example.com'] },
		});
		expect(added.body.data.userGroup).toMatchObject({ name: 'Analysts', memberCount: 1 });
		const users = await call('GET', `/groups/${id}/users?pagination[count]=10`);
		expect(users.body.data.users).toEqual([
			{ id: member.id, name: member.name, email: member.email },
		]);
		expect(
			(await call('GET', `/groups/${id}/invites?pagination[count]=10`)).body.data.emails,
		).toEqual(['new@example.com']);
		const removed = await call(
			'DELETE',
			`/group/${id}/users?emails[0]=${encodeURIComponent(member.email)}`,
		);
		expect(removed.status).toBe(200);
		expect((await call('GET', `/groups/${id}`)).body.data.userGroup.memberCount).toBe(0);
		const replaced = await call('PUT', `/group/${id}/users`, { body: { emails: [member.email] } });
		expect(replaced.body.data.userGroup.memberCount).toBe(1);
		expect(
			(await call('GET', `/groups/${id}/invites?pagination[count]=10`)).body.data.emails,
		).toEqual([]);
		expect(
			(await call('PATCH', `/groups/${id}`, { body: { name: 'Data' } })).body.data.userGroup.name,
		).toBe('Data');
		expect((await call('DELETE', `/groups/${id}`)).status).toBe(200);
		expect((await call('GET', `/groups/${id}`)).status).toBe(404);
	});

	it('adds and replaces the permissions of users and user groups, refusing unknown roles', async () => {
		const roleId = (await call('GET', '/roles?pagination[count]=10')).body.data.roles[0]
			.id as string;
		const user = (await call('GET', '/users?pagination[count]=1')).body.data.users[0];
		const before = (await call('GET', `/users/${user.id}`)).body.data.user.permissions
			.length as number;
		const permission = { roleId, resources: [{ id: 'src1', type: 'SOURCE' }] };
		const added = await call('POST', `/users/${user.id}/permissions`, {
			body: { permissions: [permission] },
		});
		expect(added.status).toBe(200);
		expect(added.body.data.permissions).toHaveLength(before + 1);
		const replaced = await call('PUT', `/users/${user.id}/permissions`, {
			body: { permissions: [permission] },
		});
		expect(replaced.body.data.permissions).toEqual([
			{
				roleId,
				roleName: expect.any(String),
				resources: [{ id: 'src1', type: 'SOURCE', labels: [] }],
			},
		]);
		const unknown = await call('PUT', `/users/${user.id}/permissions`, {
			body: { permissions: [{ roleId: 'nope', resources: [] }] },
		});
		expect(unknown.status).toBe(422);

		const group = (await call('POST', '/groups', { body: { name: 'Admins' } })).body.data.userGroup;
		await call('PUT', `/groups/${group.id}/permissions`, { body: { permissions: [permission] } });
		expect((await call('GET', `/groups/${group.id}`)).body.data.userGroup.permissions).toHaveLength(
			1,
		);
	});

	it('lists the workspace roles that invites refer to', async () => {
		const reply = await call('GET', '/roles?pagination[count]=10');
		expect(reply.status).toBe(200);
		expect(reply.body.data.roles.map((role: { name: string }) => role.name)).toEqual([
			'Workspace Owner',
			'Workspace Member',
			'Source Admin',
		]);
	});

	it('answers 401 without a token or with a wrong one', async () => {
		const expected = { errors: [{ type: 'unauthorized', message: 'Unauthorized' }] };
		for (const token of [null, 'wrong-token']) {
			const reply = await call('GET', '/sources?pagination[count]=10', { token });
			expect(reply.status).toBe(401);
			expect(reply.body).toEqual(expected);
		}
	});

	it('pages through a list with opaque cursors until next is null', async () => {
		const ids: string[] = [];
		let cursor: string | null = null;
		let pages = 0;
		do {
			const query: string = cursor ? `&pagination%5Bcursor%5D=${encodeURIComponent(cursor)}` : '';
			const reply = await call('GET', `/sources?pagination%5Bcount%5D=10${query}`);
			expect(reply.status).toBe(200);
			const { sources, pagination } = reply.body.data;
			expect(pagination.totalEntries).toBe(25);
			ids.push(...sources.map((source: { id: string }) => source.id));
			cursor = pagination.next;
			pages += 1;
		} while (cursor);
		expect(pages).toBe(3);
		expect(new Set(ids).size).toBe(25);

		// The dotted form works too, and a page past the end is empty.
		const dotted = await call('GET', '/sources?pagination.count=20&pagination.cursor=MjA%3D');
		expect(dotted.body.data.sources).toHaveLength(5);
		expect(dotted.body.data.pagination).toMatchObject({
			current: 'MjA=',
			next: null,
			previous: 'MA==',
		});
	});

	it('requires pagination on list endpoints and validates it', async () => {
		const missing = await call('GET', '/sources');
		expect(missing.status).toBe(422);
		expect(missing.body.errors[0]).toMatchObject({ field: 'pagination' });

		for (const count of ['0', '1001', 'ten']) {
			const reply = await call('GET', `/destinations?pagination[count]=${count}`);
			expect(reply.status).toBe(422);
			expect(reply.body.errors[0].field).toBe('pagination.count');
		}
		const badCursor = await call('GET', '/warehouses?pagination[count]=5&pagination[cursor]=nope');
		expect(badCursor.body.errors[0].field).toBe('pagination.cursor');
	});

	it('creates, reads and deletes a source, censoring secrets in every response', async () => {
		const body = {
			slug: 'sandbox_test_source',
			metadataId: 'IqDTy1TpoU',
			enabled: true,
			settings: {
				websiteUrl: 'https://example.com',
				apiKey: 'real-key',
				nested: { password: 'hunter2' },
			},
			disconnectAllWarehouses: true,
		};
		const created = await call('POST', '/sources', { body });
		expect(created.status).toBe(201);
		const source = created.body.data.source;
		expect(source).toMatchObject({
			slug: 'sandbox_test_source',
			enabled: true,
			workspaceId: sandbox.workspace.id,
			metadata: { id: 'IqDTy1TpoU', slug: 'javascript' },
			settings: {
				websiteUrl: 'https://example.com',
				apiKey: '••••••',
				nested: { password: '••••••' },
			},
		});
		expect(JSON.stringify(created.body)).not.toContain('real-key');

		const fetched = await call('GET', `/sources/${encodeURIComponent(source.id)}`);
		expect(fetched.status).toBe(200);
		expect(fetched.body.data.source.settings.apiKey).toBe('••••••');
		const warehouses = await call(
			'GET',
			`/sources/${source.id}/connected-warehouses?pagination[count]=10`,
		);
		expect(warehouses.body.data.warehouses).toEqual([]);

		const duplicate = await call('POST', '/sources', { body });
		expect(duplicate.status).toBe(422);
		expect(duplicate.body.errors).toEqual([
			expect.objectContaining({ type: 'input-validation', field: 'slug' }),
		]);

		const incomplete = await call('POST', '/sources', { body: { settings: 'nope' } });
		expect(incomplete.status).toBe(422);
		expect(incomplete.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
			'metadataId',
			'settings',
			'slug',
		]);

		const deleted = await call('DELETE', `/sources/${source.id}`);
		expect(deleted).toMatchObject({ status: 200, body: { data: { status: 'SUCCESS' } } });
		const gone = await call('GET', `/sources/${source.id}`);
		expect(gone.status).toBe(404);
		expect(gone.body).toEqual({ errors: [{ type: 'NotFound', message: 'Source not found' }] });
	});

	it('answers 404 with an errors envelope for unknown routes', async () => {
		const reply = await call('GET', '/no/such/route');
		expect(reply.status).toBe(404);
		expect(reply.body.errors[0]).toMatchObject({ type: 'NotFound' });
	});

	it('serves alpha-only endpoints only to Accept v1alpha', async () => {
		const destinations = await call('GET', '/destinations?pagination[count]=100');
		const ga4 = destinations.body.data.destinations.find(
			(destination: { metadata: { slug: string } }) =>
				destination.metadata.slug === 'google-analytics-4-cloud',
		);
		const path = `/destinations/${ga4.id}/subscriptions?pagination[count]=10`;

		for (const accept of [V1, '*/*', 'application/json']) {
			const refused = await call('GET', path, { accept });
			expect(refused.status).toBe(406);
			expect(refused.body.errors[0].type).toBe('NotAcceptable');
		}
		const served = await call('GET', path, { accept: V1ALPHA });
		expect(served.status).toBe(200);
		expect(served.headers['content-type']).toBe(V1ALPHA);
		expect(served.body.data.subscriptions.length).toBeGreaterThan(0);

		// v1 endpoints accept the alpha media type too, and answer in it.
		const workspace = await call('GET', '/', { accept: V1ALPHA });
		expect(workspace.headers['content-type']).toBe(V1ALPHA);
	});

	it('lets an unversioned Accept reach alpha endpoints when strictAlpha is off', async () => {
		const strict = sandbox;
		sandbox = await startSandbox({ port: 0, strictAlpha: false });
		try {
			const fns = await call('GET', '/functions?pagination[count]=1&resourceType=SOURCE');
			const path = `/functions/${fns.body.data.functions[0].id}/versions?pagination[count]=5`;
			const lenient = await call('GET', path, { accept: 'application/json' });
			expect(lenient.status).toBe(200);
			expect(lenient.headers['content-type']).toBe(V1ALPHA);
			expect((await call('GET', path, { accept: V1 })).status).toBe(406);
		} finally {
			await sandbox.close();
			sandbox = strict;
		}
	});

	it('rate limits with a 429 envelope and X-RateLimit headers', async () => {
		sandbox.setFaults({ rateLimit: { points: 3, windowMs: 60000 } });
		const before = sandbox.counters.rateLimited;
		const replies: Reply[] = [];
		for (let i = 0; i < 5; i++) replies.push(await call('GET', '/'));

		expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 429, 429]);
		expect(replies.map((reply) => reply.headers['x-ratelimit-remaining'])).toEqual([
			'2',
			'1',
			'0',
			'0',
			'0',
		]);
		expect(replies[0].headers['x-ratelimit-consumed']).toBe('1');
		const reset = String(replies[3].headers['x-ratelimit-reset']);
		expect(new Date(reset).toUTCString()).toBe(reset);

		const [error] = replies[4].body.errors;
		expect(error).toMatchObject({
			type: 'RequestError',
			message: 'Too many requests',
			data: { remainingPoints: 0, consumedPoints: 5 },
		});
		expect(error.data.msBeforeNext).toBeGreaterThan(0);
		expect(error.data.msBeforeNext).toBeLessThanOrEqual(60000);
		expect(sandbox.counters.rateLimited - before).toBe(2);

		sandbox.setFaults({ rateLimit: null });
		expect((await call('GET', '/')).status).toBe(200);
	});

	it('injects server errors at the configured rate', async () => {
		sandbox.setFaults({ failRate: 1 });
		const reply = await call('GET', '/');
		expect([500, 503]).toContain(reply.status);
		expect(reply.body.errors[0].message).toMatch(/error|unavailable/i);
	});
});

describe('Segment Public API sandbox: regulations, tracking plans and schema settings', () => {
	/** The seeded "Acme Web & Mobile" tracking plan (website, iOS and Android connected). */
	const WEB_PLAN = 'tp_2aWdKq0Tn6Hs1YQe7JcLpM3vRbX';
	const fields = (reply: Reply) =>
		reply.body.errors.map((error: { field: string }) => error.field).sort();
	const sourceBySlug = async (slug: string) =>
		(await call('GET', '/sources?pagination[count]=100')).body.data.sources.find(
			(source: { slug: string }) => source.slug === slug,
		);
	const regulate = (path: string, body: unknown) => call('POST', path, { body });
	type Rule = { type: string; key: string; version: number; jsonSchema?: unknown };
	const rulesOf = async (planId: string) =>
		(
			await call('GET', `/tracking-plans/${planId}/rules?pagination[count]=1000`)
		).body.data.rules.map((rule: Rule) => `${rule.type}:${rule.key}:${rule.version}`);
	const newPlan = async (rules: Rule[]) => {
		const created = await call('POST', '/tracking-plans', {
			body: { name: 'Rules test', type: 'LIVE' },
		});
		const id = created.body.data.trackingPlan.id as string;
		expect((await call('PUT', `/tracking-plans/${id}/rules`, { body: { rules } })).status).toBe(
			200,
		);
		return id;
	};

	it('validates regulations field by field and answers 404 for unknown sources and regulations', async () => {
		const missing = await regulate('/regulations', {});
		expect(missing.status).toBe(422);
		expect(fields(missing)).toEqual(['regulationType', 'subjectIds', 'subjectType']);

		const wrong = await regulate('/regulations', {
			regulationType: 'DELETE_ARCHIVE_ONLY',
			subjectType: 'ANONYMOUS_ID',
			subjectIds: ['ok', '', 3],
		});
		expect(wrong.status).toBe(422);
		expect(fields(wrong)).toEqual([
			'regulationType',
			'subjectIds[1]',
			'subjectIds[2]',
			'subjectType',
		]);
		const empty = await regulate('/regulations', {
			regulationType: 'DELETE_ONLY',
			subjectType: 'USER_ID',
			subjectIds: [],
		});
		expect(empty.body.errors).toEqual([
			expect.objectContaining({ type: 'input-validation', field: 'subjectIds' }),
		]);
		const subjectIds = Array.from({ length: 5001 }, (_, n) => `user-${n}`);
		const tooMany = await regulate('/regulations', {
			regulationType: 'DELETE_INTERNAL',
			subjectType: 'USER_ID',
			subjectIds,
		});
		expect(tooMany.status).toBe(422);
		expect(tooMany.body.errors[0]).toMatchObject({ field: 'subjectIds' });
		expect(tooMany.body.errors[0].message).toContain('5000');
		const most = await regulate('/regulations', {
			regulationType: 'DELETE_INTERNAL',
			subjectType: 'USER_ID',
			subjectIds: subjectIds.slice(0, 5000),
		});
		expect(most.status).toBe(200);
		expect(most.body.data.regulateId).toMatch(/^[A-Za-z0-9]{27}$/);

		const source = await sourceBySlug('acme_backend');
		const unknownSource = await regulate('/regulations/sources/nope', {
			regulationType: 'DELETE_ONLY',
			subjectType: 'USER_ID',
			subjectIds: ['u1'],
		});
		expect(unknownSource.status).toBe(404);
		expect(unknownSource.body.errors[0].message).toBe('Source not found');
		const archive = await regulate(`/regulations/sources/${source.id}`, {
			regulationType: 'DELETE_ARCHIVE_ONLY',
			subjectType: 'ANONYMOUS_ID',
			subjectIds: ['anon-1'],
		});
		expect(archive.status).toBe(200);
		const anonymous = await regulate(`/regulations/sources/${source.id}`, {
			regulationType: 'DELETE_ONLY',
			subjectType: 'ANONYMOUS_ID',
			subjectIds: ['anon-1'],
		});
		expect(fields(anonymous)).toEqual(['subjectType']);
		const objects = await regulate(`/regulations/sources/${source.id}`, {
			regulationType: 'DELETE_ONLY',
			subjectType: 'OBJECT_ID',
			subjectIds: ['o1'],
		});
		expect(fields(objects)).toEqual(['subjectType']);

		const cloudWrong = await regulate(`/regulations/cloudsources/${source.id}`, {
			regulationType: 'DELETE_ARCHIVE_ONLY',
			subjectType: 'USER_ID',
			subjectIds: ['o1'],
		});
		expect(fields(cloudWrong)).toEqual(['collection', 'regulationType', 'subjectType']);
		const cloud = await regulate(`/regulations/cloudsources/${source.id}`, {
			regulationType: 'DELETE_ONLY',
			subjectType: 'OBJECT_ID',
			subjectIds: ['cus_1'],
			collection: 'customers',
		});
		expect(cloud.status).toBe(200);
		expect(
			(
				await regulate('/regulations/cloudsources/nope', {
					regulationType: 'DELETE_ONLY',
					subjectType: 'OBJECT_ID',
					subjectIds: ['cus_1'],
					collection: 'customers',
				})
			).status,
		).toBe(404);

		const unknown = await call('GET', '/regulations/nope');
		expect(unknown.status).toBe(404);
		expect(unknown.body.errors[0]).toMatchObject({ type: 'NotFound' });

		// Source lists hold the source and cloud source regulations; the workspace list neither.
		const ofSource = await call('GET', `/regulations/sources/${source.id}?pagination[count]=10`);
		expect(ofSource.body.data.regulations.map((item: { id: string }) => item.id)).toEqual([
			cloud.body.data.regulateId,
			archive.body.data.regulateId,
		]);
		expect(ofSource.body.data.regulations[1]).toMatchObject({
			subjectType: 'ANONYMOUS_ID',
			subjects: ['anon-1'],
			regulationType: 'DELETE_ARCHIVE_ONLY',
			status: 'INITIALIZED',
		});
		const workspace = await call('GET', '/regulations?pagination[count]=100');
		const ids = workspace.body.data.regulations.map((item: { id: string }) => item.id);
		expect(ids).toContain(most.body.data.regulateId);
		expect(ids).not.toContain(cloud.body.data.regulateId);
		expect((await call('GET', '/regulations/sources/nope?pagination[count]=10')).status).toBe(404);
	});

	it('moves a regulation from INITIALIZED to RUNNING to FINISHED, one GET at a time, and filters lists', async () => {
		const created = await regulate('/regulations', {
			regulationType: 'DELETE_ONLY',
			subjectType: 'USER_ID',
			subjectIds: ['poll-me'],
		});
		const id = created.body.data.regulateId as string;
		const listed = async (query: string) =>
			(await call('GET', `/regulations?pagination[count]=100${query}`)).body.data.regulations.find(
				(item: { id: string }) => item.id === id,
			);
		expect(await listed('')).toMatchObject({ status: 'INITIALIZED', subjects: ['poll-me'] });
		expect((await listed('')).finishedAt).toBeUndefined();

		const first = (await call('GET', `/regulations/${id}`)).body.data.regulation;
		expect(first).toEqual({
			id,
			workspaceId: sandbox.workspace.id,
			overallStatus: 'RUNNING',
			createdAt: expect.any(String),
			streamStatus: [],
		});
		const second = (await call('GET', `/regulations/${id}`)).body.data.regulation;
		expect(second.overallStatus).toBe('FINISHED');
		expect(Date.parse(second.finishedAt)).toBeGreaterThanOrEqual(Date.parse(second.createdAt));
		expect((await call('GET', `/regulations/${id}`)).body.data.regulation).toEqual(second);

		expect(await listed('&status=FINISHED')).toMatchObject({ finishedAt: second.finishedAt });
		expect(await listed('&status=RUNNING')).toBeUndefined();
		// The SDK's form (regulationTypes%5B0%5D=…), repeated names and commas all work.
		expect(
			await listed('&regulationTypes%5B0%5D=SUPPRESS_ONLY&regulationTypes%5B1%5D=DELETE_ONLY'),
		).toBeDefined();
		expect(
			await listed('&regulationTypes=UNSUPPRESS&regulationTypes=DELETE_INTERNAL'),
		).toBeUndefined();
		expect(await listed('&regulationTypes=UNSUPPRESS,DELETE_ONLY')).toBeDefined();

		const badStatus = await call('GET', '/regulations?pagination[count]=10&status=DONE');
		expect(fields(badStatus)).toEqual(['status']);
		const badType = await call('GET', '/regulations?pagination[count]=10&regulationTypes[0]=NOPE');
		expect(fields(badType)).toEqual(['regulationTypes']);
		expect(fields(await call('GET', '/regulations'))).toEqual(['pagination']);
		expect(fields(await call('GET', '/suppressions'))).toEqual(['pagination']);

		// Segment's own SDK reaches the same list (Accept: application/json, its query form).
		const api = new DeletionAndSuppressionApi(sandbox.url);
		api.accessToken = sandbox.token;
		const official = await api.listWorkspaceRegulations({ count: 100 }, 'FINISHED', [
			'DELETE_ONLY',
		]);
		expect(official.body.data?.regulations.map((item) => item.id)).toContain(id);
	});

	it('keeps the suppression list: workspace suppressions add subjects, UNSUPPRESS removes them', async () => {
		for (const [regulationType, subjectType, subjectIds] of [
			['SUPPRESS_ONLY', 'USER_ID', ['sup-a', 'sup-b']],
			['SUPPRESS_WITH_DELETE', 'USER_ID', ['sup-c']],
			['SUPPRESS_WITH_DELETE_INTERNAL', 'OBJECT_ID', ['sup-o1']],
			['DELETE_ONLY', 'USER_ID', ['not-suppressed']],
		] as const) {
			expect(
				(await regulate('/regulations', { regulationType, subjectType, subjectIds })).status,
			).toBe(200);
		}
		const source = await sourceBySlug('acme_backend');
		await regulate(`/regulations/sources/${source.id}`, {
			regulationType: 'SUPPRESS_ONLY',
			subjectType: 'USER_ID',
			subjectIds: ['source-only'],
		});
		const suppressed = async () =>
			(await call('GET', '/suppressions?pagination[count]=10')).body.data.suppressed as Array<{
				subjectType: string;
				subjectIds: string[];
			}>;
		expect(await suppressed()).toEqual([
			{ subjectType: 'USER_ID', subjectIds: ['sup-a', 'sup-b', 'sup-c'] },
			{ subjectType: 'OBJECT_ID', subjectIds: ['sup-o1'] },
		]);

		await regulate('/regulations', {
			regulationType: 'UNSUPPRESS',
			subjectType: 'USER_ID',
			subjectIds: ['sup-a', 'sup-c'],
		});
		await regulate('/regulations', {
			regulationType: 'UNSUPPRESS',
			subjectType: 'OBJECT_ID',
			subjectIds: ['sup-o1'],
		});
		const after = await call('GET', '/suppressions?pagination[count]=1');
		expect(after.body.data).toEqual({
			suppressed: [{ subjectType: 'USER_ID', subjectIds: ['sup-b'] }],
			pagination: { current: 'MA==', next: null, previous: null, totalEntries: 1 },
		});

		const trail = await call('GET', '/audit-events?pagination[count]=7&resourceType=regulation');
		expect(trail.body.data.events.map((event: { type: string }) => event.type)).toEqual(
			Array(7).fill('Regulation Created'),
		);
		expect(trail.body.data.events[0].resourceName).toBe('UNSUPPRESS');
	});

	it('counts regulation creates against a quota per category, with its own X-RateLimit headers and a 429', async () => {
		const shared = sandbox;
		sandbox = await startSandbox({ port: 0, regulationQuota: { points: 2, windowMs: 60000 } });
		try {
			const source = (await call('GET', '/sources?pagination[count]=1')).body.data.sources[0];
			const segmentOnly = {
				regulationType: 'SUPPRESS_ONLY',
				subjectType: 'USER_ID',
				subjectIds: ['q'],
			};
			const replies: Reply[] = [];
			for (let i = 0; i < 3; i++) replies.push(await regulate('/regulations', segmentOnly));
			expect(replies.map((reply) => reply.status)).toEqual([200, 200, 429]);
			expect(replies.map((reply) => reply.headers['x-ratelimit-remaining'])).toEqual([
				'1',
				'0',
				'0',
			]);
			const reset = String(replies[0].headers['x-ratelimit-reset']);
			expect(new Date(reset).toUTCString()).toBe(reset);
			expect(Date.parse(reset) - Date.now()).toBeLessThanOrEqual(60000);
			expect(replies[2].body).toEqual({
				errors: [
					{
						type: 'RequestError',
						message: 'Too many requests',
						data: { remainingPoints: 0, msBeforeNext: expect.any(Number), consumedPoints: 3 },
					},
				],
			});
			expect(replies[2].body.errors[0].data.msBeforeNext).toBeGreaterThan(0);
			expect(replies[2].headers['x-ratelimit-reset']).toBe(reset);

			// DELETE_ARCHIVE_ONLY and UNSUPPRESS are Segment-only too; DELETE_ONLY has its own quota.
			const archive = await regulate(`/regulations/sources/${source.id}`, {
				regulationType: 'DELETE_ARCHIVE_ONLY',
				subjectType: 'USER_ID',
				subjectIds: ['q'],
			});
			expect(archive.status).toBe(429);
			const destination = await regulate('/regulations', {
				...segmentOnly,
				regulationType: 'DELETE_ONLY',
			});
			expect(destination.status).toBe(200);
			expect(destination.headers['x-ratelimit-remaining']).toBe('1');
			// Invalid requests are refused before they count; other endpoints show the global window.
			const invalidReply = await regulate('/regulations', { ...segmentOnly, subjectIds: [] });
			expect(invalidReply.status).toBe(422);
			expect(Number((await call('GET', '/')).headers['x-ratelimit-remaining'])).toBeGreaterThan(
				1000,
			);
			expect(sandbox.counters.rateLimited).toBe(2);

			sandbox.setFaults({ regulationQuota: null });
			expect(sandbox.getFaults().regulationQuota).toEqual({ points: 600, windowMs: 60000 });
			const restored = await regulate('/regulations', segmentOnly);
			expect(restored.status).toBe(200);
			expect(restored.headers['x-ratelimit-remaining']).toBe('599');
		} finally {
			await sandbox.close();
			sandbox = shared;
		}
	});

	it('creates, lists, updates and deletes tracking plans, recording audit events', async () => {
		const seeded = await call('GET', '/tracking-plans?pagination[count]=10&type=LIVE');
		expect(seeded.status).toBe(200);
		expect(seeded.body.data.trackingPlans.map((plan: { id: string }) => plan.id)).toEqual(
			expect.arrayContaining([WEB_PLAN, 'tp_2aWdLr4Uo8Jt2ZRf9KdMqN5wScY']),
		);
		expect(fields(await call('GET', '/tracking-plans?pagination[count]=10&type=NOPE'))).toEqual([
			'type',
		]);
		expect(fields(await call('GET', '/tracking-plans'))).toEqual(['pagination']);

		expect(fields(await call('POST', '/tracking-plans', { body: {} }))).toEqual(['name', 'type']);
		const badType = await call('POST', '/tracking-plans', { body: { name: 'X', type: 'DRAFT' } });
		expect(badType.body.errors[0].message).toContain('ENGAGE, LIVE, PROPERTY_LIBRARY');
		const created = await call('POST', '/tracking-plans', {
			body: { name: 'Checkout Flow', type: 'RULE_LIBRARY', description: 'Rules for checkout' },
		});
		expect(created.status).toBe(200);
		const plan = created.body.data.trackingPlan;
		expect(plan).toEqual({
			id: expect.stringMatching(/^tp_[A-Za-z0-9]{27}$/),
			name: 'Checkout Flow',
			slug: 'checkout-flow',
			description: 'Rules for checkout',
			type: 'RULE_LIBRARY',
			createdAt: expect.any(String),
			updatedAt: plan.createdAt,
		});
		const libraries = await call('GET', '/tracking-plans?pagination[count]=10&type=RULE_LIBRARY');
		expect(libraries.body.data.trackingPlans).toEqual([plan]);

		expect(
			fields(await call('PATCH', `/tracking-plans/${plan.id}`, { body: { name: 5 } })),
		).toEqual(['name']);
		const updated = await call('PATCH', `/tracking-plans/${plan.id}`, {
			body: { name: 'Checkout', description: '' },
		});
		expect(updated.body).toEqual({ data: { status: 'SUCCESS' } });
		expect((await call('GET', `/tracking-plans/${plan.id}`)).body.data.trackingPlan).toMatchObject({
			name: 'Checkout',
			description: '',
			slug: 'checkout-flow',
		});
		expect((await call('DELETE', `/tracking-plans/${plan.id}`)).body).toEqual({
			data: { status: 'SUCCESS' },
		});
		const gone = await call('GET', `/tracking-plans/${plan.id}`);
		expect(gone.status).toBe(404);
		expect(gone.body.errors[0].message).toBe('Tracking plan not found');
		expect((await call('PATCH', `/tracking-plans/${plan.id}`, { body: {} })).status).toBe(404);
		const trail = await call('GET', `/audit-events?pagination[count]=10&resourceId=${plan.id}`);
		expect(trail.body.data.events).toEqual([
			expect.objectContaining({ type: 'Tracking Plan Deleted', resourceType: 'trackingPlan' }),
			expect.objectContaining({ type: 'Tracking Plan Modified', resourceName: 'Checkout' }),
			expect.objectContaining({ type: 'Tracking Plan Created', resourceName: 'Checkout Flow' }),
		]);
	});

	it('replaces rules, validates them, and refuses to replace the rules of a plan with more than 200', async () => {
		const seeded = await call('GET', `/tracking-plans/${WEB_PLAN}/rules?pagination[count]=2`);
		expect(seeded.body.data.rules[0]).toEqual({
			type: 'TRACK',
			key: 'Order Completed',
			jsonSchema: expect.objectContaining({ type: 'object' }),
			version: 1,
			createdAt: expect.any(String),
			updatedAt: expect.any(String),
		});
		expect(seeded.body.data.pagination.totalEntries).toBe(4);
		expect((await call('GET', '/tracking-plans/nope/rules?pagination[count]=2')).status).toBe(404);

		const many = Array.from({ length: 201 }, (_, n) => ({
			type: 'TRACK',
			key: `Event ${n}`,
			version: 1,
			jsonSchema: {},
		}));
		const id = await newPlan(many);
		const refused = await call('PUT', `/tracking-plans/${id}/rules`, { body: { rules: [] } });
		expect(refused.status).toBe(422);
		expect(refused.body.errors[0].field).toBe('rules');
		expect(refused.body.errors[0].message).toContain('200');
		expect(await rulesOf(id)).toHaveLength(201);
		// At 200 existing rules the replacement goes through.
		const removeOne = await call(
			'DELETE',
			`/tracking-plans/${id}/rules?rules[0][type]=TRACK&rules[0][key]=Event%200&rules[0][version]=1`,
		);
		expect(removeOne.status).toBe(200);
		const replaced = await call('PUT', `/tracking-plans/${id}/rules`, {
			body: { rules: [{ type: 'IDENTIFY', version: 1, jsonSchema: null }] },
		});
		expect(replaced.body).toEqual({ data: { status: 'SUCCESS' } });
		expect(await rulesOf(id)).toEqual(['IDENTIFY::1']);

		const invalidRules = await call('PUT', `/tracking-plans/${id}/rules`, {
			body: {
				rules: [
					{ type: 'EVENT', key: 'x', version: '1' },
					{ type: 'TRACK', key: 'a', version: 1 },
					{ type: 'TRACK', key: 'a', version: 1 },
					'TRACK',
					{ key: 'y' },
				],
			},
		});
		expect(invalidRules.status).toBe(422);
		expect(fields(invalidRules)).toEqual([
			'rules[0].type',
			'rules[0].version',
			'rules[2]',
			'rules[3]',
			'rules[4].type',
			'rules[4].version',
		]);
		expect(fields(await call('PUT', `/tracking-plans/${id}/rules`, { body: {} }))).toEqual([
			'rules',
		]);
		expect(await rulesOf(id)).toEqual(['IDENTIFY::1']);
	});

	it('upserts rules by (type, key, version) and renames them with newKey', async () => {
		const id = await newPlan([
			{ type: 'TRACK', key: 'A', version: 1, jsonSchema: { v: 1 } },
			{ type: 'TRACK', key: 'A', version: 2, jsonSchema: {} },
			{ type: 'TRACK', key: 'C', version: 1, jsonSchema: {} },
			{ type: 'IDENTIFY', key: '', version: 1, jsonSchema: {} },
		]);
		const patched = await call('PATCH', `/tracking-plans/${id}/rules`, {
			body: {
				rules: [
					{ type: 'TRACK', key: 'A', version: 1, jsonSchema: { v: 2 } },
					{ type: 'TRACK', key: 'A', version: 2, newKey: 'B' },
					{ type: 'PAGE', key: 'Home', version: 1, jsonSchema: { page: true } },
				],
			},
		});
		expect(patched.body).toEqual({ data: { status: 'SUCCESS' } });
		const rules = (await call('GET', `/tracking-plans/${id}/rules?pagination[count]=10`)).body.data
			.rules as Rule[];
		expect(rules.map((rule) => [rule.type, rule.key, rule.version, rule.jsonSchema])).toEqual([
			['TRACK', 'A', 1, { v: 2 }],
			['TRACK', 'B', 2, {}],
			['TRACK', 'C', 1, {}],
			['IDENTIFY', '', 1, {}],
			['PAGE', 'Home', 1, { page: true }],
		]);

		// Renaming onto an existing (type, key, version) is refused, and nothing changes.
		const collision = await call('PATCH', `/tracking-plans/${id}/rules`, {
			body: {
				rules: [
					{ type: 'PAGE', key: 'Home', version: 1, newKey: 'Landing' },
					{ type: 'TRACK', key: 'C', version: 1, newKey: 'A' },
				],
			},
		});
		expect(fields(collision)).toEqual(['rules[1].newKey']);
		const invalidRules = await call('PATCH', `/tracking-plans/${id}/rules`, {
			body: { rules: [{ type: 'TRACK', key: 'A', version: 'one', newKey: 7 }] },
		});
		expect(fields(invalidRules)).toEqual(['rules[0].newKey', 'rules[0].version']);
		expect(await rulesOf(id)).toEqual([
			'TRACK:A:1',
			'TRACK:B:2',
			'TRACK:C:1',
			'IDENTIFY::1',
			'PAGE:Home:1',
		]);
	});

	it("removes rules named in the query, in the SDK's percent-encoded bracket form and with plain brackets", async () => {
		const id = await newPlan([
			{ type: 'TRACK', key: 'Order Completed', version: 1 },
			{ type: 'TRACK', key: 'Order Completed', version: 2 },
			{ type: 'IDENTIFY', key: '', version: 1 },
			{ type: 'PAGE', key: 'Home', version: 1 },
			{ type: 'SCREEN', key: 'Cart', version: 3 },
		]);
		// Exactly what TrackingPlansApi.removeRulesFromTrackingPlan sends (qs through `request`).
		const sdkForm =
			'rules%5B0%5D%5Btype%5D=TRACK&rules%5B0%5D%5Bkey%5D=Order%20Completed&rules%5B0%5D%5Bversion%5D=1' +
			'&rules%5B1%5D%5Btype%5D=IDENTIFY&rules%5B1%5D%5Bkey%5D=&rules%5B1%5D%5Bversion%5D=1';
		const removed = await call('DELETE', `/tracking-plans/${id}/rules?${sdkForm}`);
		expect(removed.body).toEqual({ data: { status: 'SUCCESS' } });
		expect(await rulesOf(id)).toEqual(['TRACK:Order Completed:2', 'PAGE:Home:1', 'SCREEN:Cart:3']);

		const plain = await call(
			'DELETE',
			`/tracking-plans/${id}/rules?rules[0][type]=PAGE&rules[0][key]=Home&rules[0][version]=1`,
		);
		expect(plain.status).toBe(200);
		expect(await rulesOf(id)).toEqual(['TRACK:Order Completed:2', 'SCREEN:Cart:3']);

		// One unknown rule: 404, and nothing is removed.
		const unknown = await call(
			'DELETE',
			`/tracking-plans/${id}/rules?rules[0][type]=SCREEN&rules[0][key]=Cart&rules[0][version]=3&rules[1][type]=TRACK&rules[1][key]=Order%20Completed&rules[1][version]=1`,
		);
		expect(unknown.status).toBe(404);
		expect(unknown.body.errors[0].message).toBe(
			'Rule not found: TRACK "Order Completed" version 1',
		);
		expect(await rulesOf(id)).toEqual(['TRACK:Order Completed:2', 'SCREEN:Cart:3']);

		const invalidRules = await call(
			'DELETE',
			`/tracking-plans/${id}/rules?rules[0][type]=EVENT&rules[0][key]=x&rules[0][version]=one&rules[1][key]=y`,
		);
		expect(fields(invalidRules)).toEqual([
			'rules[0].type',
			'rules[0].version',
			'rules[1].type',
			'rules[1].version',
		]);
		expect(fields(await call('DELETE', `/tracking-plans/${id}/rules`))).toEqual(['rules']);

		// Segment's own SDK, end to end.
		const api = new TrackingPlansApi(sandbox.url);
		api.accessToken = sandbox.token;
		await api.removeRulesFromTrackingPlan(id, [
			{ type: RemoveRuleV1.TypeEnum.SCREEN, key: 'Cart', version: 3 },
		]);
		expect(await rulesOf(id)).toEqual(['TRACK:Order Completed:2']);
	});

	it('connects and disconnects sources of a tracking plan', async () => {
		const connected = await call('GET', `/tracking-plans/${WEB_PLAN}/sources?pagination[count]=10`);
		expect(connected.body.data.sources.map((source: { slug: string }) => source.slug)).toEqual([
			'acme_website',
			'acme_ios',
			'acme_android',
		]);
		expect(connected.body.data.sources[0]).toMatchObject({
			workspaceId: sandbox.workspace.id,
			metadata: { slug: 'javascript' },
			writeKeys: expect.any(Array),
			labels: expect.any(Array),
		});
		const twilio = await sourceBySlug('twilio_messages');
		expect(
			(await call('POST', `/tracking-plans/${WEB_PLAN}/sources`, { body: { sourceId: 'nope' } }))
				.status,
		).toBe(404);
		expect(fields(await call('POST', `/tracking-plans/${WEB_PLAN}/sources`, { body: {} }))).toEqual(
			['sourceId'],
		);
		const added = await call('POST', `/tracking-plans/${WEB_PLAN}/sources`, {
			body: { sourceId: twilio.id },
		});
		expect(added.body).toEqual({ data: { status: 'SUCCESS' } });
		const withTwilio = await call(
			'GET',
			`/tracking-plans/${WEB_PLAN}/sources?pagination[count]=10`,
		);
		const listed = withTwilio.body.data.sources.find(
			(source: { id: string }) => source.id === twilio.id,
		);
		expect(listed.settings.authToken).toBe('••••••');

		const path = `/tracking-plans/${WEB_PLAN}/sources?sourceId=${twilio.id}`;
		expect((await call('DELETE', path)).body).toEqual({ data: { status: 'SUCCESS' } });
		expect((await call('DELETE', path)).status).toBe(404);
		expect(fields(await call('DELETE', `/tracking-plans/${WEB_PLAN}/sources`))).toEqual([
			'sourceId',
		]);
		expect((await call('GET', '/tracking-plans/nope/sources?pagination[count]=10')).status).toBe(
			404,
		);
		const trail = await call('GET', `/audit-events?pagination[count]=2&resourceId=${twilio.id}`);
		expect(trail.body.data.events.map((event: { type: string }) => event.type)).toEqual([
			'Source Modified',
			'Source Modified',
		]);
	});

	it('reads the schema settings of a source and merges changes key by key', async () => {
		const source = await sourceBySlug('acme_android');
		const other = await sourceBySlug('acme_backend');
		const path = `/sources/${source.id}/settings`;
		expect((await call('GET', '/sources/nope/settings')).status).toBe(404);
		expect((await call('GET', path)).body.data).toEqual({
			sourceId: source.id,
			settings: {
				track: {
					allowUnplannedEvents: true,
					allowUnplannedEventProperties: true,
					allowEventOnViolations: true,
					allowPropertiesOnViolations: true,
					commonEventOnViolations: 'ALLOW',
				},
				identify: {
					allowUnplannedTraits: true,
					allowTraitsOnViolations: true,
					commonEventOnViolations: 'ALLOW',
				},
				group: {
					allowUnplannedTraits: true,
					allowTraitsOnViolations: true,
					commonEventOnViolations: 'ALLOW',
				},
			},
		});

		const first = await call('PATCH', path, {
			body: {
				track: { allowUnplannedEvents: false, commonEventOnViolations: 'BLOCK' },
				identify: { commonEventOnViolations: 'OMIT_TRAITS' },
				forwardingViolationsTo: other.id,
			},
		});
		expect(first.status).toBe(200);
		await call('PATCH', path, { body: { group: { allowUnplannedTraits: false } } });
		const merged = (await call('GET', path)).body.data.settings;
		expect(merged).toEqual({
			track: {
				allowUnplannedEvents: false,
				allowUnplannedEventProperties: true,
				allowEventOnViolations: true,
				allowPropertiesOnViolations: true,
				commonEventOnViolations: 'BLOCK',
			},
			identify: {
				allowUnplannedTraits: true,
				allowTraitsOnViolations: true,
				commonEventOnViolations: 'OMIT_TRAITS',
			},
			group: {
				allowUnplannedTraits: false,
				allowTraitsOnViolations: true,
				commonEventOnViolations: 'ALLOW',
			},
			forwardingViolationsTo: other.id,
		});
		expect(first.body.data.settings.group.allowUnplannedTraits).toBe(true);

		const invalidSettings = await call('PATCH', path, {
			body: {
				track: { commonEventOnViolations: 'OMIT_TRAITS', allowUnplanedEvents: true },
				identify: { allowUnplannedTraits: 'no' },
				group: 'strict',
				forwardingBlockedEventsTo: 'nope',
			},
		});
		expect(fields(invalidSettings)).toEqual([
			'forwardingBlockedEventsTo',
			'group',
			'identify.allowUnplannedTraits',
			'track.allowUnplanedEvents',
			'track.commonEventOnViolations',
		]);
		const cleared = await call('PATCH', path, { body: { forwardingViolationsTo: '' } });
		expect(cleared.body.data.settings.forwardingViolationsTo).toBeUndefined();
		expect(cleared.body.data.settings.track.allowUnplannedEvents).toBe(false);
		expect((await call('PATCH', '/sources/nope/settings', { body: {} })).status).toBe(404);
	});
});

describe('Segment Public API sandbox: destination filters', () => {
	/** The seeded filters, on "Amplitude (web)" and "GA4 Web Stream". */
	const AMPLITUDE_FILTER = '2aWdMs6Vp0Ku4ASg1LeNrO7xTdZ';
	const GA4_FILTER = '2aWdNt8Wq2Lv6BTh3MfOsP9yUeA';
	type Destination = { id: string; name: string; sourceId: string; metadata: { id: string } };
	const fields = (reply: Reply) =>
		reply.body.errors.map((error: { field: string }) => error.field).sort();
	const destinationNamed = async (name: string): Promise<Destination> =>
		(await call('GET', '/destinations?pagination[count]=100')).body.data.destinations.find(
			(destination: Destination) => destination.name === name,
		);
	const preview = (filter: unknown, payload: unknown = {}) =>
		call('POST', '/destination/filters/preview', { body: { filter, payload } });
	const identify = {
		type: 'identify',
		userId: 'u1',
		traits: { email: 'a@b.example', phone: '555', plan: 'pro' },
		context: { ip: '10.0.0.1', library: { name: 'analytics.js' } },
	};

	it('lists the seeded filters of a destination, paginated, and answers 404 for unknown ones', async () => {
		const amplitude = await destinationNamed('Amplitude (web)');
		const ga4 = await destinationNamed('GA4 Web Stream');
		const listed = await call('GET', `/destination/${amplitude.id}/filters?pagination[count]=10`);
		expect(listed.status).toBe(200);
		expect(listed.headers['content-type']).toBe(V1);
		expect(listed.body.data).toEqual({
			filters: [
				{
					id: AMPLITUDE_FILTER,
					sourceId: amplitude.sourceId,
					destinationId: amplitude.id,
					if: 'type = "identify"',
					actions: [{ type: 'DROP_PROPERTIES', fields: { traits: ['email', 'phone'] } }],
					title: 'Strip PII from identify calls',
					description: 'Amplitude gets no email addresses or phone numbers.',
					enabled: true,
					createdAt: expect.any(String),
					updatedAt: expect.any(String),
				},
			],
			pagination: { current: 'MA==', next: null, previous: null, totalEntries: 1 },
		});
		const seeded = await call('GET', `/destination/${ga4.id}/filters/${GA4_FILTER}`);
		expect(seeded.body.data.filter).toMatchObject({
			id: GA4_FILTER,
			destinationId: ga4.id,
			if: '!(type = "page" or type = "track")',
			actions: [{ type: 'DROP' }],
		});

		expect(fields(await call('GET', `/destination/${amplitude.id}/filters`))).toEqual([
			'pagination',
		]);
		const unknown = await call('GET', '/destination/nope/filters?pagination[count]=10');
		expect(unknown.status).toBe(404);
		expect(unknown.body.errors[0].message).toBe('Destination not found');
		// A filter is only found under its own destination.
		const elsewhere = await call('GET', `/destination/${amplitude.id}/filters/${GA4_FILTER}`);
		expect(elsewhere.status).toBe(404);
		expect(elsewhere.body.errors).toEqual([
			{ type: 'NotFound', message: 'Destination filter not found' },
		]);
		expect((await call('GET', `/destination/nope/filters/${GA4_FILTER}`)).status).toBe(404);
		expect(
			(await call('PATCH', `/destination/${ga4.id}/filters/nope`, { body: { enabled: false } }))
				.status,
		).toBe(404);
		expect((await call('DELETE', `/destination/${ga4.id}/filters/nope`)).status).toBe(404);
		expect((await call('POST', '/destination/nope/filters', { body: {} })).status).toBe(404);
	});

	it('creates, pages, updates and deletes filters, recording audit events', async () => {
		const webhook = await destinationNamed('Order Webhook');
		const base = `/destination/${webhook.id}/filters`;
		const created = await call('POST', base, {
			body: {
				sourceId: webhook.sourceId,
				if: 'event = "Order Completed" and properties.test = true',
				actions: [{ type: 'DROP' }],
				title: 'Drop test orders',
				enabled: true,
			},
		});
		expect(created.status).toBe(200);
		const filter = created.body.data.filter;
		expect(filter).toEqual({
			id: expect.stringMatching(/^[A-Za-z0-9]{27}$/),
			sourceId: webhook.sourceId,
			destinationId: webhook.id,
			if: 'event = "Order Completed" and properties.test = true',
			actions: [{ type: 'DROP' }],
			title: 'Drop test orders',
			description: '',
			enabled: true,
			createdAt: expect.any(String),
			updatedAt: filter.createdAt,
		});
		const second = await call('POST', base, {
			body: {
				sourceId: webhook.sourceId,
				if: 'all',
				actions: [{ type: 'SAMPLE', percent: 0.25, path: 'userId', ignored: 1 }],
				title: 'Quarter of users',
				description: 'Sampled by user',
				enabled: false,
			},
		});
		expect(second.body.data.filter.actions).toEqual([
			{ type: 'SAMPLE', percent: 0.25, path: 'userId' },
		]);

		const page = await call('GET', `${base}?pagination[count]=1`);
		expect(page.body.data.filters.map((item: { id: string }) => item.id)).toEqual([filter.id]);
		expect(page.body.data.pagination).toEqual({
			current: 'MA==',
			next: 'MQ==',
			previous: null,
			totalEntries: 2,
		});
		const next = await call('GET', `${base}?pagination[count]=1&pagination[cursor]=MQ==`);
		expect(next.body.data.filters[0].id).toBe(second.body.data.filter.id);
		expect((await call('GET', `${base}/${filter.id}`)).body.data.filter).toEqual(filter);

		// PATCH merges the fields given.
		const disabled = await call('PATCH', `${base}/${filter.id}`, { body: { enabled: false } });
		expect(disabled.body.data.filter).toEqual({
			...filter,
			enabled: false,
			updatedAt: expect.any(String),
		});
		const renamed = await call('PATCH', `${base}/${filter.id}`, {
			body: {
				title: 'Drop test traffic',
				description: 'QA orders',
				actions: [{ type: 'DROP_PROPERTIES', fields: { properties: ['test'] } }],
			},
		});
		expect(renamed.body.data.filter).toMatchObject({
			if: filter.if,
			title: 'Drop test traffic',
			description: 'QA orders',
			actions: [{ type: 'DROP_PROPERTIES', fields: { properties: ['test'] } }],
			enabled: false,
		});
		const cleared = await call('PATCH', `${base}/${filter.id}`, { body: { description: null } });
		expect(cleared.body.data.filter.description).toBe('');

		expect((await call('DELETE', `${base}/${filter.id}`)).body).toEqual({
			data: { status: 'SUCCESS' },
		});
		expect((await call('GET', `${base}/${filter.id}`)).status).toBe(404);
		expect((await call('DELETE', `${base}/${filter.id}`)).status).toBe(404);
		expect((await call('GET', `${base}?pagination[count]=10`)).body.data.filters).toHaveLength(1);

		const trail = await call('GET', `/audit-events?pagination[count]=10&resourceId=${filter.id}`);
		expect(
			trail.body.data.events.map((event: { type: string; resourceName: string }) => [
				event.type,
				event.resourceName,
			]),
		).toEqual([
			['Destination Filter Deleted', 'Drop test traffic'],
			['Destination Filter Modified', 'Drop test traffic'],
			['Destination Filter Modified', 'Drop test traffic'],
			['Destination Filter Disabled', 'Drop test orders'],
			['Destination Filter Created', 'Drop test orders'],
		]);
		expect(trail.body.data.events[0].resourceType).toBe('destinationFilter');
	});

	it('answers 422 naming each field of a filter that is wrong', async () => {
		const webhook = await destinationNamed('Order Webhook');
		const amplitude = await destinationNamed('Amplitude (web)');
		const base = `/destination/${webhook.id}/filters`;
		expect(fields(await call('POST', base, { body: {} }))).toEqual([
			'actions',
			'enabled',
			'if',
			'sourceId',
			'title',
		]);
		const wrong = await call('POST', base, {
			body: {
				sourceId: amplitude.sourceId,
				if: '',
				actions: [
					{ type: 'KEEP' },
					'DROP',
					{ type: 'DROP_PROPERTIES' },
					{ type: 'SAMPLE', percent: 2 },
					{ type: 'ALLOW_PROPERTIES', fields: { properties: 'email', '': ['userId', 3] } },
					{ type: 'DROP_PROPERTIES', fields: {}, path: 5 },
					{ type: 'SAMPLE' },
				],
				title: 5,
				description: false,
				enabled: 'yes',
			},
		});
		expect(wrong.status).toBe(422);
		expect(fields(wrong)).toEqual([
			'actions[0].type',
			'actions[1]',
			'actions[2].fields',
			'actions[3].percent',
			'actions[4].fields.""',
			'actions[4].fields.properties',
			'actions[5].fields',
			'actions[5].path',
			'actions[6].percent',
			'description',
			'enabled',
			'if',
			'sourceId',
			'title',
		]);
		expect(
			wrong.body.errors.find((error: { field: string }) => error.field === 'sourceId'),
		).toMatchObject({
			type: 'input-validation',
			message: expect.stringContaining(webhook.sourceId),
		});
		expect(
			fields(
				await call('POST', base, {
					body: { sourceId: webhook.sourceId, if: 'all', actions: [], title: 'x', enabled: true },
				}),
			),
		).toEqual(['actions']);
		expect(
			fields(
				await call('PATCH', `${base.replace(webhook.id, amplitude.id)}/${AMPLITUDE_FILTER}`, {
					body: { enabled: 'no', title: '', actions: [{ type: 'SAMPLE' }], description: 1 },
				}),
			),
		).toEqual(['actions[0].percent', 'description', 'enabled', 'title']);
		// Nothing was created or changed.
		expect(
			(await call('GET', `${base}?pagination[count]=10`)).body.data.pagination.totalEntries,
		).toBe(1);
		const seeded = await call('GET', `/destination/${amplitude.id}/filters/${AMPLITUDE_FILTER}`);
		expect(seeded.body.data.filter.enabled).toBe(true);
	});

	it('previews DROP, DROP_PROPERTIES and ALLOW_PROPERTIES on a payload, and SAMPLE by a stable hash', async () => {
		const dropped = await preview(
			{ if: 'type = "identify"', actions: [{ type: 'DROP' }] },
			identify,
		);
		expect(dropped.status).toBe(200);
		expect(dropped.body.data).toEqual({ inputPayload: identify, result: null });
		const untouched = await preview(
			{ if: 'type = "track"', actions: [{ type: 'DROP' }] },
			identify,
		);
		expect(untouched.body.data.result).toEqual(identify);

		const stripped = await preview(
			{
				if: 'all',
				actions: [
					{
						type: 'DROP_PROPERTIES',
						fields: { traits: ['email', 'phone'], 'context.library': ['name'], '': ['userId'] },
					},
				],
			},
			identify,
		);
		expect(stripped.body.data.result).toEqual({
			type: 'identify',
			traits: { plan: 'pro' },
			context: { ip: '10.0.0.1', library: {} },
		});
		expect(stripped.body.data.inputPayload).toEqual(identify);

		// Both kinds in one filter; a path that is not an object in the payload is skipped.
		const allowed = await preview(
			{
				if: 'traits.plan = "pro"',
				actions: [
					{ type: 'ALLOW_PROPERTIES', fields: { traits: ['email', 'plan'], nothing: ['x'] } },
					{ type: 'DROP_PROPERTIES', fields: { traits: ['plan'] } },
				],
			},
			identify,
		);
		expect(allowed.body.data.result.traits).toEqual({ email: 'a@b.example' });
		expect(allowed.body.data.result.context).toEqual(identify.context);

		// SAMPLE keeps a stable share: all at 1, none at 0, the same answer for the same path value.
		const sample = (percent: number, userId: string) =>
			preview(
				{ if: 'all', actions: [{ type: 'SAMPLE', percent, path: 'userId' }] },
				{ ...identify, userId },
			);
		expect((await sample(1, 'u1')).body.data.result).toEqual(identify);
		expect((await sample(0, 'u1')).body.data.result).toBeNull();
		const half = await Promise.all(Array.from({ length: 20 }, (_, n) => sample(0.5, `user-${n}`)));
		const kept = half.filter((reply) => reply.body.data.result !== null).length;
		expect(kept).toBeGreaterThan(0);
		expect(kept).toBeLessThan(20);
		expect((await sample(0.5, 'user-3')).body.data.result === null).toBe(
			half[3].body.data.result === null,
		);
	});

	it('evaluates the FQL subset and refuses the rest with a 422 on filter.if', async () => {
		const order = {
			type: 'track',
			event: 'Order Completed',
			userId: null,
			properties: { total: 120, currency: 'EUR', coupon: false, items: [{ sku: 'A-1' }] },
		};
		const matches = async (condition: string) => {
			const reply = await preview({ if: condition, actions: [{ type: 'DROP' }] }, order);
			expect(reply.status).toBe(200);
			return reply.body.data.result === null;
		};
		const cases: Array<[string, boolean]> = [
			['all', true],
			['ALL', true],
			['type = "track"', true],
			["event = 'Order Completed'", true],
			['event = "Order Completed" and properties.total > 100', true],
			['event = "Order Completed" AND properties.total >= 200', false],
			['type = "page" or properties.currency = "EUR"', true],
			['type = "page" OR type = "screen"', false],
			['!(type = "page" or type = "screen")', true],
			['!(type = "track")', false],
			['type = "page" or type = "track" and properties.total < 100', false],
			['(type = "page" or type = "track") and properties.total <= 120', true],
			['properties.coupon = false', true],
			['properties.missing = null', true],
			['userId = null', true],
			['userId != null', false],
			['properties.currency != "USD"', true],
			['properties.items.0.sku = "A-1"', true],
			['properties.total = "120"', false],
			['event = "Order \\"Completed\\""', false],
		];
		for (const [condition, expected] of cases) {
			expect([condition, await matches(condition)]).toEqual([condition, expected]);
		}

		const refused = await preview(
			{ if: 'match(event, "Order*")', actions: [{ type: 'DROP' }] },
			order,
		);
		expect(refused.status).toBe(422);
		expect(refused.body.errors).toEqual([
			{
				type: 'input-validation',
				field: 'filter.if',
				message: expect.stringContaining('match() are not supported'),
			},
		]);
		for (const bad of ['type =', 'type "track"', '(type = "track"', 'type = "track" xor', '= 1']) {
			expect([bad, fields(await preview({ if: bad, actions: [{ type: 'DROP' }] }, order))]).toEqual(
				[bad, ['filter.if']],
			);
		}
		expect(fields(await call('POST', '/destination/filters/preview', { body: {} }))).toEqual([
			'filter',
			'payload',
		]);
		expect(
			fields(await preview({ if: '', actions: [{ type: 'DROP_PROPERTIES' }] }, 'not an object')),
		).toEqual(['filter.actions[0].fields', 'filter.if', 'payload']);
		expect(fields(await preview({ actions: 'DROP' }))).toEqual(['filter.actions', 'filter.if']);
	});

	it("deletes a destination's filters with it, and serves Segment's SDK (Accept: application/json)", async () => {
		const webhook = await destinationNamed('Order Webhook');
		const made = await call('POST', '/destinations', {
			body: {
				sourceId: webhook.sourceId,
				metadataId: webhook.metadata.id,
				name: 'Short-lived webhook',
				settings: {},
			},
		});
		const destinationId = made.body.data.destination.id as string;

		const api = new DestinationFiltersApi(sandbox.url);
		api.accessToken = sandbox.token;
		const created = await api.createFilterForDestination(destinationId, {
			sourceId: webhook.sourceId,
			if: 'type = "identify"',
			actions: [
				{
					type: DestinationFilterActionV1.TypeEnum.DROP_PROPERTIES,
					fields: { traits: ['email'] },
				},
			],
			title: 'No emails',
			enabled: true,
		});
		expect(created.response.headers['content-type']).toBe(V1);
		const filterId = created.body.data?.filter.id as string;
		expect(created.body.data?.filter).toMatchObject({
			if: 'type = "identify"',
			title: 'No emails',
		});
		const listed = await api.listFiltersFromDestination(destinationId, { count: 10 });
		expect(listed.body.data?.filters.map((item) => item.id)).toEqual([filterId]);
		const updated = await api.updateFilterForDestination(destinationId, filterId, {
			enabled: false,
		});
		expect(updated.body.data?.filter.enabled).toBe(false);
		const previewed = await api.previewDestinationFilter({
			filter: { if: 'type = "identify"', actions: created.body.data?.filter.actions ?? [] },
			payload: identify,
		});
		expect(previewed.body.data?.result).toEqual({
			...identify,
			traits: { phone: '555', plan: 'pro' },
		});
		expect((await api.getFilterInDestination(destinationId, filterId)).body.data?.filter.id).toBe(
			filterId,
		);
		// The other versions are served too.
		const beta = await call('GET', `/destination/${destinationId}/filters?pagination[count]=1`, {
			accept: 'application/vnd.segment.v1beta+json',
		});
		expect(beta.headers['content-type']).toBe('application/vnd.segment.v1beta+json');

		const second = await api.createFilterForDestination(destinationId, {
			sourceId: webhook.sourceId,
			if: 'all',
			actions: [{ type: DestinationFilterActionV1.TypeEnum.DROP }],
			title: 'Drop all',
			enabled: false,
		});
		expect((await api.removeFilterFromDestination(destinationId, filterId)).body.data).toEqual({
			status: 'SUCCESS',
		});
		const filters = sandbox.state.destinationFilters as Map<string, unknown>;
		expect(filters.has(second.body.data?.filter.id as string)).toBe(true);
		expect((await call('DELETE', `/destinations/${destinationId}`)).status).toBe(200);
		expect(filters.has(second.body.data?.filter.id as string)).toBe(false);
		expect(
			(await call('GET', `/destination/${destinationId}/filters?pagination[count]=1`)).status,
		).toBe(404);
		expect(filters.has(AMPLITUDE_FILTER)).toBe(true);
	});
});
