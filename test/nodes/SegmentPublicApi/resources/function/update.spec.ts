import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const updated = {
	id: 'dfn_1',
	workspaceId: 'ws1',
	resourceType: 'DESTINATION',
	displayName: 'Renamed',
	description: 'New description',
	code: 'async function onTrack() {}',
	createdAt: '2026-01-05T10:00:00.000Z',
	deployedAt: '2026-01-06T10:00:00.000Z',
	settings: [],
};

const target = { resource: 'function', operation: 'update', functionId: byId('dfn_1') };

describe('Function > Update', () => {
	it('PATCHes the fields given and no settings while Settings Input keeps the current ones', async () => {
		apiWithBody()
			.patch('/functions/dfn_1', {
				code: 'async function onTrack() {}',
				description: 'New description',
				displayName: 'Renamed',
				logoUrl: 'https://example.com/new.png',
			})
			.reply(200, { data: { function: updated } });

		const items = await runJson({
			...target,
			settingsInput: 'unchanged',
			updateFields: {
				code: 'async function onTrack() {}',
				description: 'New description',
				displayName: 'Renamed',
				logoUrl: 'https://example.com/new.png',
			},
		});

		expect(items).toEqual([updated]);
	});

	it('keeps the current settings by default', async () => {
		apiWithBody()
			.patch('/functions/dfn_1', { displayName: 'Renamed' })
			.reply(200, { data: { function: updated } });

		expect(await runJson({ ...target, updateFields: { displayName: 'Renamed' } })).toEqual([updated]);
	});

	it('replaces the settings with those entered as fields', async () => {
		apiWithBody()
			.patch('/functions/dfn_1', {
				settings: [{ name: 'token', label: 'Token', description: '', type: 'STRING', required: true, sensitive: true }],
			})
			.reply(200, { data: { function: updated } });

		const items = await runJson({
			...target,
			settingsInput: 'fields',
			functionSettings: { setting: [{ name: 'token', label: 'Token', required: true, sensitive: true }] },
		});

		expect(items).toEqual([updated]);
	});

	it('removes every setting with an empty fields list', async () => {
		apiWithBody()
			.patch('/functions/dfn_1', { settings: [] })
			.reply(200, { data: { function: updated } });

		expect(await runJson({ ...target, settingsInput: 'fields', functionSettings: {} })).toEqual([updated]);
	});

	it('replaces the settings with a JSON array, alongside other fields', async () => {
		const settings = [{ name: 'flag', label: 'Flag', type: 'BOOLEAN', required: false, sensitive: false, description: '' }];
		apiWithBody()
			.patch('/functions/dfn_1', { code: 'x', settings })
			.reply(200, { data: { function: updated } });

		const items = await runJson({
			...target,
			updateFields: { code: 'x' },
			settingsInput: 'json',
			settingsJson: JSON.stringify(settings),
		});

		expect(items).toEqual([updated]);
	});

	it('refuses invalid Settings (JSON) without sending a request', async () => {
		const sent = await capture(
			() =>
				expect(runNode({ ...target, settingsInput: 'json', settingsJson: 'not json' })).rejects.toThrow(
					/The field "Settings \(JSON\)" is not valid JSON/,
				),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});

	it('refuses an update with nothing set before sending any request, naming the fields to set', async () => {
		const sent = await capture(
			() =>
				expect(runNode({ ...target, updateFields: {} })).rejects.toMatchObject({
					message: 'Set at least one of "Code", "Description", "Display Name", "Logo URL" in "Update Fields", or set "Settings Input"',
				}),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});
});
