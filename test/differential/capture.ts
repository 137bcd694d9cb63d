/**
 * Capture helpers for the differential tests: the same logical request is sent once through
 * our node (n8n's RoutingNode + httpRequestWithAuthentication) and once through Segment's
 * official SDK (`@segment/public-api-sdk-typescript`, sending through `request`); nock records
 * both and the tests compare the recordings field by field.
 */
import nock from 'nock';
import { CatalogApi, DestinationsApi, SourcesApi, WarehousesApi } from '@segment/public-api-sdk-typescript';
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { runJson, TOKEN, US } from '../harness/node';

export const BASE = US;

/** Query values as parsed from the wire; a key sent twice keeps all its values. */
export type Query = Record<string, string | string[]>;

export interface CapturedRequest {
	method: string;
	/** Path exactly as sent (percent-encoding kept), without the query string. */
	path: string;
	/** Query string decoded with URLSearchParams: keys such as `pagination[count]` are decoded. */
	query: Query;
	/** JSON body parsed; `undefined` when no body (or an empty one) was sent. */
	body: unknown;
	authorization: string | undefined;
	accept: string | undefined;
	contentType: string | undefined;
}

/** What the fake API answers for one captured request: [status, JSON body]. */
export type Responder = (request: CapturedRequest) => [number, unknown];

function header(headers: Record<string, unknown>, name: string): string | undefined {
	const value = headers[name.toLowerCase()];
	if (value === undefined) return undefined;
	return Array.isArray(value) ? value.join(', ') : String(value);
}

function parseQuery(search: string): Query {
	const query: Query = {};
	for (const [key, value] of new URLSearchParams(search)) {
		const seen = query[key];
		if (seen === undefined) query[key] = value;
		else query[key] = Array.isArray(seen) ? [...seen, value] : [seen, value];
	}
	return query;
}

function parseBody(body: unknown): unknown {
	if (body === undefined || body === null) return undefined;
	if (typeof body !== 'string') return body;
	if (body === '') return undefined;
	try {
		return JSON.parse(body);
	} catch {
		return body;
	}
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'] as const;

/**
 * Runs `action` while every request to BASE (any method, any path) is recorded and answered by
 * `respond`. Returns the recorded requests in order. Interceptors are removed afterwards.
 */
export async function capture(action: () => Promise<unknown>, respond: Responder): Promise<CapturedRequest[]> {
	const captured: CapturedRequest[] = [];
	const scope = nock(BASE).persist();
	for (const method of METHODS) {
		scope.intercept(() => true, method.toUpperCase()).reply(function (uri, body) {
			const at = uri.indexOf('?');
			const request: CapturedRequest = {
				method: String(this.req.method).toUpperCase(),
				path: at === -1 ? uri : uri.slice(0, at),
				query: at === -1 ? {} : parseQuery(uri.slice(at + 1)),
				body: parseBody(body),
				authorization: header(this.req.headers, 'authorization'),
				accept: header(this.req.headers, 'accept'),
				contentType: header(this.req.headers, 'content-type'),
			};
			captured.push(request);
			const [status, json] = respond(request);
			return [status, json as nock.Body];
		});
	}
	try {
		await action();
	} finally {
		nock.cleanAll();
	}
	return captured;
}

/** The fields both clients must agree on (headers that are known to differ are left out). */
export function wire(request: CapturedRequest) {
	const { method, path, query, body, authorization } = request;
	return { method, path, query, body, authorization };
}

/**
 * Asserts both clients sent `count` requests and that they agree, request by request, on method,
 * path (with its percent-encoding), decoded query, parsed JSON body and Authorization header.
 */
export function expectSameRequests(node: CapturedRequest[], sdk: CapturedRequest[], count: number) {
	expect(node).toHaveLength(count);
	expect(sdk).toHaveLength(count);
	for (let index = 0; index < count; index++) {
		expect({ request: index, ...wire(node[index]) }).toStrictEqual({ request: index, ...wire(sdk[index]) });
	}
}

/** Runs our node with `parameters`; returns its requests and its output items. */
export async function viaNode(parameters: INodeParameters, respond: Responder) {
	let items: IDataObject[] = [];
	const requests = await capture(async () => {
		items = await runJson(parameters);
	}, respond);
	return { requests, items };
}

/** Runs one or more SDK calls in sequence; returns their requests. */
export async function viaSdk(action: () => Promise<unknown>, respond: Responder) {
	return await capture(action, respond);
}

function configure<T extends { accessToken: string | (() => string) }>(client: T): T {
	client.accessToken = TOKEN;
	return client;
}

/** SDK clients pointed at the same base URL and token as the harness's US credentials. */
export const sdk = {
	sources: () => configure(new SourcesApi(BASE)),
	destinations: () => configure(new DestinationsApi(BASE)),
	warehouses: () => configure(new WarehousesApi(BASE)),
	catalog: () => configure(new CatalogApi(BASE)),
};

/** A resource locator parameter in "By ID" mode. */
export function byId(value: string) {
	return { __rl: true, mode: 'id', value };
}

/** Answers every request with one fixed JSON body. */
export function always(json: unknown, status = 200): Responder {
	return () => [status, json];
}

/**
 * Answers a cursor-paginated list: the first page (no cursor) points at `next`, the page asked
 * with that cursor ends the list.
 */
export function twoPages(root: string, first: IDataObject[], second: IDataObject[], next = 'cursor-page-2'): Responder {
	return (request) => {
		const cursor = request.query['pagination[cursor]'];
		if (cursor === undefined) {
			return [200, { data: { [root]: first, pagination: { current: 'MA==', next, previous: null } } }];
		}
		if (cursor === next) {
			return [200, { data: { [root]: second, pagination: { current: next, next: null, previous: 'MA==' } } }];
		}
		return [400, { errors: [{ type: 'bad-request', message: `unexpected cursor ${String(cursor)}` }] }];
	};
}

/** One page of a list that ends there. */
export function onePage(root: string, records: IDataObject[], next: string | null = null): Responder {
	return always({ data: { [root]: records, pagination: { current: 'MA==', next, previous: null } } });
}

/** The request without its body, to compare the rest where the bodies differ on purpose. */
export function withoutBody<T extends { body?: unknown }>(request: T): Omit<T, 'body'> {
	const copy = { ...request };
	delete copy.body;
	return copy;
}
