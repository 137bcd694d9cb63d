export const BETA = 'application/vnd.segment.v1beta+json';

export const US = 'https://api.segmentapis.com';

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

export function filter(n: number) {
	return {
		id: `flt${n}`,
		workspaceId: 'ws1',
		integrationId: 'spa_1',
		enabled: n % 2 === 1,
		name: `Filter ${n}`,
		description: '',
		if: `event = 'E${n}'`,
		drop: true,
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-02T00:00:00.000Z',
	};
}

export function simplified(n: number) {
	return {
		id: `flt${n}`,
		name: `Filter ${n}`,
		enabled: n % 2 === 1,
		if: `event = 'E${n}'`,
		drop: true,
		integrationId: 'spa_1',
		updatedAt: '2026-01-02T00:00:00.000Z',
	};
}
