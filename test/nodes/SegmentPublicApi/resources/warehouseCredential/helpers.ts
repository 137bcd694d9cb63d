import type { IDataObject } from 'n8n-workflow';

export const MASK = '••••••';

export function credential(n: number, overrides: IDataObject = {}): IDataObject {
	return {
		id: `cred${n}`,
		workspaceId: 'ws1',
		name: `Credential ${n}`,
		settings: {
			type: 'Snowflake',
			account: 'acme-xy12345',
			username: 'SEGMENT_USER',
			password: MASK,
		},
		createdAt: '2025-05-07T10:00:00Z',
		updatedAt: '2025-05-08T10:00:00Z',
		...overrides,
	};
}

export function simplified(n: number): IDataObject {
	return {
		id: `cred${n}`,
		name: `Credential ${n}`,
		type: 'Snowflake',
		workspaceId: 'ws1',
		createdAt: '2025-05-07T10:00:00Z',
		updatedAt: '2025-05-08T10:00:00Z',
	};
}

/** Everything an error carries that n8n may show or store: message, description, stack, Segment's answer. */
export function everythingIn(error: unknown): string {
	const parts: string[] = [];
	const walk = (value: unknown, depth: number) => {
		if (depth > 4 || value === undefined || value === null) return;
		if (value instanceof Error) {
			const e = value as Error & IDataObject;
			parts.push(String(e.message), String(e.stack), JSON.stringify(e.description ?? null));
			parts.push(JSON.stringify(e.messages ?? null), JSON.stringify(e.context ?? null));
			walk(e.errorResponse, depth + 1);
			walk(e.cause, depth + 1);
			return;
		}
		parts.push(JSON.stringify(value));
	};
	walk(error, 0);
	return parts.join('\n');
}
