/* eslint-disable @n8n/community-nodes/no-restricted-globals -- dev-only code: it never ships in dist/ */
import {
	DirectoryLoader,
	ExecuteContext,
	LoadOptionsContext,
	PollContext,
	RoutingNode,
} from 'n8n-core';
import {
	createRunExecutionData,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialsHelper,
	type IDataObject,
	type IHttpRequestOptions,
	type INode,
	type INodeExecutionData,
	type INodeListSearchResult,
	type INodeParameters,
	type INodePropertyOptions,
	type INodeType,
	type INodeTypes,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { observe } from './secrecy';
import { SegmentPublicApi as SegmentPublicApiCredential } from '../../credentials/SegmentPublicApi.credentials';
import { SegmentPublicApi } from '../../nodes/SegmentPublicApi/SegmentPublicApi.node';
import { SegmentPublicApiTrigger } from '../../nodes/SegmentPublicApiTrigger/SegmentPublicApiTrigger.node';

// eslint-disable-next-line @n8n/community-nodes/no-hardcoded-secrets -- a fake token the tests search for
export const TOKEN = 'sgp_TEST_TOKEN_f00dfacecafe';

/** Hands every result and error to the secrecy check (see secrecy.ts) on its way out. */
async function observed<T>(promise: Promise<T>): Promise<T> {
	try {
		return observe(await promise);
	} catch (error) {
		observe(error);
		// eslint-disable-next-line @n8n/community-nodes/require-node-api-error -- hands the node's own error on unchanged
		throw error;
	}
}
export const US = 'https://api.segmentapis.com';
export const V1 = 'application/vnd.segment.v1+json';

export const US_CREDENTIALS: ICredentialDataDecryptedObject = {
	apiToken: TOKEN,
	workspaceSlug: 'acme',
	region: US,
	baseUrl: '',
};

const credentialType = new SegmentPublicApiCredential();

/** Applies the credential's declared `authenticate`, as the n8n server does (n8n-core does not). */
function authenticate(
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): IHttpRequestOptions {
	const headers = { ...(requestOptions.headers ?? {}) };
	for (const [name, template] of Object.entries(
		credentialType.authenticate.properties.headers ?? {},
	)) {
		headers[name] = String(template)
			.replace(/^=/, '')
			.replace(/\{\{\s*\$credentials\.(\w+)\s*\}\}/g, (_, key: string) => String(credentials[key]));
	}
	return { ...requestOptions, headers };
}

function credentialsHelper(
	credentials: ICredentialDataDecryptedObject,
	sentOptions?: IHttpRequestOptions[],
): ICredentialsHelper {
	return {
		getParentTypes: () => [],
		isCredentialUsableByNode: () => true,
		authenticate: async (
			creds: ICredentialDataDecryptedObject,
			_type: string,
			options: IHttpRequestOptions,
		) => {
			sentOptions?.push({ ...options });
			return authenticate(creds, options);
		},
		preAuthentication: async () => undefined,
		runPreAuthentication: async () => undefined,
		getCredentials: async () => {
			throw new Error('not used');
		},
		getDecrypted: async () => ({ ...credentials }),
		updateCredentials: async () => undefined,
		updateCredentialsOauthTokenData: async () => undefined,
		getCredentialsProperties: () => credentialType.properties,
	} as unknown as ICredentialsHelper;
}

export function additionalData(
	credentials: ICredentialDataDecryptedObject,
	sentOptions?: IHttpRequestOptions[],
): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper: credentialsHelper(credentials, sentOptions),
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		variables: {},
		executionId: 'test-execution',
		userId: 'test-user',
		currentNodeParameters: undefined,
		executionTimeoutTimestamp: undefined,
	} as unknown as IWorkflowExecuteAdditionalData;
}

export function workflowFor(nodeType: INodeType, type: string, parameters: INodeParameters) {
	const nodeTypes: INodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	const node: INode = {
		id: 'b1f3c4d5-0000-4000-8000-000000000001',
		name: 'Segment Public API',
		type,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { segmentPublicApi: { id: 'cred-1', name: 'Segment account' } },
	};
	const workflow = new Workflow({
		id: 'test-workflow',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes,
	});
	return { workflow, node: workflow.getNode(node.name) as INode };
}

const nodeType = new SegmentPublicApi();
// n8n adds its Request Options (batching, timeout, proxy) to declarative nodes when it loads them.
DirectoryLoader.applyDeclarativeNodeOptionParameters(nodeType);
const NODE_TYPE = 'n8n-nodes-segment-public-api.segmentPublicApi';

export interface RunOptions {
	credentials?: ICredentialDataDecryptedObject;
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
	/** The execution's cancel signal, as n8n passes it when a run is stopped. */
	abortSignal?: AbortSignal;
	/** Receives a copy of each request's options as n8n's credential helper sees them. */
	sentOptions?: IHttpRequestOptions[];
}

