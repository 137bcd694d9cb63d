import {
	NodeConnectionTypes,
	NodeOperationError,
	updateDisplayOptions,
	type IDataObject,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';
import { listSearch } from '../SegmentPublicApi/listSearch';
import { resourceLocator } from '../SegmentPublicApi/shared/descriptions';
import { buildTrigger, CALL_TYPES, matchesFields, parseEventNames } from './fql';
import {
	deleteDestination,
	destinationIsAsWanted,
	destinationName,
	ensureDestination,
	resolveSourceId,
	type DesiredDestination,
	type ProvisionedState,
} from './provisioning';
import { recentIdsOf } from './recentIds';
import { isValidSignature } from './signature';
import { assertSupportedN8n } from '../SegmentPublicApi/shared/n8nSupport';

assertSupportedN8n();

interface Fields {
	calls: string[];
	eventNames: string[];
	advanced: string;
}

function fieldsOf(this: IHookFunctions | IWebhookFunctions): Fields {
	const chosen = this.getNodeParameter('calls', []) as unknown;
	const calls = (Array.isArray(chosen) ? chosen : [chosen]).map(String).filter(Boolean);
	const unknown = calls.filter((call) => !(CALL_TYPES as readonly string[]).includes(call));
	if (calls.length === 0 || unknown.length > 0) {
		throw new NodeOperationError(
			this.getNode(),
			unknown.length > 0
				? `The field "Calls" has an unknown call: "${unknown.join('", "')}"`
				: 'The field "Calls" is empty',
			{ description: `Choose one or more of: ${CALL_TYPES.join(', ')}.` },
		);
	}
	const eventNames = calls.includes('track')
		? parseEventNames(this.getNodeParameter('eventNames', ''))
		: [];
	const advanced = String(this.getNodeParameter('advancedCondition', '') ?? '');
	return { calls, eventNames, advanced };
}

async function desiredDestination(this: IHookFunctions): Promise<DesiredDestination> {
	const url = this.getNodeWebhookUrl('default');
	if (!url) throw new NodeOperationError(this.getNode(), 'n8n gave no webhook URL for this trigger');
	const { calls, eventNames, advanced } = fieldsOf.call(this);
	const workflow = this.getWorkflow();
	return {
		sourceId: await resolveSourceId.call(this),
		name: destinationName(workflow, this.getMode() === 'manual'),
		url,
		trigger: buildTrigger(calls, eventNames, advanced),
	};
}

function stateOf(context: IHookFunctions | IWebhookFunctions): ProvisionedState {
	return context.getWorkflowStaticData('node') as ProvisionedState;
}

const callsDisplay = { show: { calls: ['track'] } };

export class SegmentEventTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Segment Event Trigger',
		name: 'segmentEventTrigger',
		icon: { light: 'file:segment.svg', dark: 'file:segment.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["calls"].join(", ")}}',
		description:
			'Starts the workflow when a Segment source receives a track, identify, page, screen, group or alias call, through a Webhooks (Actions) destination it creates on that source',
		defaults: { name: 'Segment Event Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'segmentPublicApi', required: true }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				// Segment retries a delivery that is not answered fast: answer before the workflow runs.
				responseMode: 'onReceived',
				path: 'webhook',
			},
		],
		properties: [
			{
				displayName:
					'While this workflow is published (or the editor listens for a test event), the trigger keeps a Webhooks (Actions) destination named "n8n: &lt;workflow name&gt; (&lt;workflow ID&gt;)" on the chosen source, with one subscription that sends the chosen calls to this workflow, signed with a secret it generates. Unpublishing deletes that destination.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			resourceLocator('sourceId', 'The Segment source whose events start the workflow'),
			{
				displayName: 'Calls',
				name: 'calls',
				type: 'multiOptions',
				required: true,
				default: ['track'],
				description: 'Which calls to the source start the workflow; one execution per call',
				options: [
					{ name: 'Alias', value: 'alias', description: 'A user ID was merged with another' },
					{ name: 'Group', value: 'group', description: 'A user was associated with a group or account' },
					{ name: 'Identify', value: 'identify', description: 'A user and their traits' },
					{ name: 'Page', value: 'page', description: 'A page view on a website' },
					{ name: 'Screen', value: 'screen', description: 'A screen view in an app' },
					{ name: 'Track', value: 'track', description: 'An action a user performed, such as "Order Completed"' },
				],
			},
			...updateDisplayOptions(callsDisplay, [
				{
					displayName: 'Event Names',
					name: 'eventNames',
					type: 'string',
					default: '',
					placeholder: 'e.g. Order Completed, Signed Up',
					description:
						'Only track calls with these event names, separated by commas or on separate lines; exact match. Empty: every track call.',
				},
			]),
			{
				displayName: 'Advanced Condition (FQL)',
				name: 'advancedCondition',
				type: 'string',
				default: '',
				placeholder: 'e.g. properties.total > 100',
				description:
					"A condition in Segment's Filter Query Language that every event must also meet, applied by Segment before it sends the event",
			},
		],
	};

	methods = { listSearch: { searchSources: listSearch.searchSources } };

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await destinationIsAsWanted.call(
					this,
					stateOf(this),
					await desiredDestination.call(this),
				);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				await ensureDestination.call(this, stateOf(this), await desiredDestination.call(this));
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				try {
					await deleteDestination.call(this, stateOf(this));
				} catch (error) {
					// The stored ID is kept: the next activation repairs or deletes that destination.
					this.logger.warn(
						`Segment Event Trigger: could not delete its Webhooks destination: ${(error as Error).message}`,
					);
					return false;
				}
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = this.getRequestObject();
		const response = this.getResponseObject();
		if (!request.rawBody && typeof request.readRawBody === 'function') await request.readRawBody();
		const state = stateOf(this);
		const refuse = (): IWebhookResponseData => {
			response.status(401).json({ message: 'Invalid or missing X-Signature' });
			return { noWebhookResponse: true };
		};
		// Verified on the bytes received, never on the parsed body: a re-serialized body differs.
		if (!isValidSignature(request.rawBody, request.headers['x-signature'], state.secret)) {
			return refuse();
		}
		let body: unknown;
		try {
			body = JSON.parse(request.rawBody.toString('utf8'));
		} catch {
			response.status(400).json({ message: 'The body is not JSON' });
			return { noWebhookResponse: true };
		}
		const received = (Array.isArray(body) ? body : [body]).filter(
			(event): event is IDataObject => !!event && typeof event === 'object' && !Array.isArray(event),
		);
		const { calls, eventNames } = fieldsOf.call(this);
		const workflow = this.getWorkflow();
		const recent = recentIdsOf(`${workflow.id}:${this.getNode().id}:${this.getMode()}`);
		const events = received.filter(
			(event) =>
				matchesFields(event, calls, eventNames) &&
				(typeof event.messageId !== 'string' || recent.add(event.messageId)),
		);
		if (events.length === 0) {
			return { webhookResponse: { received: received.length, accepted: 0 } };
		}
		return { workflowData: [this.helpers.returnJsonArray(events)] };
	}
}
