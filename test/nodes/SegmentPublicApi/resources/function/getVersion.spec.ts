import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';

const ALPHA = 'application/vnd.segment.v1alpha+json';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const version = {
	id: 'ver2',
	author: { id: 'usr1', name: 'Ada', email: 'ada@example.com' },
	code: '// version 2',
	isDeployed: false,
	createdAt: '2026-01-02T00:00:00.000Z',
	updatedAt: '2026-01-02T00:00:00.000Z',
};

describe('Function > Get Version', () => {
	it('gets one version with the v1alpha media type', async () => {
		apiWithoutBody(undefined, ALPHA).get('/functions/dfn_1/versions/ver2').reply(200, { data: { version } });

		const items = await runJson({
			resource: 'function',
			operation: 'getVersion',
			functionId: byId('dfn_1'),
			versionId: 'ver2',
		});

		expect(items).toEqual([version]);
	});

	it('refuses a dot-dot Version ID without sending a request', async () => {
		const sent = await capture(
			() =>
				expect(
					runNode({ resource: 'function', operation: 'getVersion', functionId: byId('dfn_1'), versionId: '..' }),
				).rejects.toThrow(/The field "Version ID" is not a valid ID/),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});
});
