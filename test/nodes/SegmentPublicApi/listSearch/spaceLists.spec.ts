import type { INodeParameters } from 'n8n-workflow';
import { listSearch } from '../../../harness/node';
import { apiWithoutBody, page } from '../../../harness/segment';

const ALPHA = 'application/vnd.segment.v1alpha+json';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const fromList = (value: string) => ({ __rl: true, mode: 'list', value });

/** An operation of each resource that shows the space and the ID picked below it. */
const OPERATION: Record<string, string> = {
	audience: 'get',
	activation: 'getActivation',
	computedTrait: 'get',
	profilesWarehouse: 'delete',
};

/** The editor's current parameters of an operation of `resource` with `spaceId` chosen as given. */
const inSpace = (resource: string, spaceId: unknown): INodeParameters => ({
	resource,
	operation: OPERATION[resource],
	...(spaceId === undefined ? {} : { spaceId: spaceId as INodeParameters[string] }),
});

describe('listSearch below the chosen space', () => {
	it('lists the audiences of the space in the current parameters, in pages of 200 (v1alpha)', async () => {
		apiWithoutBody(undefined, ALPHA)
			.get('/spaces/spa1/audiences')
			.query({ 'pagination[count]': '200' })
			.reply(
				200,
				page(
					'audiences',
					[
						{ id: 'aud1', name: 'Churn Risk' },
						{ id: 'aud2', name: '' },
					],
					'Mg==',
				),
			);

		expect(
			await listSearch('searchAudiences', undefined, undefined, inSpace('audience', byId('spa1'))),
		).toEqual({
			results: [
				{ name: 'Churn Risk', value: 'aud1' },
				{ name: 'aud2', value: 'aud2' },
			],
			paginationToken: '0:Mg==',
		});
	});

	it('continues the audiences of the space from the token it gave', async () => {
		apiWithoutBody(undefined, ALPHA)
			.get('/spaces/spa1/audiences')
			.query({ 'pagination[count]': '200', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('audiences', [{ id: 'aud3', name: 'VIP' }]));

		expect(
			await listSearch('searchAudiences', undefined, '0:Mg==', inSpace('activation', byId('spa1'))),
		).toEqual({ results: [{ name: 'VIP', value: 'aud3' }], paginationToken: undefined });
	});

	it('filters the audiences by name, case-insensitively, or by exact ID', async () => {
		apiWithoutBody(undefined, ALPHA)
			.get('/spaces/spa1/audiences')
			.query({ 'pagination[count]': '200' })
			.times(2)
			.reply(
				200,
				page('audiences', [
					{ id: 'aud1', name: 'Churn Risk' },
					{ id: 'aud2', name: 'High churn' },
					{ id: 'aud3', name: 'VIP' },
				]),
			);
		const parameters = inSpace('audience', fromList('spa1'));

		expect((await listSearch('searchAudiences', 'CHURN', undefined, parameters)).results).toEqual([
			{ name: 'Churn Risk', value: 'aud1' },
			{ name: 'High churn', value: 'aud2' },
		]);
		expect((await listSearch('searchAudiences', 'aud3', undefined, parameters)).results).toEqual([
			{ name: 'VIP', value: 'aud3' },
		]);
	});

	it('encodes the space ID into the path', async () => {
		apiWithoutBody(undefined, ALPHA)
			.get('/spaces/spa%2F1%20x/computed-traits')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('computedTraits', []));

		expect(
			await listSearch(
				'searchComputedTraits',
				undefined,
				undefined,
				inSpace('computedTrait', byId(' spa/1 x ')),
			),
		).toEqual({ results: [], paginationToken: undefined });
	});

	it('lists the computed traits of the space by name', async () => {
		apiWithoutBody(undefined, ALPHA)
			.get('/spaces/spa1/computed-traits')
			.query({ 'pagination[count]': '1000' })
			.reply(
				200,
				page('computedTraits', [
					{ id: 'ais_1', name: 'Orders (30 days)' },
					{ id: 'ais_2', name: 'Last seen' },
				]),
			);

		expect(
			await listSearch(
				'searchComputedTraits',
				'orders',
				undefined,
				inSpace('computedTrait', byId('spa1')),
			),
		).toEqual({
			results: [{ name: 'Orders (30 days)', value: 'ais_1' }],
			paginationToken: undefined,
		});
	});

	it('lists the Profiles Sync warehouses of the space by their settings name and type, or ID', async () => {
		apiWithoutBody(undefined, ALPHA)
			.get('/spaces/spa1/profiles-warehouses')
			.query({ 'pagination[count]': '1000' })
			.reply(
				200,
				page('profilesWarehouses', [
					{
						id: 'pw1',
						settings: { name: 'Profiles BigQuery' },
						metadata: { id: 'm', name: 'BigQuery' },
					},
					{ id: 'pw2', settings: {}, metadata: { id: 'm', name: 'Snowflake' } },
					{ id: 'pw3' },
				]),
			);

		expect(
			await listSearch(
				'searchProfilesWarehouses',
				undefined,
				undefined,
				inSpace('profilesWarehouse', byId('spa1')),
			),
		).toEqual({
			results: [
				{ name: 'Profiles BigQuery (BigQuery)', value: 'pw1' },
				{ name: 'pw2 (Snowflake)', value: 'pw2' },
				{ name: 'pw3', value: 'pw3' },
			],
			paginationToken: undefined,
		});
	});

	it('looks up a space given by its app URL, which holds the slug', async () => {
		apiWithoutBody(undefined, ALPHA)
			.get('/spaces')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('spaces', [{ id: 'spa9', slug: 'production', name: 'Production' }]))
			.get('/spaces/spa9/audiences')
			.query({ 'pagination[count]': '200' })
			.reply(200, page('audiences', [{ id: 'aud1', name: 'Churn Risk' }]));

		const url = 'https://app.segment.com/acme/engage/spaces/production/overview';
		expect(
			await listSearch('searchAudiences', undefined, undefined, {
				...inSpace('audience', { __rl: true, mode: 'url', value: url }),
			}),
		).toEqual({ results: [{ name: 'Churn Risk', value: 'aud1' }], paginationToken: undefined });
	});

	it('says so when no space has the slug of the URL', async () => {
		apiWithoutBody(undefined, ALPHA)
			.get('/spaces')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('spaces', [{ id: 'spa9', slug: 'production', name: 'Production' }]));

		const url = 'https://app.segment.com/acme/engage/spaces/staging/overview';
		await expect(
			listSearch('searchAudiences', undefined, undefined, {
				...inSpace('audience', { __rl: true, mode: 'url', value: url }),
			}),
		).rejects.toThrow('No space with the slug "staging" exists in this workspace');
	});

	it.each([
		['no space field', undefined],
		['an empty space (the default)', { __rl: true, mode: 'list', value: '' }],
		['a blank space ID', byId('  ')],
		['an expression the editor could not resolve', byId('={{ $json.spaceId }}')],
		['an empty URL', { __rl: true, mode: 'url', value: '' }],
	])('lists nothing, sending no request, while the space is not chosen: %s', async (_, spaceId) => {
		for (const [method, resource] of [
			['searchAudiences', 'audience'],
			['searchAudiences', 'activation'],
			['searchComputedTraits', 'computedTrait'],
			['searchProfilesWarehouses', 'profilesWarehouse'],
		] as const) {
			expect(await listSearch(method, undefined, undefined, inSpace(resource, spaceId))).toEqual({
				results: [],
			});
			expect(await listSearch(method, 'churn', undefined, inSpace(resource, spaceId))).toEqual({
				results: [],
			});
		}
	});
});

describe('listSearch of warehouse credentials', () => {
	it('lists the workspace credentials by name, in pages of 1,000 (v1)', async () => {
		apiWithoutBody()
			.get('/credentials')
			.query({ 'pagination[count]': '1000' })
			.reply(
				200,
				page(
					'credentials',
					[
						{ id: 'cred1', name: 'Snowflake loader' },
						{ id: 'cred2', name: '' },
					],
					'Mg==',
				),
			);

		expect(await listSearch('searchWarehouseCredentials')).toEqual({
			results: [
				{ name: 'Snowflake loader', value: 'cred1' },
				{ name: 'cred2', value: 'cred2' },
			],
			paginationToken: '0:Mg==',
		});
	});

	it('filters the credentials by name', async () => {
		apiWithoutBody()
			.get('/credentials')
			.query({ 'pagination[count]': '1000' })
			.reply(
				200,
				page('credentials', [
					{ id: 'cred1', name: 'Snowflake loader' },
					{ id: 'cred2', name: 'BigQuery' },
				]),
			);

		expect((await listSearch('searchWarehouseCredentials', 'snow')).results).toEqual([
			{ name: 'Snowflake loader', value: 'cred1' },
		]);
	});
});
