import type { IDataObject } from 'n8n-workflow';
import { MASK } from '../../../../../sandbox/server';
import { runJson, runNode } from '../../../../harness/node';
import { useSandbox } from '../../../../harness/sandbox';
import { byId } from './fixtures';

describe('Insert Function Instance (sandbox over real HTTP)', () => {
	const { sandbox, credentials } = useSandbox();
	let functionId: string;
	const run = async (parameters: IDataObject) =>
		await runJson(
			{ resource: 'insertFunctionInstance', ...parameters },
			{ credentials: credentials() },
		);

	beforeAll(async () => {
		// The seed has no insert function: create one, as the Function resource would.
		const response = await fetch(`${sandbox().url}/functions`, {
			method: 'POST',
			headers: {
				Authorization: `Bearer ${sandbox().token}`,
				Accept: 'application/vnd.segment.v1+json',
				'Content-Type': 'application/json',
			},
			body: JSON.stringify({
				code: 'async function onTrack(event) { return event; }',
				displayName: 'Enrich Orders',
				resourceType: 'INSERT_DESTINATION',
				settings: [
					{
						name: 'region',
						label: 'Region',
						description: '',
						type: 'STRING',
						required: true,
						sensitive: false,
					},
					{
						name: 'apiKey',
						label: 'API Key',
						description: '',
						type: 'STRING',
						required: false,
						sensitive: true,
					},
				],
			}),
		});
		functionId = ((await response.json()) as { data: { function: { id: string } } }).data.function
			.id;
	});

	it('creates, lists, updates and deletes an instance of an insert destination function', async () => {
		const destination = [...(sandbox().state.destinations as Map<string, IDataObject>).values()][0];
		const [created] = await run({
			operation: 'create',
			functionId: byId(functionId),
			destinationId: byId(String(destination.id)),
			name: 'Enrich orders',
			settings: '{"region": "eu", "apiKey": "secret-1"}',
		});
		expect(created).toMatchObject({
			name: 'Enrich orders',
			integrationId: destination.id,
			classId: functionId.replace(/^ifnd_/, ''),
			enabled: true,
			settings: { region: 'eu' },
			encryptedSettings: { apiKey: MASK },
		});

		const listed = await run({
			operation: 'getAll',
			functionId: byId(functionId),
			returnAll: true,
		});
		expect(listed).toEqual([created]);

		const [updated] = await run({
			operation: 'update',
			instanceId: created.id,
			settings: '{"region": "us"}',
			updateFields: { enabled: false },
		});
		expect(updated).toMatchObject({ id: created.id, enabled: false, settings: { region: 'us' } });

		expect(await run({ operation: 'delete', instanceId: created.id })).toEqual([
			{ status: 'SUCCESS' },
		]);
		await expect(
			runNode(
				{ resource: 'insertFunctionInstance', operation: 'get', instanceId: String(created.id) },
				{ credentials: credentials() },
			),
		).rejects.toThrow(/not found/i);
	});

	it("names Segment's error when a required setting is missing", async () => {
		const destination = [...(sandbox().state.destinations as Map<string, IDataObject>).values()][0];
		await expect(
			runNode(
				{
					resource: 'insertFunctionInstance',
					operation: 'create',
					functionId: byId(functionId),
					destinationId: byId(String(destination.id)),
					name: 'Missing region',
					settings: '{}',
				},
				{ credentials: credentials() },
			),
		).rejects.toThrow(/settings\.region/);
	});
});
