import { HookContext, WebhookContext } from 'n8n-core';
import {
	Workflow,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type INode,
	type INodeParameters,
	type INodeTypes,
	type IWebhookData,
	type IWebhookResponseData,
} from 'n8n-workflow';
import { SegmentEventTrigger } from '../../nodes/SegmentEventTrigger/SegmentEventTrigger.node';
import { additionalData, US_CREDENTIALS } from './node';
import { observe } from './secrecy';

export const EVENT_TRIGGER_TYPE = 'n8n-nodes-segment-public-api.segmentEventTrigger';
const triggerType = new SegmentEventTrigger();

/** A fake express response: what the webhook answered, when it answered itself. */
export interface FakeResponse {
	statusCode?: number;
	body?: unknown;
	status(code: number): FakeResponse;
	json(body: unknown): FakeResponse;
	send(body: unknown): FakeResponse;
	end(): FakeResponse;
}

function fakeResponse(): FakeResponse {
	const response: FakeResponse = {
		status(code) {
			response.statusCode = code;
			return response;
		},
		json(body) {
			response.body = body;
			return response;
		},
		send(body) {
			response.body = body;
			return response;
		},
		end() {
			return response;
		},
	};
	return response;
}

async function observed<T>(promise: Promise<T>): Promise<T> {
	try {
		return observe(await promise);
	} catch (error) {
		observe(error);
		// eslint-disable-next-line @n8n/community-nodes/require-node-api-error -- hands the node's own error on unchanged
		throw error;
	}
}

/**
 * One Segment Event Trigger in a saved workflow, as n8n runs it: its webhook lifecycle
 * (checkExists / create / delete, in production or test mode) and its webhook, which share the
 * workflow's static data.
 */
export function eventTrigger(
	parameters: INodeParameters,
	credentials: ICredentialDataDecryptedObject = US_CREDENTIALS,
	workflowName = 'Order alerts',
) {
	const nodeTypes = {
		getByName: () => triggerType,
		getByNameAndVersion: () => triggerType,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	const node: INode = {
		id: 'e1f3c4d5-0000-4000-8000-000000000024',
		name: 'Segment Event Trigger',
		type: EVENT_TRIGGER_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		webhookId: '6b0a3c1e-24a0-4c11-9d24-000000000024',
		credentials: { segmentPublicApi: { id: 'cred-1', name: 'Segment account' } },
	};
	const workflow = new Workflow({
		id: 'wf24',
		name: workflowName,
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes,
	});
	const workflowNode = workflow.getNode(node.name) as INode;
	const data = additionalData(credentials);
	const webhookData = (isTest: boolean): IWebhookData =>
		({
			httpMethod: 'POST',
			node: node.name,
			path: `${node.webhookId}/webhook`,
			webhookDescription: triggerType.description.webhooks![0],
			workflowId: 'wf24',
			workflowExecuteAdditionalData: data,
			isTest,
		}) as IWebhookData;
	const hook = (mode: 'trigger' | 'manual') =>
		new HookContext(workflow, workflowNode, data, mode, 'activate', webhookData(mode === 'manual'));
	const lifecycle = triggerType.webhookMethods.default;
	return {
		workflow,
		node: workflowNode,
		staticData: () => workflow.getStaticData('node', workflowNode) as IDataObject,
		checkExists: async (mode: 'trigger' | 'manual' = 'trigger') =>
			await observed(lifecycle.checkExists.call(hook(mode))),
		create: async (mode: 'trigger' | 'manual' = 'trigger') =>
			await observed(lifecycle.create.call(hook(mode))),
		delete: async (mode: 'trigger' | 'manual' = 'trigger') =>
			await observed(lifecycle.delete.call(hook(mode))),
		/** Activation as n8n does it: create only when checkExists says the webhook is not there. */
		activate: async (mode: 'trigger' | 'manual' = 'trigger') => {
			if (!(await observed(lifecycle.checkExists.call(hook(mode)))))
				await observed(lifecycle.create.call(hook(mode)));
		},
		webhookUrl: (mode: 'trigger' | 'manual' = 'trigger') =>
			hook(mode).getNodeWebhookUrl('default') as string,
		setParameters: (next: INodeParameters) => {
			workflowNode.parameters = { ...workflowNode.parameters, ...next };
		},
		/** A request to the webhook: its raw bytes and headers; the parsed body is what n8n would parse. */
		async receive(
			rawBody: Buffer | string | undefined,
			headers: Record<string, string> = {},
			mode: 'trigger' | 'manual' = 'trigger',
		): Promise<{ result: IWebhookResponseData; response: FakeResponse }> {
			const raw = rawBody === undefined ? undefined : Buffer.from(rawBody);
			let body: unknown = {};
			try {
				body = raw ? JSON.parse(raw.toString('utf8')) : {};
			} catch {
				body = {};
			}
			const request = {
				headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])),
				body,
				rawBody: raw,
				readRawBody: async () => undefined,
				query: {},
				params: {},
			};
			const response = fakeResponse();
			const context = new WebhookContext(
				workflow,
				workflowNode,
				{ ...data, httpRequest: request, httpResponse: response } as never,
				mode,
				webhookData(mode === 'manual'),
				[],
				null,
			);
			const result = await observed(triggerType.webhook.call(context));
			observe(response.body);
			return { result, response };
		},
	};
}
