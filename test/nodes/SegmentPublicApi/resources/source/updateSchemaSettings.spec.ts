import nock from 'nock';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';
import { settings } from './fixtures';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
describe('Source > Update Schema Settings', () => {
	it('sends only the settings given, each JSON field parsed', async () => {
		apiWithBody()
			.patch('/sources/src1/settings', {
				track: { allowUnplannedEvents: false },
				forwardingBlockedEventsTo: 'src2',
			})
			.reply(200, { data: { sourceId: 'src1', settings } });

		const items = await runJson({
			resource: 'source',
			operation: 'updateSchemaSettings',
			sourceId: byId('src1'),
			updateFields: {
				track: '{"allowUnplannedEvents": false}',
				forwardingBlockedEventsTo: 'src2',
			},
		});

		expect(items).toEqual([{ sourceId: 'src1', settings }]);
	});

	it('refuses settings that are not a JSON object before sending, naming the field', async () => {
		await expect(
			runNode({
				resource: 'source',
				operation: 'updateSchemaSettings',
				sourceId: byId('src1'),
				updateFields: { identify: '[1, 2]' },
			}),
		).rejects.toThrow('Identify Settings');
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('refuses an update with nothing set before sending any request, naming the fields to set', async () => {
		const sent = await capture(
			() =>
				expect(
					runNode({
						resource: 'source',
						operation: 'updateSchemaSettings',
						sourceId: byId('src1'),
						updateFields: {},
					}),
				).rejects.toMatchObject({
					message:
						'Set at least one of "Forward Blocked Events To", "Forward Violations To", "Group Settings", "Identify Settings", "Track Settings" in "Update Fields"',
				}),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});
});
