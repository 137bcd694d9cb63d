import nock from 'nock';
import { BACKOFF, resetRateLimitState } from '../../nodes/SegmentPublicApi/shared/rateLimit';
import { assertTokenNeverObserved, observe } from './secrecy';

// Retries keep their real count and order; only the backoff between them is shortened.
BACKOFF.baseMs = 1;
BACKOFF.maxMs = 4;

beforeAll(() => {
	if (!nock.isActive()) nock.activate();
	nock.disableNetConnect();
	for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
		// eslint-disable-next-line no-console -- the spy wraps console to search what is logged
		const original = console[level].bind(console);
		jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
			observe(args);
			original(...args);
		});
	}
});

afterEach(() => {
	resetRateLimitState();
	const pending = nock.pendingMocks();
	nock.cleanAll();
	if (pending.length > 0) {
		throw new Error(`Expected requests were not sent:\n${pending.join('\n')}`);
	}
});

afterAll(() => {
	jest.restoreAllMocks();
	assertTokenNeverObserved();
	nock.cleanAll();
	nock.enableNetConnect();
	nock.restore();
});
