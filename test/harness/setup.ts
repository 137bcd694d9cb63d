import nock from 'nock';
import { BACKOFF } from '../../nodes/SegmentPublicApi/shared/rateLimit';

// Retries keep their real count and order; only the backoff between them is shortened.
BACKOFF.baseMs = 1;
BACKOFF.maxMs = 4;

beforeAll(() => {
	if (!nock.isActive()) nock.activate();
	nock.disableNetConnect();
});

afterEach(() => {
	const pending = nock.pendingMocks();
	nock.cleanAll();
	if (pending.length > 0) {
		throw new Error(`Expected requests were not sent:\n${pending.join('\n')}`);
	}
});

afterAll(() => {
	nock.cleanAll();
	nock.enableNetConnect();
	nock.restore();
});
