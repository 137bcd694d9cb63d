import { runJson } from '../../../../harness/node';
import { apiWithoutBody, source } from '../../../../harness/segment';
import { V1ALPHA } from './fixtures';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Source > Create Write Key', () => {
	it('POSTs without a body, with the v1alpha media type, and returns the source with its write keys', async () => {
		const updated = source(1, { writeKeys: ['old-key', 'new-key'] });
		apiWithoutBody(undefined, V1ALPHA)
			.post('/sources/src%201/writekey')
			.reply(200, { data: { source: updated } });

		const items = await runJson({
			resource: 'source',
			operation: 'createWriteKey',
			sourceId: byId('src 1'),
		});

		expect(items).toEqual([updated]);
	});
});
