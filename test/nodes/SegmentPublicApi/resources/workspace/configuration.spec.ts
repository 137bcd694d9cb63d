import { createHash, randomBytes } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';
import {
	canonicalJson,
	changedPaths,
	compareConfigurations,
	sortedDeep,
	withoutSecrets,
} from '../../../../../nodes/SegmentPublicApi/shared/configuration';

const snapshot = (parts: IDataObject): IDataObject => ({
	format: 'segment-workspace-configuration/1',
	workspace: { id: 'ws1', name: 'Acme', slug: 'acme' },
	...parts,
});

describe('configuration snapshots', () => {
	it('sorts keys at every level, so equal content gives the same JSON', () => {
		expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe(
			'{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}',
		);
		expect(JSON.stringify(sortedDeep({ b: 1, a: undefined }))).toBe('{"b":1}');
	});

	it('names each changed leaf by its path, arrays by index, and a resized array as a whole', () => {
		expect(
			changedPaths(
				{
					name: 'A',
					settings: { apiKey: 'x', region: 'us' },
					labels: [{ key: 'env', value: 'dev' }],
					ids: [1],
				},
				{
					name: 'A',
					settings: { apiKey: 'y', region: 'us', extra: true },
					labels: [{ key: 'env', value: 'prod' }],
					ids: [1, 2],
				},
			),
		).toEqual([
			{ path: 'ids', old: [1], new: [1, 2] },
			{ path: 'labels[0].value', old: 'dev', new: 'prod' },
			{ path: 'settings.apiKey', old: 'x', new: 'y' },
			{ path: 'settings.extra', old: undefined, new: true },
		]);
	});

	it('lists records added, removed and changed per part, and leaves out parts one side lacks', () => {
		const before = snapshot({
			sources: [
				{ id: 'src1', name: 'Web', enabled: true },
				{ id: 'src2', name: 'iOS', enabled: true },
			],
			labels: [{ key: 'env', value: 'prod' }],
			users: [{ id: 'u1', email: 'a@example.com' }],
		});
		const after = snapshot({
			sources: [
				{ id: 'src1', name: 'Web', enabled: false },
				{ id: 'src3', name: 'Android', enabled: true },
			],
			labels: [
				{ key: 'env', value: 'prod' },
				{ key: 'env', value: 'dev' },
			],
		});

		expect(compareConfigurations(before, after)).toEqual([
			{
				resourceType: 'source',
				id: 'src1',
				name: 'Web',
				kind: 'changed',
				changes: [{ path: 'enabled', old: true, new: false }],
			},
			{ resourceType: 'source', id: 'src3', name: 'Android', kind: 'added', changes: [] },
			{ resourceType: 'source', id: 'src2', name: 'iOS', kind: 'removed', changes: [] },
			{ resourceType: 'label', id: 'env:dev', name: 'env:dev', kind: 'added', changes: [] },
		]);
	});
});

describe('configuration snapshots, with secrets in clear in a backup', () => {
	const fingerprint = (key: string) =>
		`••••••••${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;
	const [keptKey, removedKey, sharedSecret] = [1, 2, 3].map(() => randomBytes(16).toString('hex'));
	// A backup written before exports hid secrets: write keys and a webhook secret in clear.
	const before = snapshot({
		sources: [{ id: 'src1', name: 'Web', writeKeys: [keptKey, removedKey] }],
		destinations: [
			{ id: 'd1', name: 'Hook', settings: { sharedSecret, url: 'https://a.example' } },
		],
	});

	it('finds no difference between a backup with keys in clear and an export of the same workspace', () => {
		const exported = withoutSecrets(before);

		expect((exported.sources as IDataObject[])[0].writeKeys).toEqual([
			fingerprint(keptKey),
			fingerprint(removedKey),
		]);
		expect(((exported.destinations as IDataObject[])[0].settings as IDataObject).sharedSecret).toBe(
			'••••••••',
		);
		expect(compareConfigurations(before, exported)).toEqual([]);
	});
});
