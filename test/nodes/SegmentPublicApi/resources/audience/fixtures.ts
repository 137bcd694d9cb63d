import type { IDataObject } from 'n8n-workflow';

export const V1ALPHA = 'application/vnd.segment.v1alpha+json';

export const space = { __rl: true, mode: 'id', value: 'spa1' };

export function audience(n: number, overrides: IDataObject = {}): IDataObject {
	return {
		id: `aud${n}`,
		spaceId: 'spa1',
		name: `Audience ${n}`,
		description: '',
		key: `audience_${n}`,
		enabled: true,
		definition: { query: `event('E${n}').count() >= 1` },
		status: 'Live',
		createdBy: 'usr1',
		updatedBy: 'usr1',
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-02T00:00:00.000Z',
		audienceType: 'USERS',
		computeCadence: { type: 'REALTIME' },
		size: { type: 'USERS', count: 100 * n },
		options: { filterByExternalIds: ['user_id'], includeHistoricalData: false },
		...overrides,
	};
}

export function simplified(n: number, overrides: IDataObject = {}): IDataObject {
	return {
		id: `aud${n}`,
		spaceId: 'spa1',
		name: `Audience ${n}`,
		key: `audience_${n}`,
		enabled: true,
		status: 'Live',
		audienceType: 'USERS',
		query: `event('E${n}').count() >= 1`,
		computeCadence: 'REALTIME',
		size: 100 * n,
		updatedAt: '2026-01-02T00:00:00.000Z',
		...overrides,
	};
}

export const EMPTY_AUDIENCE_ID = /The field "Audience" is empty/;

export const periodic = {
	id: 'sch1',
	strategy: 'PERIODIC',
	config: { interval: '4h' },
	nextExecution: '2026-01-01T04:00:00Z',
};

export const specific = {
	id: 'sch2',
	strategy: 'SPECIFIC_DAYS',
	config: { days: [1, 5], hours: [6, 18], timezone: 'America/New_York' },
};

export const target = { resource: 'audience', spaceId: space, audienceId: 'aud1' };
