import { createHash, randomBytes } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';
import { runJson, runNode } from '../../../../harness/node';
import { useSandbox } from '../../../../harness/sandbox';

const snapshot = (parts: IDataObject): IDataObject => ({
	format: 'segment-workspace-configuration/1',
	workspace: { id: 'ws1', name: 'Acme', slug: 'acme' },
	...parts,
});

describe('Workspace > Compare Configurations', () => {
	const before = snapshot({
		warehouses: [{ id: 'wh1', settings: { name: 'Snowflake', user: 'a' } }],
	});
	const after = snapshot({
		warehouses: [{ id: 'wh1', settings: { name: 'Snowflake', user: 'b' } }],
	});

	it('compares two snapshots given as JSON, one item per difference, without any request', async () => {
		const items = await runJson(
			{
				resource: 'workspace',
				operation: 'compareConfigurations',
				oldSource: 'json',
				oldJson: JSON.stringify(before),
				newSource: 'json',
				newJson: '={{ $json.latest }}',
			},
			{ items: [{ json: { latest: after } }] },
		);

		expect(items).toEqual([
			{
				resourceType: 'warehouse',
				id: 'wh1',
				name: 'Snowflake',
				kind: 'changed',
				changes: [{ path: 'settings.user', old: 'a', new: 'b' }],
			},
		]);
	});

	it('reads a snapshot from a binary file of the input item', async () => {
		const file = {
			data: Buffer.from(JSON.stringify(before)).toString('base64'),
			mimeType: 'application/json',
			fileName: 'backup.json',
		};
		const items = await runJson(
			{
				resource: 'workspace',
				operation: 'compareConfigurations',
				oldSource: 'binary',
				oldBinaryPropertyName: 'backup',
				newSource: 'json',
				newJson: JSON.stringify(before),
			},
			{ items: [{ json: {}, binary: { backup: file } }] },
		);
		expect(items).toEqual([]);
	});

	it.each([
		[
			{ oldSource: 'json', oldJson: '{"format": ' },
			'The field "Old Configuration" is not valid JSON',
		],
		[{ oldSource: 'json', oldJson: '[1]' }, 'The field "Old Configuration" is not a snapshot'],
		[
			{ oldSource: 'binary', oldBinaryPropertyName: 'missing' },
			'The field "Old Configuration Input Field" names no file of the input item: "missing"',
		],
	])('refuses %j before sending anything', async (fields, message) => {
		await expect(
			runNode({
				resource: 'workspace',
				operation: 'compareConfigurations',
				newSource: 'json',
				newJson: '{}',
				...fields,
			}),
		).rejects.toThrow(message);
	});
});

describe('Workspace > Compare Configurations, with secrets in the snapshots', () => {
	const fingerprint = (key: string) =>
		`••••••••${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;
	const [keptKey, removedKey, addedKey, sharedSecret] = [1, 2, 3, 4].map(() =>
		randomBytes(16).toString('hex'),
	);
	// A backup written before exports hid secrets: write keys and a webhook secret in clear.
	const before = snapshot({
		sources: [{ id: 'src1', name: 'Web', writeKeys: [keptKey, removedKey] }],
		destinations: [
			{ id: 'd1', name: 'Hook', settings: { sharedSecret, url: 'https://a.example' } },
		],
	});
	const after = snapshot({
		sources: [{ id: 'src1', name: 'Web', writeKeys: [keptKey, addedKey] }],
		destinations: [
			{ id: 'd1', name: 'Hook', settings: { sharedSecret, url: 'https://b.example' } },
		],
	});

	it('reports a write key added or removed by its fingerprint, never its value, and an unchanged secret not at all', async () => {
		const items = await runJson({
			resource: 'workspace',
			operation: 'compareConfigurations',
			oldSource: 'json',
			oldJson: JSON.stringify(before),
			newSource: 'json',
			newJson: JSON.stringify(after),
		});

		expect(items).toEqual([
			{
				resourceType: 'source',
				id: 'src1',
				name: 'Web',
				kind: 'changed',
				changes: [
					{ path: 'writeKeys[1]', old: fingerprint(removedKey), new: fingerprint(addedKey) },
				],
			},
			{
				resourceType: 'destination',
				id: 'd1',
				name: 'Hook',
				kind: 'changed',
				changes: [{ path: 'settings.url', old: 'https://a.example', new: 'https://b.example' }],
			},
		]);
		const output = JSON.stringify(items);
		for (const secret of [keptKey, removedKey, addedKey, sharedSecret]) {
			expect(output).not.toContain(secret);
		}
	});
});

describe('Workspace > Compare Configurations (sandbox over real HTTP)', () => {
	const { sandbox, credentials } = useSandbox();
	const exportNow = async (extra: IDataObject = {}) =>
		await runNode(
			{ resource: 'workspace', operation: 'exportConfiguration', ...extra },
			{ credentials: credentials() },
		);

	it('compares a backup file with the workspace now: one item per change', async () => {
		const [backup] = await exportNow({
			parts: ['sources', 'labels'],
			attachFile: true,
		});
		const source = [
			...(sandbox().state as { sources: Map<string, IDataObject> }).sources.values(),
		][1];
		source.enabled = !source.enabled;

		const items = await runNode(
			{
				resource: 'workspace',
				operation: 'compareConfigurations',
				oldSource: 'binary',
				newSource: 'export',
				parts: ['sources', 'labels'],
			},
			{ credentials: credentials(), items: [backup] },
		);

		expect(items.map((item) => item.json)).toEqual([
			{
				resourceType: 'source',
				id: source.id,
				name: source.name,
				kind: 'changed',
				changes: [{ path: 'enabled', old: !source.enabled, new: source.enabled }],
			},
		]);
	});
});
