import { sleep, type IDataObject } from 'n8n-workflow';
import { activateTrigger } from '../../harness/node';
import { replyJson, useLocalApi } from '../../harness/localApi';
import { useSandbox } from '../../harness/sandbox';

const watching = (parts: string[]) => ({
	events: ['configurationChanged'],
	watchedParts: parts,
	options: {},
});

const itemsOf = (result: unknown) =>
	((result as Array<Array<{ json: IDataObject }>> | null)?.[0] ?? []).map((item) => item.json);

describe('trigger: Configuration Changed (sandbox over real HTTP)', () => {
	const { sandbox, credentials } = useSandbox();
	const call = async (method: string, path: string, body?: unknown) => {
		const response = await fetch(`${sandbox().url}${path}`, {
			method,
			headers: {
				authorization: `Bearer ${sandbox().token}`,
				accept: 'application/vnd.segment.v1+json',
				'content-type': 'application/vnd.segment.v1+json',
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		return ((await response.json()) as { data: IDataObject }).data;
	};

	it('remembers the first poll, then emits each change once: changed paths, additions, and removals with their name a poll later', async () => {
		const trigger = activateTrigger(watching(['sources', 'warehouses', 'labels']), credentials());
		expect(await trigger.poll()).toBeNull();
		const state = trigger.staticData().configuration as { records: Record<string, object> };
		expect(Object.keys(state.records).sort()).toEqual(['labels', 'sources', 'warehouses']);
		expect(JSON.stringify(state)).not.toContain('settings":{');

		const sources = (await call('GET', '/sources?pagination[count]=10')).sources as IDataObject[];
		const warehouses = (await call('GET', '/warehouses?pagination[count]=10'))
			.warehouses as IDataObject[];
		const source = sources[0];
		const warehouse = warehouses[warehouses.length - 1];
		await call('PATCH', `/sources/${String(source.id)}`, {
			enabled: !source.enabled,
			name: 'Renamed by the test',
		});
		await call('POST', '/labels', { label: { key: 'team', value: 'drift-test' } });
		const connected = (
			(
				await call(
					'GET',
					`/warehouses/${String(warehouse.id)}/connected-sources?pagination[count]=100`,
				)
			).sources as IDataObject[]
		).map((record) => String(record.id));
		await call('DELETE', `/warehouses/${String(warehouse.id)}`);

		// The sources that were connected to the deleted warehouse change too: their connectedWarehouseIds.
		const sourceChanges = sources
			.filter((record) => record.id === source.id || connected.includes(String(record.id)))
			.map((record) => [
				'configurationChanged',
				'source',
				'changed',
				record.id,
				[
					...(connected.includes(String(record.id)) ? ['connectedWarehouseIds'] : []),
					...(record.id === source.id ? ['enabled', 'name'] : []),
				],
			])
			.sort((a, b) => (String(a[3]) < String(b[3]) ? -1 : 1));
		const items = itemsOf(await trigger.poll());
		expect(
			items.map((item) => [item.event, item.resourceType, item.kind, item.id, item.changedPaths]),
		).toEqual([
			...sourceChanges,
			['configurationChanged', 'label', 'added', 'team:drift-test', []],
		]);
		expect(connected.length).toBeGreaterThan(0);
		expect(items.find((item) => item.id === source.id)).toMatchObject({
			name: 'Renamed by the test',
			record: { id: source.id, enabled: !source.enabled },
		});
		// A removal is reported by the second poll that finds the record gone.
		const removals = itemsOf(await trigger.poll());
		expect(removals.map((item) => [item.resourceType, item.kind, item.id, item.name])).toEqual([
			['warehouse', 'removed', warehouse.id, (warehouse.settings as IDataObject).name],
		]);

		expect(await trigger.poll()).toBeNull();
	});

	it('emits nothing and stores nothing when a poll fails, and emits the change at the next poll', async () => {
		const trigger = activateTrigger(watching(['sources']), credentials());
		await trigger.poll();
		const before = JSON.stringify(trigger.staticData().configuration);
		const source = (
			(await call('GET', '/sources?pagination[count]=1')).sources as IDataObject[]
		)[0];
		await call('PATCH', `/sources/${String(source.id)}`, { enabled: !source.enabled });

		sandbox().setFaults({ failRate: 1, failStatuses: [400] });
		await expect(trigger.poll()).rejects.toThrow();
		sandbox().setFaults({ failRate: 0 });
		expect(JSON.stringify(trigger.staticData().configuration)).toBe(before);

		const items = itemsOf(await trigger.poll());
		expect(items.map((item) => [item.kind, item.id, item.changedPaths])).toEqual([
			['changed', source.id, ['enabled']],
		]);
	});
});

describe('trigger: Configuration Changed, listings that miss a record, 404s that pass, polls that overlap', () => {
	let sources: IDataObject[] = [];
	/** Sources the listing leaves out though they exist. */
	let unlisted = new Set<string>();
	/** Sources Segment answers 404 for though they exist. */
	let answering404 = new Set<string>();
	/** How long the next listing of sources takes, in ms. */
	let nextListingDelay = 0;
	const source = (n: number, name = `Source ${n}`) => ({ id: `src${n}`, name, enabled: true });
	const api = useLocalApi((request, _body, response) => {
		const path = String(request.url).split('?')[0];
		if (path === '/') return replyJson(response, 200, { data: { workspace: { id: 'ws1' } } });
		if (path === '/destinations' || path === '/warehouses') {
			return replyJson(response, 200, { data: { [path.slice(1)]: [], pagination: {} } });
		}
		if (path === '/sources') {
			const listed = sources.filter((record) => !unlisted.has(String(record.id)));
			const delay = nextListingDelay;
			nextListingDelay = 0;
			const reply = () => replyJson(response, 200, { data: { sources: listed, pagination: {} } });
			return void sleep(delay).then(reply);
		}
		const id = path.replace(/^\/sources\//, '');
		const found = sources.find((record) => record.id === id);
		return found && !answering404.has(id)
			? replyJson(response, 200, { data: { source: found } })
			: replyJson(response, 404, { errors: [{ type: 'not-found', message: 'Not found' }] });
	});
	const activate = async () => {
		const trigger = activateTrigger(watching(['sources']), {
			apiToken: 'token',
			region: 'custom',
			baseUrl: api.url,
		});
		expect(await trigger.poll()).toBeNull();
		return trigger;
	};
	beforeEach(() => {
		sources = [source(1), source(2)];
		unlisted = new Set();
		answering404 = new Set();
		nextListingDelay = 0;
	});

	it('reports a record removed once two polls in a row find it unlisted with Segment answering 404', async () => {
		const trigger = await activate();

		unlisted = new Set(['src2']);
		expect(await trigger.poll()).toBeNull();
		unlisted = new Set();
		expect(await trigger.poll()).toBeNull();

		sources = [source(1)];
		expect(await trigger.poll()).toBeNull();
		expect(itemsOf(await trigger.poll())).toEqual([
			{
				event: 'configurationChanged',
				resourceType: 'source',
				id: 'src2',
				name: 'Source 2',
				kind: 'removed',
				changedPaths: [],
			},
		]);
		expect(await trigger.poll()).toBeNull();
	});

	it('reports nothing for a listing that missed a record while Segment answered 404 for it once', async () => {
		const trigger = await activate();

		unlisted = new Set(['src2']);
		answering404 = new Set(['src2']);
		expect(await trigger.poll()).toBeNull();
		unlisted = new Set();
		answering404 = new Set();
		expect(await trigger.poll()).toBeNull();

		// The glitch is forgotten: one more alone is no removal either.
		unlisted = new Set(['src2']);
		answering404 = new Set(['src2']);
		expect(await trigger.poll()).toBeNull();
		unlisted = new Set();
		answering404 = new Set();
		expect(await trigger.poll()).toBeNull();
	});

	it('reports a change once when two polls that overlap both read it', async () => {
		const trigger = await activate();

		sources = [source(1, 'Renamed'), source(2)];
		nextListingDelay = 300;
		const slow = trigger.poll();
		await sleep(50);
		const fast = trigger.poll();
		const items = [...itemsOf(await fast), ...itemsOf(await slow)];

		expect(items.map((item) => [item.kind, item.id, item.changedPaths])).toEqual([
			['changed', 'src1', ['name']],
		]);
		expect(await trigger.poll()).toBeNull();
	});

	it('lets no slow, older poll store its reading over a newer one', async () => {
		const trigger = await activate();

		// The slow poll lists before src1 is renamed; the fast one after.
		nextListingDelay = 300;
		const slow = trigger.poll();
		await sleep(50);
		sources = [source(1, 'Renamed'), source(2)];
		const fast = trigger.poll();

		expect(itemsOf(await fast).map((item) => [item.kind, item.id])).toEqual([['changed', 'src1']]);
		expect(await slow).toBeNull();
		expect(await trigger.poll()).toBeNull();
	});
});
