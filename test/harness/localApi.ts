/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code: it never ships in dist/ */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { BACKOFF } from '../../nodes/SegmentPublicApi/shared/rateLimit';

export type LocalHandler = (
	request: IncomingMessage,
	body: string,
	response: ServerResponse,
) => void;

/**
 * A Public API stand-in on a real socket on 127.0.0.1 for the enclosing describe, in place of
 * nock, which costs about 9 ms a request even passed through (and intercepts every request while
 * active). Its `url` is known once the describe's tests run.
 */
export function useLocalApi(handle: LocalHandler): { readonly url: string } {
	let server: Server;
	let url = '';
	beforeAll(async () => {
		nock.restore();
		server = createServer((request, response) => {
			let body = '';
			request.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
			request.on('end', () => handle(request, body, response));
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		await new Promise((resolve) => server.close(resolve));
		nock.activate();
	});
	return {
		get url() {
			return url;
		},
	};
}

/** Answers with Segment's media type and `body` as JSON. */
export function replyJson(response: ServerResponse, status: number, body: unknown): void {
	response.writeHead(status, { 'content-type': 'application/vnd.segment.v1+json' });
	response.end(JSON.stringify(body));
}

/**
 * Leaves out the waits between retries for the enclosing describe: retries keep their number and
 * order. For tests whose duration was mostly those waits.
 */
export function withoutBackoffWaits(): void {
	const backoff = { ...BACKOFF };
	beforeAll(() => Object.assign(BACKOFF, { baseMs: 0, maxMs: 0 }));
	afterAll(() => Object.assign(BACKOFF, backoff));
}

/** Small deterministic PRNG so a failing sequence can be replayed from its seed. */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
