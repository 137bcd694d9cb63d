import type { IDataObject } from 'n8n-workflow';
import { SegmentPublicApi } from '../../credentials/SegmentPublicApi.credentials';
import nock from 'nock';
import { runCredentialTest, runJson, TOKEN, US_CREDENTIALS, workflowFor } from '../harness/node';
import { api, apiWithoutBody } from '../harness/segment';
import { SegmentPublicApi as SegmentNode } from '../../nodes/SegmentPublicApi/SegmentPublicApi.node';

const credential = new SegmentPublicApi();
const getSource = { resource: 'source', operation: 'get', sourceId: { __rl: true, mode: 'id', value: 'src1' }, simplify: false };

function resolveTestBaseUrl(credentials: IDataObject): string {
	const { workflow, node } = workflowFor(new SegmentNode(), 'segmentPublicApi', {});
	return workflow.expression.getParameterValue(
		credential.test.request.baseURL as string,
		null,
		0,
		0,
		node.name,
		[],
		'internal',
		{ $credentials: credentials },
	) as string;
}

describe('Segment Public API credential', () => {
	it('gets a readable default name in the editor', () => {
		// The editor names a new credential after its type, minus the words API, OAuth1 and OAuth2.
		const defaultName = `${credential.displayName
			.split(' ')
			.filter((word) => !['API', 'OAuth1', 'OAuth2'].includes(word))
			.join(' ')} account`;
		expect(defaultName).toBe('Segment Workspace account');
	});

	it('authenticates with a Bearer token', () => {
		expect(credential.authenticate).toEqual({
			type: 'generic',
			properties: { headers: { Authorization: '=Bearer {{$credentials.apiToken}}' } },
		});
	});

	it('tests the token with GET / on the region of the credential', () => {
		expect(credential.test.request.url).toBe('/');
		expect(credential.test.request.method).toBe('GET');
		expect(credential.test.rules?.map((rule) => rule.properties)).toEqual([
			expect.objectContaining({ value: 401, message: expect.stringContaining('refused the API token') }),
			expect.objectContaining({ value: 403 }),
		]);
		expect(resolveTestBaseUrl({ region: 'https://api.segmentapis.com' })).toBe('https://api.segmentapis.com');
		expect(resolveTestBaseUrl({ region: 'https://eu1.api.segmentapis.com' })).toBe(
			'https://eu1.api.segmentapis.com',
		);
		expect(resolveTestBaseUrl({ region: 'custom', baseUrl: 'http://127.0.0.1:4010/' })).toBe(
			'http://127.0.0.1:4010',
		);
	});

	it('tests an empty custom Base URL against a host whose name says so, not an invalid URL', () => {
		// .invalid never resolves (RFC 2606): the test fails with "ENOTFOUND the-base-url-field-is-empty.invalid".
		for (const baseUrl of ['', '  ', undefined]) {
			expect(resolveTestBaseUrl({ region: 'custom', baseUrl })).toBe(
				'http://the-base-url-field-is-empty.invalid',
			);
		}
	});

	it('offers US, EU and a custom base URL', () => {
		const region = credential.properties.find((property) => property.name === 'region');
		expect(region?.options?.map((option) => ('value' in option ? option.value : undefined))).toEqual([
			'https://api.segmentapis.com',
			'https://eu1.api.segmentapis.com',
			'custom',
		]);
		const baseUrl = credential.properties.find((property) => property.name === 'baseUrl');
		expect(baseUrl?.displayOptions).toEqual({ show: { region: ['custom'] } });
	});

	it('sends requests of an EU workspace to the EU host', async () => {
		apiWithoutBody('https://eu1.api.segmentapis.com')
			.get('/sources/src1')
			.reply(200, { data: { source: { id: 'src1' } } });

		const items = await runJson(getSource, {
			credentials: { ...US_CREDENTIALS, region: 'https://eu1.api.segmentapis.com' },
		});

		expect(items).toEqual([{ id: 'src1' }]);
	});

	it('sends requests to a custom base URL, without a doubled slash', async () => {
		api('http://127.0.0.1:4010')
			.get('/sources/src1')
			.reply(200, { data: { source: { id: 'src1' } } });

		const items = await runJson(getSource, {
			credentials: { apiToken: TOKEN, region: 'custom', baseUrl: 'http://127.0.0.1:4010/' },
		});

		expect(items).toEqual([{ id: 'src1' }]);
	});
});

describe('the credential test behind a redirecting Base URL', () => {
	it('never sends the token to another origin on a redirect', async () => {
		let authorizationElsewhere: unknown = 'not asked';
		const elsewhere = nock('https://elsewhere.example')
			.get('/')
			.reply(function () {
				authorizationElsewhere = this.req.headers.authorization;
				return [200, { data: { workspace: { id: 'w' } } }];
			});
		nock('https://proxy.example')
			.get('/')
			.reply(307, '', { Location: 'https://elsewhere.example/' });

		await runCredentialTest({ apiToken: TOKEN, region: 'custom', baseUrl: 'https://proxy.example' });

		expect(elsewhere.isDone()).toBe(true);
		expect(authorizationElsewhere).toBeUndefined();
	});

	it('keeps the token on a redirect within the same origin', async () => {
		let authorization: unknown;
		nock('https://proxy.example')
			.get('/')
			.reply(307, '', { Location: '/v1/' })
			.get('/v1/')
			.reply(function () {
				authorization = this.req.headers.authorization;
				return [200, { data: { workspace: { id: 'w' } } }];
			});

		await runCredentialTest({ apiToken: TOKEN, region: 'custom', baseUrl: 'https://proxy.example' });

		expect(authorization).toBe(`Bearer ${TOKEN}`);
	});
});
