import { NodeApiError } from 'n8n-workflow';
import nock from 'nock';
import { runNode, TOKEN } from '../../harness/node';
import { apiWithoutBody, apiWithBody } from '../../harness/segment';

const getSource = { resource: 'source', operation: 'get', sourceId: { __rl: true, mode: 'id', value: 'src1' } };

async function failureOf(promise: Promise<unknown>): Promise<NodeApiError> {
	try {
		await promise;
	} catch (error) {
		return error as NodeApiError;
	}
	throw new Error('expected the node to fail');
}

function expectNoToken(error: unknown) {
	const seen = new WeakSet<object>();
	const dump = JSON.stringify(error, (_key, value: unknown) => {
		if (value && typeof value === 'object') {
			if (seen.has(value)) return undefined;
			seen.add(value);
		}
		return value;
	});
	const err = error as Error & { description?: string; cause?: unknown };
	for (const text of [dump, err.message, err.stack, err.description, String(err.cause)]) {
		expect(String(text)).not.toContain(TOKEN);
	}
}

describe('API errors', () => {
	it('turns a 401 into a NodeApiError with Segment\'s message and no token', async () => {
		apiWithoutBody()
			.get('/sources/src1')
			.reply(401, { errors: [{ type: 'unauthorized', message: 'Unauthorized' }] });

		const error = await failureOf(runNode(getSource));

		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Unauthorized');
		expect(error.httpCode).toBe('401');
		expectNoToken(error);
	});

	it('turns a 404 into a NodeApiError with Segment\'s message', async () => {
		apiWithoutBody()
			.get('/sources/src1')
			.reply(404, { errors: [{ type: 'not-found', message: 'Source not found' }] });

		const error = await failureOf(runNode(getSource));

		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Source not found');
		expect(error.httpCode).toBe('404');
		expectNoToken(error);
	});

	it('names the field of a 422 and lists every validation error', async () => {
		apiWithBody()
			.post('/sources', { metadataId: 'meta1', slug: 'BAD SLUG', enabled: true })
			.reply(422, {
				errors: [
					{ type: 'validation', message: 'Slug is invalid', field: 'slug' },
					{ type: 'validation', message: 'Settings are missing', field: 'settings' },
				],
			});

		const error = await failureOf(
			runNode({ resource: 'source', operation: 'create', metadataId: 'meta1', slug: 'BAD SLUG' }),
		);

		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Slug is invalid (field: slug)');
		expect(error.description).toBe(
			'Slug is invalid (field: slug); Settings are missing (field: settings)',
		);
		expect(error.httpCode).toBe('422');
		expectNoToken(error);
	});

	it('reports a response without Segment\'s error body by its status', async () => {
		apiWithoutBody().get('/sources/src1').times(6).reply(502, 'Bad gateway');

		const error = await failureOf(runNode(getSource));

		expect(error.message).toBe('Segment answered with HTTP 502');
		expect(error.description).toBe('The Segment Public API answered HTTP 502. Gave up after 5 retries.');
		expect(error.httpCode).toBe('502');
	});

	it('reports a network failure without the token', async () => {
		apiWithoutBody().get('/sources/src1').times(6).replyWithError('socket hang up');

		const error = await failureOf(runNode(getSource));

		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toContain('Could not reach the Segment Public API');
		expectNoToken(error);
	});

	it('fails a page request of a listing with Segment\'s message, after the first page', async () => {
		apiWithoutBody()
			.get('/sources')
			.query({ 'pagination[count]': '1000' })
			.reply(200, { data: { sources: [{ id: 'src1' }], pagination: { current: 'MA==', next: 'Mg==' } } })
			.get('/sources')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(422, { errors: [{ type: 'validation', message: 'Cursor expired' }] });

		const error = await failureOf(runNode({ resource: 'source', operation: 'getAll', returnAll: true }));

		expect(error.message).toBe('Cursor expired');
	});

	it('pairs a failure with its input item under Continue On Fail and goes on with the others', async () => {
		apiWithoutBody()
			.get('/sources/bad')
			.reply(404, { errors: [{ type: 'not-found', message: 'Source not found' }] })
			.get('/sources/good')
			.reply(200, { data: { source: { id: 'good', name: 'Good', metadata: {} } } });

		const items = await runNode(
			{
				resource: 'source',
				operation: 'get',
				sourceId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				simplify: false,
			},
			{ items: [{ json: { id: 'bad' } }, { json: { id: 'good' } }], continueOnFail: true },
		);

		expect(items).toHaveLength(2);
		expect(items[0].error?.message).toBe('Source not found');
		expect(items[1].json).toEqual({ id: 'good', name: 'Good', metadata: {} });
		expect(nock.pendingMocks()).toEqual([]);
	});
});
