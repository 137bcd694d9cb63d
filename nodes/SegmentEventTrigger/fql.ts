/** The calls a Segment source receives, as FQL's `type` names them. */
export const CALL_TYPES = ['track', 'identify', 'page', 'screen', 'group', 'alias'] as const;
export type CallType = (typeof CALL_TYPES)[number];

/** An FQL string literal: double quotes, with backslashes and double quotes escaped. */
export function fqlString(value: string): string {
	return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Event names typed one per line or separated by commas; blanks dropped, each name once. */
export function parseEventNames(value: unknown): string[] {
	const list = Array.isArray(value) ? value.map(String) : String(value ?? '').split(/[\n,]/);
	return [...new Set(list.map((name) => name.trim()).filter((name) => name !== ''))];
}

/**
 * The subscription's trigger: the chosen calls, `track` narrowed to the event names when any are
 * given, and the advanced condition ANDed to the whole.
 *
 *   buildTrigger(['track', 'identify'], ['Order Completed'])
 *   → (type = "track" and event = "Order Completed") or type = "identify"
 */
export function buildTrigger(
	calls: readonly string[],
	eventNames: readonly string[] = [],
	advanced = '',
): string {
	const chosen = CALL_TYPES.filter((type) => calls.includes(type));
	if (chosen.length === 0) throw new Error('Choose at least one call to receive');
	const clauses = chosen.map((type) => {
		const isType = `type = ${fqlString(type)}`;
		if (type !== 'track' || eventNames.length === 0) return isType;
		const events = eventNames.map((name) => `event = ${fqlString(name)}`);
		const eventClause = events.length === 1 ? events[0] : `(${events.join(' or ')})`;
		return `${isType} and ${eventClause}`;
	});
	const base =
		clauses.length === 1
			? clauses[0]
			: clauses.map((clause) => (clause.includes(' and ') ? `(${clause})` : clause)).join(' or ');
	const condition = advanced.trim();
	if (!condition) return base;
	return `(${base}) and (${condition})`;
}

/** Whether an event is one the fields ask for (its call, and for track its name); the advanced condition is Segment's to apply. */
export function matchesFields(
	event: Record<string, unknown>,
	calls: readonly string[],
	eventNames: readonly string[],
): boolean {
	const type = typeof event.type === 'string' ? event.type : '';
	if (!calls.includes(type)) return false;
	if (type !== 'track' || eventNames.length === 0) return true;
	return typeof event.event === 'string' && eventNames.includes(event.event);
}
