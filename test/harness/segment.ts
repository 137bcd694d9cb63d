import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { TOKEN, US, V1 } from './node';

/** Nock scope for the Public API that only matches authenticated requests with the v1 media type. */
export function api(base = US, mediaType = V1) {
	return nock(base)
		.matchHeader('authorization', `Bearer ${TOKEN}`)
		.matchHeader('accept', mediaType);
}

/** Like `api`, also requiring the body's Content-Type. */
export function apiWithBody(base = US, mediaType = V1) {
	return api(base, mediaType).matchHeader('content-type', mediaType);
}

/** Like `api`, also requiring that no Content-Type (and so no body) is sent. */
export function apiWithoutBody(base = US, mediaType = V1) {
	return api(base, mediaType).matchHeader('content-type', (value) => value === undefined);
}

/**
 * A nock query matcher for the query exactly as written on the wire. nock's object form would also
 * accept `userIds=a&userIds=b`; n8n serialises arrays with indices (`userIds[0]=a`), as Segment's SDK does.
 */
export function exactQuery(expected: Record<string, string>) {
	const want = JSON.stringify(Object.entries(expected).sort());
	return (query: Record<string, unknown>) => JSON.stringify(Object.entries({ ...query }).sort()) === want;
}

export function page(root: string, records: IDataObject[], next: string | null = null, current = 'MA==') {
	return { data: { [root]: records, pagination: { current, next, previous: null } } };
}

export function source(n: number, overrides: IDataObject = {}): IDataObject {
	return {
		id: `src${n}`,
		slug: `source_${n}`,
		name: `Source ${n}`,
		workspaceId: 'ws1',
		enabled: n % 3 !== 0,
		writeKeys: [`wk${n}`],
		settings: {},
		labels: [{ key: 'env', value: 'prod' }],
		metadata: { id: 'IqDTy1TpoU', name: 'Javascript', slug: 'javascript', categories: ['Website'] },
		...overrides,
	};
}

export function destination(n: number, overrides: IDataObject = {}): IDataObject {
	return {
		id: `dst${n}`,
		name: `Destination ${n}`,
		enabled: n % 2 === 0,
		sourceId: `src${n % 4}`,
		settings: { apiKey: '••••••' },
		metadata: { id: '54521fd725e721e32a72eeb3', name: 'Amplitude', slug: 'amplitude' },
		...overrides,
	};
}

export function warehouse(n: number, overrides: IDataObject = {}): IDataObject {
	return {
		id: `wh${n}`,
		workspaceId: 'ws1',
		enabled: true,
		settings: { name: `Warehouse ${n}`, hostname: 'db.example.com', password: '••••••' },
		metadata: { id: 'aea3fX3g4o', name: 'Postgres', slug: 'postgres' },
		...overrides,
	};
}

export function catalogEntry(n: number, overrides: IDataObject = {}): IDataObject {
	return {
		id: `meta${n}`,
		name: `Type ${n}`,
		slug: `type-${n}`,
		description: `Catalog entry ${n}`,
		categories: ['Analytics'],
		status: 'PUBLIC',
		logos: { default: 'https://example.com/logo.svg' },
		options: [{ name: 'apiKey', type: 'string', required: true }],
		...overrides,
	};
}
