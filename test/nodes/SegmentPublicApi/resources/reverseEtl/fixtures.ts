export const ALPHA = 'application/vnd.segment.v1alpha+json';
export const BETA = 'application/vnd.segment.v1beta+json';

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

export function model(n: number) {
	return {
		id: `mdl${n}`,
		sourceId: 'src1',
		name: `Model ${n}`,
		description: `Customers of segment ${n}`,
		enabled: n !== 2,
		query: `SELECT user_id, email FROM customers WHERE tier = ${n}`,
		queryIdentifierColumn: 'user_id',
	};
}

export function syncStatus(n: number, syncStatus = 'SUCCESS') {
	return {
		syncId: String(2000 + n),
		modelId: 'mdl1',
		sourceId: 'src1',
		syncStatus,
		duration: '42s',
		startedAt: `2026-01-0${n}T10:00:00.000Z`,
		finishedAt: `2026-01-0${n}T10:00:42.000Z`,
	};
}
