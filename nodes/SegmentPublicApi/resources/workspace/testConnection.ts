import {
	NodeOperationError,
	updateDisplayOptions,
	type IDataObject,
	type IExecutePaginationFunctions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { customRouting } from '../../shared/routing';
import { CREDENTIAL_TYPE, redactSecrets, segmentApiRequest } from '../../shared/transport';

/** The query parameter of Segment's echo that each choice of "Simulate Error" sets. */
const SIMULATED_ERRORS: Record<string, string> = {
	clientError: 'triggerError',
	multipleErrors: 'triggerMultipleErrors',
	serverError: 'triggerUnexpectedError',
};

function wholeNumber(
	this: IExecutePaginationFunctions,
	value: unknown,
	field: string,
	min: number,
	max: number,
): number {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
		throw new NodeOperationError(
			this.getNode(),
			`The field "${field}" must be a whole number from ${min} to ${max}`,
			{ description: `Got ${JSON.stringify(value) ?? String(value)}.` },
		);
	}
	return value;
}

export const option: INodePropertyOptions = {
	name: 'Test Connection',
	value: 'testConnection',
	action: 'Test the connection',
	description:
		"Send a message to Segment's echo endpoint and get it back: checks the token and the address, and can simulate delays and errors",
	routing: customRouting('GET', '/echo', async function (policy) {
		const message = String(this.getNodeParameter('message', '') ?? '');
		if (message.trim() === '') {
			throw new NodeOperationError(this.getNode(), 'The field "Message" is empty', {
				description: 'Enter a text for Segment to send back, e.g. ping.',
			});
		}
		const options = this.getNodeParameter('testOptions', {}) as IDataObject;
		const qs: IDataObject = { message };
		if (options.delay !== undefined) {
			qs.delay = wholeNumber.call(this, options.delay, 'Delay (Ms)', 0, 60_000);
		}
		if (options.statusCode !== undefined) {
			qs.statusCode = wholeNumber.call(this, options.statusCode, 'Status Code', 200, 599);
		}
		if (options.simulateError !== undefined) {
			const flag = SIMULATED_ERRORS[String(options.simulateError)];
			if (!flag) {
				throw new NodeOperationError(
					this.getNode(),
					`The field "Simulate Error" has an unknown value: "${String(options.simulateError)}"`,
					{ description: `Choose one of: ${Object.keys(SIMULATED_ERRORS).join(', ')}.` },
				);
			}
			qs[flag] = true;
		}
		const data = await segmentApiRequest.call(this, {
			method: 'GET',
			path: '/echo',
			qs,
			version: 'v1alpha',
			...policy,
		});
		// Segment echoes the request's headers, Authorization included: the token never reaches the output.
		const credentials = await this.getCredentials(CREDENTIAL_TYPE);
		return [{ json: redactSecrets(data, String(credentials.apiToken ?? '')) }];
	}),
};

const properties: INodeProperties[] = [
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		required: true,
		default: 'ping',
		description: 'A text Segment sends back unchanged, to show the request went through',
	},
	{
		displayName: 'Test Options',
		name: 'testOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Delay (Ms)',
				name: 'delay',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 60000 },
				default: 1000,
				description:
					'How long Segment waits before answering, in milliseconds, e.g. to test timeouts',
			},
			{
				displayName: 'Simulate Error',
				name: 'simulateError',
				type: 'options',
				default: 'clientError',
				description:
					'Make Segment answer with an error that carries the message, e.g. to test an error workflow',
				options: [
					{
						name: 'Client Error (4xx)',
						value: 'clientError',
						description: 'One error whose text is the message',
					},
					{
						name: 'Multiple Client Errors (4xx)',
						value: 'multipleErrors',
						description: 'A list of errors that holds the message',
					},
					{
						name: 'Server Error (500)',
						value: 'serverError',
						description: 'An unexpected error; retried as Options > Max Retries says',
					},
				],
			},
			{
				displayName: 'Status Code',
				name: 'statusCode',
				type: 'number',
				typeOptions: { minValue: 200, maxValue: 599 },
				default: 200,
				description:
					'The HTTP status Segment answers with, e.g. 429 to test rate limiting or 503 to test retries',
			},
		],
	},
];

const displayOptions = { show: { resource: ['workspace'], operation: ['testConnection'] } };

export const description = updateDisplayOptions(displayOptions, properties);
