import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { settings } from './fixtures';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
describe('Source > Get Schema Settings', () => {
	it('gets the settings with the source ID, the ID URL-encoded', async () => {
		apiWithoutBody()
			.get('/sources/src%2F1/settings')
			.reply(200, { data: { sourceId: 'src/1', settings } });

		expect(
			await runJson({
				resource: 'source',
				operation: 'getSchemaSettings',
				sourceId: byId('src/1'),
			}),
		).toEqual([{ sourceId: 'src/1', settings }]);
	});
});
