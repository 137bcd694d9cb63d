/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code: it never ships in dist/ */
import { request as httpRequest } from 'node:http';
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
