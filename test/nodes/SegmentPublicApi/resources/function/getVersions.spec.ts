import { runJson } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';

const ALPHA = 'application/vnd.segment.v1alpha+json';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

function version(n: number) {
	return {
		id: `ver${n}`,
		author: { id: 'usr1', name: 'Ada', email: 'ada@example.com' },
		code: `// version ${n}`,
		isDeployed: n === 1,
		createdAt: `2026-01-0${n}T00:00:00.000Z`,
	};
}

const list = { resource: 'function', operation: 'getVersions', functionId: byId('dfn_1') };

describe('Function > Get Versions', () => {
	it('lists versions up to the Limit with the v1alpha media type, unchanged', async () => {
		apiWithoutBody(undefined, ALPHA)
			.get('/functions/dfn_1/versions')
			.query({ 'pagination[count]': '2' })
			.reply(200, page('versions', [version(1), version(2)], 'Mg=='));

		expect(await runJson({ ...list, limit: 2 })).toEqual([version(1), version(2)]);
	});

	it('follows the cursor with pages of 1000 on Return All', async () => {
		apiWithoutBody(undefined, ALPHA)
			.get('/functions/dfn_1/versions')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('versions', [version(1)], 'Mg=='))
			.get('/functions/dfn_1/versions')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('versions', [version(2), version(3)], null, 'Mg=='));

		expect(await runJson({ ...list, returnAll: true })).toEqual([version(1), version(2), version(3)]);
	});
});
