import { TOKEN } from './node';

/** Everything the node handed back during a test file: output items, errors, console lines. */
const observed: unknown[] = [];

export function observe<T>(value: T): T {
	observed.push(value);
	return value;
}

function serialise(value: unknown): string {
	const seen = new WeakSet<object>();
	const parts: string[] = [];
	const json = JSON.stringify(value, (_key, inner: unknown) => {
		if (inner instanceof Error) {
			parts.push(String(inner.message), String(inner.stack), String((inner as { description?: unknown }).description));
			parts.push(serialise((inner as { cause?: unknown }).cause));
			return { ...inner };
		}
		if (inner && typeof inner === 'object') {
			if (seen.has(inner)) return undefined;
			seen.add(inner);
		}
		return inner;
	});
	return [json, ...parts].join('\n');
}

/** Fails when the token shows up in anything observed; returns how many values were searched. */
export function assertTokenNeverObserved(): number {
	const count = observed.length;
	const leaks = observed.filter((value) => serialise(value).includes(TOKEN));
	observed.length = 0;
	if (leaks.length > 0) {
		throw new Error(`The API token appeared in ${leaks.length} observed output(s) or error(s)`);
	}
	return count;
}
