export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

export const QUOTA_HEADERS = {
	'X-RateLimit-Remaining': '41',
	'X-RateLimit-Reset': 'Tue, 01 Dec 2026 06:00:00 GMT',
};

export const regulations = [
	{ id: 'r1', status: 'FINISHED', regulationType: 'SUPPRESS_ONLY' },
	{ id: 'r2', status: 'FINISHED', regulationType: 'DELETE_ONLY' },
];
