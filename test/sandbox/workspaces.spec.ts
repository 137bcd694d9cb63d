import { useSandbox } from '../harness/sandbox';

const V1 = 'application/vnd.segment.v1+json';
const JAVASCRIPT = 'IqDTy1TpoU';

interface Reply {
	status: number;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of any endpoint, checked field by field
	body: any;
}

function client(url: () => string) {
	return async (token: string, method: string, path: string, body?: object): Promise<Reply> => {
		const response = await fetch(`${url()}${path}`, {
			method,
			headers: { authorization: `Bearer ${token}`, accept: V1, 'content-type': V1 },
			body: body ? JSON.stringify(body) : undefined,
		});
		const text = await response.text();
		return { status: response.status, body: text ? JSON.parse(text) : undefined };
	};
}

const slugsOf = (reply: Reply) =>
	reply.body.data.sources.map((source: { slug: string }) => source.slug) as string[];

describe('sandbox: two workspaces told apart by their bearer token', () => {
	const { sandbox } = useSandbox({
		workspaces: [
			{ token: 'staging-token', slug: 'acme-staging' },
			{ token: 'production-token', slug: 'acme-production', name: 'Acme Prod', sources: 0 },
		],
	});
	const call = client(() => sandbox().url);
	const A = 'staging-token';
	const B = 'production-token';

	it('answers GET / with the workspace of the token, and describes the first at the top level', async () => {
		const a = await call(A, 'GET', '/');
		const b = await call(B, 'GET', '/');
		expect(a.status).toBe(200);
		expect(b.status).toBe(200);
		expect(a.body.data.workspace).toMatchObject({ slug: 'acme-staging', name: 'Acme Staging' });
		expect(b.body.data.workspace).toMatchObject({ slug: 'acme-production', name: 'Acme Prod' });
		expect(a.body.data.workspace.id).not.toBe(b.body.data.workspace.id);
		expect(sandbox().token).toBe(A);
		expect(sandbox().workspace).toEqual(a.body.data.workspace);
		expect(sandbox().workspaces.map((served) => [served.token, served.workspace])).toEqual([
			[A, a.body.data.workspace],
			[B, b.body.data.workspace],
		]);
		expect(sandbox().state).toBe(sandbox().workspaces[0].state);
	});

	it('gives a workspace with sources: 0 no sources and no destinations', async () => {
		const sources = await call(B, 'GET', '/sources?pagination[count]=10');
		expect(sources.body.data.sources).toEqual([]);
		const destinations = await call(B, 'GET', '/destinations?pagination[count]=10');
		expect(destinations.body.data.destinations).toEqual([]);
		expect((await call(B, 'GET', '/labels')).body.data.labels).toEqual([]);
		expect((await call(A, 'GET', '/sources?pagination[count]=10')).body.data.sources).toHaveLength(
			6,
		);
	});

	it('keeps a source created with one token out of the other workspace', async () => {
		const inB = await call(B, 'POST', '/sources', { slug: 'promoted', metadataId: JAVASCRIPT });
		const inA = await call(A, 'POST', '/sources', { slug: 'staging_only', metadataId: JAVASCRIPT });
		expect(inB.status).toBe(201);
		expect(inA.status).toBe(201);
		expect(inB.body.data.source.workspaceId).toBe(sandbox().workspaces[1].workspace.id);
		expect(inA.body.data.source.id).not.toBe(inB.body.data.source.id);

		const listedA = slugsOf(await call(A, 'GET', '/sources?pagination[count]=100'));
		const listedB = slugsOf(await call(B, 'GET', '/sources?pagination[count]=100'));
		expect(listedA).toContain('staging_only');
		expect(listedA).not.toContain('promoted');
		expect(listedB).toEqual(['promoted']);
		expect((await call(A, 'GET', `/sources/${inB.body.data.source.id}`)).status).toBe(404);
	});

	it('keeps labels and the audit trail per workspace', async () => {
		const label = { label: { key: 'team', value: 'growth' } };
		expect((await call(A, 'POST', '/labels', label)).status).toBe(201);
		expect((await call(A, 'GET', '/labels')).body.data.labels).toContainEqual(label.label);
		expect((await call(B, 'GET', '/labels')).body.data.labels).not.toContainEqual(label.label);
		expect((await call(B, 'POST', '/labels', label)).status).toBe(201);

		const trail = async (token: string) =>
			(await call(token, 'GET', '/audit-events?pagination[count]=100')).body.data.events.map(
				(event: { type: string; resourceName: string }) => `${event.type} ${event.resourceName}`,
			);
		const trailA = await trail(A);
		const trailB = await trail(B);
		expect(trailA).toContain('Source Created staging_only');
		expect(trailA).not.toContain('Source Created promoted');
		expect(trailB).toEqual(['Label Created team:growth', 'Source Created promoted']);
	});

	it('answers 401 to a token of no workspace', async () => {
		const before = sandbox().counters.unauthorized;
		expect((await call('sandbox-token', 'GET', '/')).status).toBe(401);
		expect((await call('nobody', 'GET', '/sources?pagination[count]=1')).status).toBe(401);
		expect(sandbox().counters.unauthorized).toBe(before + 2);
	});

	it("sends Tracking API calls to the workspace of the source's write key", async () => {
		const promoted = [
			...(sandbox().workspaces[1].state.sources as Map<string, { writeKeys: string[] }>).values(),
		][0];
		const before = sandbox().workspaces.map((served) => served.tracking.counters.calls);
		const response = await fetch(`${sandbox().url}/v1/track`, {
			method: 'POST',
			headers: {
				authorization: `Basic ${Buffer.from(`${promoted.writeKeys[0]}:`).toString('base64')}`,
				'content-type': 'application/json',
			},
			body: JSON.stringify({ userId: 'u1', event: 'Promoted' }),
		});
		expect(response.status).toBe(200);
		expect(sandbox().workspaces.map((served) => served.tracking.counters.calls)).toEqual([
			before[0],
			before[1] + 1,
		]);
	});

	it('shares one rate-limit window between the workspaces', async () => {
		sandbox().setFaults({ rateLimit: { points: 2, windowMs: 60_000 } });
		try {
			expect((await call(A, 'GET', '/')).status).toBe(200);
			expect((await call(B, 'GET', '/')).status).toBe(200);
			expect((await call(B, 'GET', '/')).status).toBe(429);
		} finally {
			sandbox().setFaults({ rateLimit: null });
		}
	});
});

describe('sandbox: one workspace by default', () => {
	const { sandbox } = useSandbox();
	const call = client(() => sandbox().url);

	it('serves the demo workspace to sandbox-token only', async () => {
		const reply = await call('sandbox-token', 'GET', '/');
		expect(reply.status).toBe(200);
		expect(reply.body.data.workspace).toEqual({
			id: '9aQ1Lj62S4bomZKLF4DPqW',
			name: 'Acme Sandbox',
			slug: 'acme-sandbox',
		});
		expect(sandbox().token).toBe('sandbox-token');
		expect(sandbox().workspaces).toHaveLength(1);
		expect(sandbox().workspaces[0].workspace).toEqual(sandbox().workspace);
		expect((await call('staging-token', 'GET', '/')).status).toBe(401);
	});
});
