export const apiCalls = (n: number) => ({
	apiCalls: String(1000 * n),
	timestamp: `2026-03-0${n}T00:00:00.000Z`,
});
export const sourceCalls = (n: number) => ({ sourceId: `src${n}`, ...apiCalls(n) });
export const mtu = (n: number) => ({
	periodStart: 1772323200,
	periodEnd: 1775001600,
	anonymous: String(3 * n),
	anonymousIdentified: String(7 * n),
	identified: String(33 * n),
	neverIdentified: '0',
	timestamp: `2026-03-0${n}T00:00:00.000Z`,
});
export const sourceMtu = (n: number) => ({ sourceId: `src${n}`, ...mtu(n) });
