export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

export const group = (n: number, extra: Record<string, unknown> = {}) => ({
	id: `grp${n}`,
	name: `Group ${n}`,
	memberCount: n,
	permissions: [],
	...extra,
});
