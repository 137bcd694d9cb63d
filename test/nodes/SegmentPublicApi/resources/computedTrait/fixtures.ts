export const ALPHA = 'application/vnd.segment.v1alpha+json';

export const US = 'https://api.segmentapis.com';

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

export function trait(n: number) {
	return {
		id: `ais${n}`,
		spaceId: 'spa_1',
		name: `Trait ${n}`,
		description: '',
		key: `trait_${n}`,
		enabled: n !== 2,
		definition: { query: `event('E${n}').count()`, type: 'USERS' },
		status: 'Live',
		createdBy: 'u1',
		updatedBy: 'u1',
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-02T00:00:00.000Z',
		options: { includeHistoricalData: true },
	};
}

export function simplified(n: number) {
	return {
		id: `ais${n}`,
		name: `Trait ${n}`,
		key: `trait_${n}`,
		enabled: n !== 2,
		status: 'Live',
		type: 'USERS',
		query: `event('E${n}').count()`,
		spaceId: 'spa_1',
		updatedAt: '2026-01-02T00:00:00.000Z',
	};
}

export const base = { resource: 'computedTrait', spaceId: byId('spa_1') };