/**
 * Which runner executes the node: `custom` (its customOperations, which n8n prefers, the default)
 * or `routing-node` (n8n-core's generic RoutingNode). SEGMENT_RUNNER=routing-node runs the whole
 * suite through RoutingNode (npm run test:routing-node).
 */
export type Runner = 'custom' | 'routing-node';
export const RUNNER: Runner =
	process.env.SEGMENT_RUNNER === 'routing-node' ? 'routing-node' : 'custom';

/** Runs the node as n8n's WorkflowExecute does (see `Runner`); returns its output items. */
export async function runNode(
	parameters: INodeParameters,
	options: RunOptions = {},
	runner: Runner = RUNNER,
) {
	const { workflow, node } = workflowFor(nodeType, NODE_TYPE, parameters);
	if (options.continueOnFail) node.continueOnFail = true;
	const items = options.items ?? [{ json: {} }];
	const inputData = { main: [items] };
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData(options.credentials ?? US_CREDENTIALS, options.sentOptions),
		'manual',
		createRunExecutionData(),
		0,
		items,
		inputData,
		{ node, data: inputData, source: null },
		[],
		options.abortSignal,
	);
	// As WorkflowExecute.getCustomOperation picks it: by the node's resource and operation values.
	const { resource, operation } = node.parameters;
	const customOperation =
		typeof resource === 'string' && typeof operation === 'string'
			? nodeType.customOperations?.[resource]?.[operation]
			: undefined;
	const output = await observed(
		runner === 'custom' && customOperation
			? (customOperation.call(context) as Promise<INodeExecutionData[][]>)
			: new RoutingNode(context, nodeType).runNode(),
	);
	return (output?.[0] ?? []) as INodeExecutionData[];
}

export async function runJson(
	parameters: INodeParameters,
	options: RunOptions = {},
	runner: Runner = RUNNER,
) {
	return (await runNode(parameters, options, runner)).map((item) => item.json as IDataObject);
}

function loadOptionsContext(
	parameters: INodeParameters,
	credentials?: ICredentialDataDecryptedObject,
) {
	const { workflow, node } = workflowFor(nodeType, NODE_TYPE, parameters);
	const data = additionalData(credentials ?? US_CREDENTIALS);
	data.currentNodeParameters = node.parameters;
	return new LoadOptionsContext(workflow, node, data, 'parameters');
}

export async function loadOptions(
	method: keyof SegmentPublicApi['methods']['loadOptions'],
	parameters: INodeParameters = {},
): Promise<INodePropertyOptions[]> {
	const context = loadOptionsContext(parameters);
	return await observed(nodeType.methods.loadOptions[method].call(context));
}

/** Runs a listSearch method as the editor does, with the node's current `parameters`. */
export async function listSearch(
	method: keyof SegmentPublicApi['methods']['listSearch'],
	filter?: string,
	paginationToken?: string,
	parameters: INodeParameters = {},
): Promise<INodeListSearchResult> {
	const context = loadOptionsContext(parameters);
	return await observed(nodeType.methods.listSearch[method].call(context, filter, paginationToken));
}

const triggerType = new SegmentPublicApiTrigger();
const TRIGGER_TYPE = 'n8n-nodes-segment-public-api.segmentPublicApiTrigger';

/** One activated trigger: successive `poll()` calls share the workflow, and so its static data. */
export function activateTrigger(
	parameters: INodeParameters,
	credentials: ICredentialDataDecryptedObject = US_CREDENTIALS,
) {
	const { workflow, node } = workflowFor(triggerType, TRIGGER_TYPE, parameters);
	const data = additionalData(credentials);
	return {
		async poll(mode: 'trigger' | 'manual' = 'trigger') {
			const context = new PollContext(workflow, node, data, mode, 'activate');
			return await observed(triggerType.poll.call(context));
		},
		staticData: () => workflow.getStaticData('node', node) as IDataObject,
		/** Changes the trigger's parameters between polls, as editing an active workflow does. */
		setParameters: (next: INodeParameters) => {
			node.parameters = { ...node.parameters, ...next };
		},
	};
}

/**
 * Runs the credential's test request as n8n's CredentialsTester does: through RoutingNode, as the
 * routing of a one-property node, with the decrypted credential handed over.
 */
export async function runCredentialTest(credentials: ICredentialDataDecryptedObject) {
	const testNodeType: INodeType = {
		description: {
			...nodeType.description,
			credentials: [{ name: 'segmentPublicApi', required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					routing: { request: credentialType.test.request },
					default: '',
				},
			],
		},
	};
	const { workflow, node } = workflowFor(testNodeType, NODE_TYPE, {});
	const items = [{ json: {} }];
	const inputData = { main: [items] };
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData(credentials),
		'internal',
		createRunExecutionData(),
		0,
		[],
		inputData,
		{ node, data: {}, source: null },
		[],
	);
	const decrypted = { id: 'cred-1', name: 'Segment account', type: 'segmentPublicApi', data: credentials };
	return await observed(new RoutingNode(context, testNodeType, decrypted).runNode());
}
