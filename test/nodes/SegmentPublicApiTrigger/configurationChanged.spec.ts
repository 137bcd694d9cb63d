import type { IDataObject } from 'n8n-workflow';
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

	it('remembers the first poll, then emits each change once: changed paths, additions, removals with their name', async () => {
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
			['configurationChanged', 'warehouse', 'removed', warehouse.id, []],
			['configurationChanged', 'label', 'added', 'team:drift-test', []],
		]);
		expect(connected.length).toBeGreaterThan(0);
		expect(items.find((item) => item.id === source.id)).toMatchObject({
			name: 'Renamed by the test',
			record: { id: source.id, enabled: !source.enabled },
		});
		expect(items.find((item) => item.id === warehouse.id)?.name).toBe(
			(warehouse.settings as IDataObject).name,
		);

		expect(await trigger.poll()).toBeNull();
	});

	it('emits nothing and stores nothing when a poll fails, and emits the change at the next poll', async () => {
		const trigger = activateTrigger(watching(['sources']), credentials());
		await trigger.poll();
		const before = JSON.stringify(trigger.staticData());
		const source = (
			(await call('GET', '/sources?pagination[count]=1')).sources as IDataObject[]
		)[0];
		await call('PATCH', `/sources/${String(source.id)}`, { enabled: !source.enabled });

		sandbox().setFaults({ failRate: 1, failStatuses: [400] });
		await expect(trigger.poll()).rejects.toThrow();
		sandbox().setFaults({ failRate: 0 });
		expect(JSON.stringify(trigger.staticData())).toBe(before);

		const items = itemsOf(await trigger.poll());
		expect(items.map((item) => [item.kind, item.id, item.changedPaths])).toEqual([
			['changed', source.id, ['enabled']],
		]);
	});
});

describe('trigger: Configuration Changed, a record missing from one listing', () => {
	let listSecond = true;
	let secondExists = true;
	const source = (n: number) => ({ id: `src${n}`, name: `Source ${n}`, enabled: true });
	const api = useLocalApi((request, _body, response) => {
		const path = String(request.url).split('?')[0];
		if (path === '/') return replyJson(response, 200, { data: { workspace: { id: 'ws1' } } });
		if (path === '/destinations' || path === '/warehouses') {
			return replyJson(response, 200, { data: { [path.slice(1)]: [], pagination: {} } });
		}
		if (path === '/sources') {
			const sources = listSecond ? [source(1), source(2)] : [source(1)];
			return replyJson(response, 200, { data: { sources, pagination: {} } });
		}
		if (path === '/sources/src2') {
			return secondExists
				? replyJson(response, 200, { data: { source: source(2) } })
				: replyJson(response, 404, { errors: [{ type: 'not-found', message: 'Not found' }] });
		}
		replyJson(response, 404, { errors: [{ message: `no route ${path}` }] });
	});

	it('is not reported removed while Segment still has it, and is once Segment answers 404', async () => {
		const credentials = { apiToken: 'token', region: 'custom', baseUrl: api.url };
		const trigger = activateTrigger(watching(['sources']), credentials);
		expect(await trigger.poll()).toBeNull();

		listSecond = false;
		expect(await trigger.poll()).toBeNull();
		listSecond = true;
		expect(await trigger.poll()).toBeNull();

		listSecond = false;
		secondExists = false;
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
});
