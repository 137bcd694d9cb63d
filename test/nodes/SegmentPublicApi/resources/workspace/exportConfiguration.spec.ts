import { createHash } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';
import { MASK } from '../../../../../sandbox/server';
import { runNode } from '../../../../harness/node';
import { useSandbox } from '../../../../harness/sandbox';

describe('Workspace > Export Configuration (sandbox over real HTTP)', () => {
	const { sandbox, credentials } = useSandbox();
	const exportNow = async (extra: IDataObject = {}) =>
		await runNode(
			{ resource: 'workspace', operation: 'exportConfiguration', ...extra },
			{ credentials: credentials() },
		);

	it('reads every part into one snapshot, byte-identical when nothing changed, secrets as Segment censors them', async () => {
		const state = sandbox().state as Record<string, Map<string, IDataObject>>;
		const [first] = await exportNow();
		const [second] = await exportNow();
		const snapshot = first.json;

		expect(JSON.stringify(second.json)).toBe(JSON.stringify(snapshot));
		expect(Object.keys(snapshot)).toEqual([
			'destinations',
			'format',
			'functions',
			'labels',
			'sources',
			'trackingPlans',
			'transformations',
			'userGroups',
			'users',
			'warehouses',
			'workspace',
		]);
		expect(snapshot.workspace).toEqual(sandbox().workspace);
		const sources = snapshot.sources as IDataObject[];
		expect(sources.map((s) => s.id)).toEqual([...state.sources.keys()].sort());
		const ids = (records: IDataObject[]) => records.map((r) => String(r.id));
		expect(ids(sources)).toEqual([...ids(sources)].sort());

		const destinations = snapshot.destinations as IDataObject[];
		for (const source of sources) {
			expect(source.connectedDestinationIds).toEqual(
				ids(destinations.filter((d) => d.sourceId === source.id)).sort(),
			);
			expect(Object.keys(source.metadata as IDataObject)).toEqual(['id', 'name', 'slug']);
		}
		expect(JSON.stringify(destinations)).toContain(MASK);
		const filtered = destinations.filter((d) => ((d.filters as unknown[]) ?? []).length > 0);
		expect(filtered.map((d) => d.name).sort()).toEqual(['Amplitude (web)', 'GA4 Web Stream']);
		const subscribed = destinations.filter((d) => Array.isArray(d.subscriptions));
		expect(subscribed.length).toBeGreaterThan(0);
		expect(subscribed.length).toBeLessThan(destinations.length);

		const warehouses = snapshot.warehouses as IDataObject[];
		const connections = (sandbox().state as { connections: Map<string, Set<string>> }).connections;
		for (const warehouse of warehouses) {
			expect(warehouse.connectedSourceIds).toEqual(
				[...(connections.get(String(warehouse.id)) ?? [])].sort(),
			);
		}
		const plans = snapshot.trackingPlans as IDataObject[];
		expect(plans.every((plan) => Array.isArray(plan.rules) && Array.isArray(plan.sourceIds))).toBe(
			true,
		);
		expect((snapshot.users as IDataObject[]).every((user) => Array.isArray(user.permissions))).toBe(
			true,
		);
	});

	it('reads only the parts chosen, and attaches the snapshot as a JSON file', async () => {
		sandbox().resetCounters();
		const [item] = await exportNow({
			parts: ['labels', 'transformations'],
			attachFile: true,
			binaryPropertyName: 'backup',
		});

		expect(Object.keys(item.json)).toEqual(['format', 'labels', 'transformations', 'workspace']);
		expect(sandbox().counters.requests).toBe(3);
		const file = item.binary?.backup;
		expect(file?.mimeType).toBe('application/json');
		expect(file?.fileName).toBe(`segment-${sandbox().workspace.slug}-configuration.json`);
		expect(Buffer.from(String(file?.data), 'base64').toString('utf8')).toBe(
			`${JSON.stringify(item.json, null, 2)}\n`,
		);
	});

	it('never puts a write key in clear in the snapshot or its file: each becomes its fingerprint', async () => {
		const sources = [
			...(sandbox().state as { sources: Map<string, IDataObject> }).sources.values(),
		];
		const writeKeys = sources.flatMap((source) => source.writeKeys as string[]);
		const fingerprint = (key: string) =>
			`••••••••${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;

		const [item] = await exportNow({ parts: ['sources'], attachFile: true });

		expect(writeKeys.length).toBeGreaterThan(0);
		expect(
			Object.fromEntries((item.json.sources as IDataObject[]).map((s) => [s.id, s.writeKeys])),
		).toEqual(
			Object.fromEntries(sources.map((s) => [s.id, (s.writeKeys as string[]).map(fingerprint)])),
		);
		const file = Buffer.from(String(item.binary?.data.data), 'base64').toString('utf8');
		for (const key of writeKeys) {
			expect(file).not.toContain(key);
			expect(JSON.stringify(item.json)).not.toContain(key);
		}
	});

	it('refuses an empty Include before sending', async () => {
		sandbox().resetCounters();
		await expect(exportNow({ parts: [] })).rejects.toThrow('The field "Include" is empty');
		expect(sandbox().counters.requests).toBe(0);
	});
});
