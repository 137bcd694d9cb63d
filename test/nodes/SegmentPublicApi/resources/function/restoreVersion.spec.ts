import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';

const ALPHA = 'application/vnd.segment.v1alpha+json';

const version = {
	id: 'ver3',
	author: { id: 'usr1', name: 'Ada', email: 'ada@example.com' },
	code: '// version 1, restored',
	isDeployed: false,
	createdAt: '2026-01-03T00:00:00.000Z',
};

describe('Function > Restore Version', () => {
	it('POSTs the version ID with the v1alpha media type and returns the new current version', async () => {
		apiWithBody(undefined, ALPHA)
			.post('/functions/dfn_1/versions', { versionId: 'ver1' })
			.reply(200, { data: { version } });

		const items = await runJson({
			resource: 'function',
			operation: 'restoreVersion',
			functionId: { __rl: true, mode: 'id', value: 'dfn_1' },
			versionId: 'ver1',
		});

		expect(items).toEqual([version]);
	});
});
