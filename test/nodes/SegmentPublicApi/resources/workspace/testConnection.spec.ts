import nock from 'nock';
import type { INodeParameters } from 'n8n-workflow';
import { runJson, runNode, TOKEN } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';

const V1ALPHA = 'application/vnd.segment.v1alpha+json';

const echo = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'workspace',
	operation: 'testConnection',
	message: 'ping',
	...overrides,
});

describe('Workspace > Test Connection', () => {
	it('GETs /echo with the message and the v1alpha media type, hiding the echoed token', async () => {
		apiWithoutBody(undefined, V1ALPHA)
			.get('/echo')
			.query(exactQuery({ message: 'hello n8n' }))
			.reply(200, {
				data: {
					method: 'get',
					message: 'hello n8n',
					headers: {
						Authorization: [`Bearer ${TOKEN}`],
						Accept: [V1ALPHA],
						'X-Forwarded-Token': TOKEN,
					},
				},
			});

		const items = await runJson(echo({ message: 'hello n8n' }));

		expect(items).toEqual([
			{
				method: 'get',
				message: 'hello n8n',
				headers: {
					Authorization: '[redacted]',
					Accept: [V1ALPHA],
					'X-Forwarded-Token': '[redacted]',
				},
			},
		]);
		expect(JSON.stringify(items)).not.toContain(TOKEN);
	});

	it('sends the delay and status code of Test Options', async () => {
		apiWithoutBody(undefined, V1ALPHA)
			.get('/echo')
			.query(exactQuery({ message: 'ping', delay: '250', statusCode: '201' }))
			.reply(201, { data: { method: 'get', message: 'ping', headers: {} } });

		const items = await runJson(echo({ testOptions: { delay: 250, statusCode: 201 } }));

		expect(items).toEqual([{ method: 'get', message: 'ping', headers: {} }]);
	});

	it.each([
		['clientError', 'triggerError'],
		['multipleErrors', 'triggerMultipleErrors'],
	])("simulates %s with %s and fails with Segment's message", async (choice, flag) => {
		apiWithoutBody(undefined, V1ALPHA)
			.get('/echo')
			.query(exactQuery({ message: 'boom', [flag]: 'true' }))
			.reply(400, { errors: [{ type: 'echo', message: 'boom' }] });

		await expect(
			runNode(echo({ message: 'boom', testOptions: { simulateError: choice } })),
		).rejects.toThrow('boom');
	});

	it('retries a simulated server error as Max Retries says, then fails', async () => {
		apiWithoutBody(undefined, V1ALPHA)
			.get('/echo')
			.query(exactQuery({ message: 'ping', triggerUnexpectedError: 'true' }))
			.times(2)
			.reply(500, { errors: [{ type: 'server', message: 'Internal server error' }] });

		await expect(
			runNode(echo({ testOptions: { simulateError: 'serverError' }, options: { maxRetries: 1 } })),
		).rejects.toThrow('Internal server error');
	});

	it.each<[string, INodeParameters, string]>([
		['an empty Message', { message: '  ' }, 'The field "Message" is empty'],
		[
			'a negative Delay',
			{ testOptions: { delay: -1 } },
			'The field "Delay (Ms)" must be a whole number from 0 to 60000',
		],
		[
			'a Status Code below 200',
			{ testOptions: { statusCode: 99 } },
			'The field "Status Code" must be a whole number from 200 to 599',
		],
		[
			'an unknown Simulate Error',
			{ testOptions: { simulateError: 'meltdown' } },
			'The field "Simulate Error" has an unknown value: "meltdown"',
		],
	])('refuses %s before sending', async (_, overrides, message) => {
		await expect(runNode(echo(overrides))).rejects.toThrow(message);
		expect(nock.pendingMocks()).toEqual([]);
	});
});
