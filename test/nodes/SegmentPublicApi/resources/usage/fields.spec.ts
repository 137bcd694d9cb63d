import { usagePeriod } from '../../../../../nodes/SegmentPublicApi/resources/usage/fields';

describe('Usage > Period', () => {
	it('reads every accepted form of the period, and refuses the rest', () => {
		expect(usagePeriod('2026-12')).toBe('2026-12-01');
		expect(usagePeriod('2026-03-01 10:00')).toBe('2026-03-01');
		for (const bad of [
			'',
			'March 2026',
			'2026-13-01',
			'2026-02-30',
			'2025-02-29',
			'26-03-01',
			'2026-3-1',
			'2026-03-01x',
		]) {
			expect(usagePeriod(bad)).toBeUndefined();
		}
	});
});
