import type { IDataObject } from 'n8n-workflow';

export const ALPHA = 'application/vnd.segment.v1alpha+json';
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

export function instance(n: number, overrides: IDataObject = {}): IDataObject {
	return {
		id: `ifi${n}`,
		name: `Instance ${n}`,
		integrationId: 'dst1',
		classId: 'abc123',
		enabled: true,
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-02T00:00:00.000Z',
		settings: { region: 'eu' },
		encryptedSettings: { apiKey: '••••••' },
		...overrides,
	};
}
