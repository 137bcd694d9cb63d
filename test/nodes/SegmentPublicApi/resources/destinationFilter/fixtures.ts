import type { IDataObject } from 'n8n-workflow';

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

export function filter(n: number, overrides: IDataObject = {}): IDataObject {
	return {
		id: `flt${n}`,
		sourceId: 'src1',
		destinationId: 'dst1',
		if: 'event = "Test"',
		actions: [{ type: 'DROP' }],
		title: `Filter ${n}`,
		description: '',
		enabled: true,
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-02T00:00:00.000Z',
		...overrides,
	};
}
