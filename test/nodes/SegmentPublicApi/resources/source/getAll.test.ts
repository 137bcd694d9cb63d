import { runJson } from '../../../../harness/node';
import { apiWithoutBody, page, source } from '../../../../harness/segment';

describe('Source > Get Many', () => {
	it('returns one simplified item per source of the first page under the limit', async () => {
		apiWithoutBody()
			.get('/sources')
			.query({ 'pagination[count]': '2' })
			.reply(200, page('sources', [source(1), source(2)], 'Mg=='));

		const items = await runJson({ resource: 'source', operation: 'getAll', limit: 2 });

		expect(items).toEqual([
			{ id: 'src1', name: 'Source 1', slug: 'source_1', enabled: true, type: 'Javascript', typeId: 'IqDTy1TpoU', labels: ['env:prod'], workspaceId: 'ws1' },
			{ id: 'src2', name: 'Source 2', slug: 'source_2', enabled: true, type: 'Javascript', typeId: 'IqDTy1TpoU', labels: ['env:prod'], workspaceId: 'ws1' },
		]);
	});
});
