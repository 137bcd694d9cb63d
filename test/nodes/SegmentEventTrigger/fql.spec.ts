import { buildTrigger, fqlString, matchesFields, parseEventNames } from '../../../nodes/SegmentEventTrigger/fql';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the sandbox is CommonJS
const fql = require('../../../sandbox/lib/fql') as {
	matches(source: string, event: object): boolean;
	problemOf(source: string): string | undefined;
};

describe('FQL of the subscription trigger', () => {
	it('is one type comparison for one call', () => {
		expect(buildTrigger(['identify'])).toBe('type = "identify"');
		expect(buildTrigger(['track'])).toBe('type = "track"');
	});

	it('lists the calls in a fixed order, whatever order they were picked in', () => {
		expect(buildTrigger(['page', 'track', 'alias'])).toBe(
			'type = "track" or type = "page" or type = "alias"',
		);
	});

	it('narrows track to the event names and leaves the other calls whole', () => {
		expect(buildTrigger(['track'], ['Order Completed'])).toBe(
			'type = "track" and event = "Order Completed"',
		);
		expect(buildTrigger(['track', 'identify'], ['Order Completed', 'Signed Up'])).toBe(
			'(type = "track" and (event = "Order Completed" or event = "Signed Up")) or type = "identify"',
		);
	});

	it('quotes event names and escapes their double quotes and backslashes', () => {
		expect(fqlString('Say "hi"')).toBe('"Say \\"hi\\""');
		expect(fqlString('C:\\path')).toBe('"C:\\\\path"');
		expect(fqlString('x" or type = "identify')).toBe('"x\\" or type = \\"identify"');
		const trigger = buildTrigger(['track'], ['x" or type = "identify', 'back\\slash "q"']);
		expect(trigger).toBe(
			'type = "track" and (event = "x\\" or type = \\"identify" or event = "back\\\\slash \\"q\\"")',
		);
		// The escaped name is one literal: an identify does not slip through.
		expect(fql.problemOf(trigger)).toBeUndefined();
		expect(fql.matches(trigger, { type: 'identify' })).toBe(false);
		expect(fql.matches(trigger, { type: 'track', event: 'x" or type = "identify' })).toBe(true);
		expect(fql.matches(trigger, { type: 'track', event: 'back\\slash "q"' })).toBe(true);
		expect(fql.matches(trigger, { type: 'track', event: 'x' })).toBe(false);
	});

	it('ANDs the advanced condition to the whole', () => {
		const trigger = buildTrigger(['track', 'identify'], ['Order Completed'], ' properties.total > 100 ');
		expect(trigger).toBe(
			'((type = "track" and event = "Order Completed") or type = "identify") and (properties.total > 100)',
		);
		expect(fql.matches(trigger, { type: 'track', event: 'Order Completed', properties: { total: 150 } })).toBe(true);
		expect(fql.matches(trigger, { type: 'track', event: 'Order Completed', properties: { total: 50 } })).toBe(false);
		expect(fql.matches(trigger, { type: 'identify', properties: { total: 101 } })).toBe(true);
		expect(fql.matches(trigger, { type: 'identify' })).toBe(false);
	});

	it('refuses no calls', () => {
		expect(() => buildTrigger([])).toThrow('Choose at least one call');
		expect(() => buildTrigger(['nope'])).toThrow('Choose at least one call');
	});

	it('reads event names separated by commas or lines, trimmed, each once', () => {
		expect(parseEventNames(' Order Completed,Signed Up\nOrder Completed\n\n ')).toEqual([
			'Order Completed',
			'Signed Up',
		]);
		expect(parseEventNames('')).toEqual([]);
		expect(parseEventNames(undefined)).toEqual([]);
	});

	it('matches an event against the fields as the webhook does', () => {
		expect(matchesFields({ type: 'track', event: 'A' }, ['track'], ['A'])).toBe(true);
		expect(matchesFields({ type: 'track', event: 'B' }, ['track'], ['A'])).toBe(false);
		expect(matchesFields({ type: 'track', event: 'B' }, ['track'], [])).toBe(true);
		expect(matchesFields({ type: 'page' }, ['track'], [])).toBe(false);
		expect(matchesFields({ type: 'identify' }, ['track', 'identify'], ['A'])).toBe(true);
	});
});
