import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';

const CODE = 'async function onRequest(request, settings) {\n  return request.json();\n}\n';

const created = {
	id: 'dfn_1',
	workspaceId: 'ws1',
	resourceType: 'SOURCE',
	displayName: 'Webhook Parser',
	description: 'Parses webhooks',
	logoUrl: 'https://example.com/logo.png',
	code: CODE,
	createdAt: '2026-01-05T10:00:00.000Z',
	createdBy: 'usr1',
	deployedAt: '2026-01-05T10:00:00.000Z',
	settings: [],
	previewWebhookUrl: 'https://fn.segmentapis.com/preview',
	catalogId: 'cat1',
};

const base = {
	resource: 'function',
	operation: 'create',
	resourceType: 'SOURCE',
	displayName: 'Webhook Parser',
	code: CODE,
};

async function expectRefusedWithoutRequest(parameters: Record<string, unknown>, message: RegExp) {
	const sent = await capture(
		() => expect(runNode(parameters as never)).rejects.toThrow(message),
		always({ data: {} }),
	);
	expect(sent).toEqual([]);
}

describe('Function > Create', () => {
	it('sends the settings entered as fields, filling the defaults of each setting, and returns the function', async () => {
		apiWithBody()
			.post('/functions', {
				resourceType: 'DESTINATION',
				displayName: 'Webhook Parser',
				code: CODE,
				settings: [
					{ name: 'apiKey', label: 'API Key', description: 'The key', type: 'STRING', required: true, sensitive: true },
					{ name: 'flags', label: '', description: '', type: 'ARRAY', required: false, sensitive: false },
				],
				description: 'Parses webhooks',
				logoUrl: 'https://example.com/logo.png',
			})
			.reply(200, { data: { function: created } });

		const items = await runJson({
			...base,
			resourceType: 'DESTINATION',
			settingsInput: 'fields',
			functionSettings: {
				setting: [
					{ name: 'apiKey', label: 'API Key', description: 'The key', type: 'STRING', required: true, sensitive: true },
					{ name: 'flags', type: 'ARRAY' },
				],
			},
			additionalFields: { description: 'Parses webhooks', logoUrl: 'https://example.com/logo.png' },
		});

		expect(items).toEqual([created]);
	});

	it('sends the settings given as a JSON array unchanged', async () => {
		const settings = [
			{ name: 'apiKey', label: 'API Key', type: 'STRING', required: true, sensitive: true, description: '' },
			{ name: 'mapping', label: 'Mapping', type: 'TEXT_MAP', required: false, sensitive: false, description: 'm' },
		];
		apiWithBody()
			.post('/functions', { resourceType: 'SOURCE', displayName: 'Webhook Parser', code: CODE, settings })
			.reply(200, { data: { function: created } });

		const items = await runJson({ ...base, settingsInput: 'json', settingsJson: JSON.stringify(settings) });

		expect(items).toEqual([created]);
	});

	it('sends an empty settings list when no setting is entered', async () => {
		apiWithBody()
			.post('/functions', { resourceType: 'SOURCE', displayName: 'Webhook Parser', code: CODE, settings: [] })
			.reply(200, { data: { function: created } });

		expect(await runJson(base)).toEqual([created]);
	});

	it.each([
		['invalid JSON', '[{"name": ', /The field "Settings \(JSON\)" is not valid JSON/],
		['a JSON object', '{"name": "apiKey"}', /The field "Settings \(JSON\)" must be a JSON array of settings/],
		['an array of non-objects', '["apiKey"]', /The field "Settings \(JSON\)" must be a JSON array of settings/],
	])('refuses %s in Settings (JSON) without sending a request', async (_, settingsJson, message) => {
		await expectRefusedWithoutRequest({ ...base, settingsInput: 'json', settingsJson }, message);
	});
});
