import { randomBytes } from 'crypto';
import { NodeApiError, NodeOperationError, type IDataObject, type IHookFunctions } from 'n8n-workflow';
import { listRecords, segmentApiRequest } from '../SegmentPublicApi/shared/transport';
import { idBySlug } from '../SegmentPublicApi/shared/lists';
import { LOCATORS } from '../SegmentPublicApi/shared/locators';
import { checkedId } from '../SegmentPublicApi/shared/utils';

/** Segment's catalog ID of the Webhooks (Actions) destination, and the slug of its Send action. */
export const WEBHOOK_METADATA_ID = '614a3c7d791c91c41bae7599';
export const SEND_ACTION_SLUG = 'send';
export const SUBSCRIPTION_NAME = 'n8n Segment Event Trigger';

/** What the trigger keeps in the node's static data about what it created. */
export interface ProvisionedState {
	destinationId?: string;
	subscriptionId?: string;
	/** The shared secret the destination signs with; never output, logged or put in an error. */
	secret?: string;
}

/** What the destination and its subscription should be, from the node's fields and n8n's URL. */
export interface DesiredDestination {
	sourceId: string;
	name: string;
	url: string;
	trigger: string;
}

export function subscriptionSettings(url: string): IDataObject {
	return { url, method: 'POST', data: { '@path': '$.' }, enable_batching: false };
}

/** "n8n: <workflow name> (<workflow id>)", with "(test)" while the editor listens for a test event. */
export function destinationName(workflow: { id?: string; name?: string }, test: boolean): string {
	const name = `n8n${test ? ' (test)' : ''}: ${workflow.name ?? 'workflow'} (${workflow.id ?? 'unsaved'})`;
	// Segment caps display names; the workflow ID at the end must survive.
	return name.length <= 100 ? name : `${name.slice(0, 100 - (workflow.id ?? '').length - 5)}… (${workflow.id})`;
}

export function newSecret(): string {
	return randomBytes(32).toString('hex');
}

/** The source the Source field names: its ID, or the ID of the slug an app URL holds. */
export async function resolveSourceId(this: IHookFunctions): Promise<string> {
	const node = this.getNode();
	const id = checkedId(node, this.getNodeParameter('sourceId', '', { extractValue: true }), 'Source');
	const raw = node.parameters.sourceId as { mode?: string } | string | undefined;
	if (typeof raw === 'object' && raw?.mode === 'url') {
		return await idBySlug.call(this, LOCATORS.sourceId.list, id, 'Source');
	}
	return id;
}

function is404(error: unknown): boolean {
	return error instanceof NodeApiError && String(error.httpCode) === '404';
}

const alpha = { version: 'v1alpha' as const };

async function getDestination(
	this: IHookFunctions,
	id: string,
	secrets: string[],
): Promise<IDataObject | undefined> {
	// The transport's errors are NodeApiErrors already; only Segment's 404 is an answer here.
	let failure: unknown;
	try {
		const data = await segmentApiRequest.call(this, {
			method: 'GET',
			path: `/destinations/${encodeURIComponent(id)}`,
			secrets,
		});
		return data.destination as IDataObject | undefined;
	} catch (error) {
		failure = error;
	}
	if (is404(failure)) return undefined;
	throw failure;
}

async function listSubscriptions(
	this: IHookFunctions,
	destinationId: string,
	secrets: string[],
): Promise<IDataObject[]> {
	return await listRecords.call(this, {
		...alpha,
		path: `/destinations/${encodeURIComponent(destinationId)}/subscriptions`,
		root: 'subscriptions',
		secrets,
	});
}

function metadataIdOf(destination: IDataObject): string | undefined {
	const metadata = destination.metadata as IDataObject | undefined;
	return typeof metadata?.id === 'string' ? metadata.id : undefined;
}

function sameSettings(actual: unknown, url: string): boolean {
	const settings = (actual ?? {}) as IDataObject;
	const data = settings.data as IDataObject | undefined;
	return (
		settings.url === url &&
		settings.method === 'POST' &&
		data?.['@path'] === '$.' &&
		settings.enable_batching !== true
	);
}

function subscriptionIsAsWanted(subscription: IDataObject, desired: DesiredDestination, actionId?: string) {
	return (
		subscription.enabled === true &&
		subscription.trigger === desired.trigger &&
		(actionId === undefined || subscription.actionId === actionId) &&
		sameSettings(subscription.settings, desired.url)
	);
}

/**
 * checkExists: whether the destination the trigger created is there exactly as wanted (name,
 * source, enabled, one enabled subscription with the trigger and URL). Anything else, create()
 * repairs. A destination Segment no longer has is forgotten.
 */
export async function destinationIsAsWanted(
	this: IHookFunctions,
	state: ProvisionedState,
	desired: DesiredDestination,
): Promise<boolean> {
	if (!state.destinationId || !state.subscriptionId || !state.secret) return false;
	const secrets = [state.secret];
	const destination = await getDestination.call(this, state.destinationId, secrets);
	if (!destination) {
		delete state.destinationId;
		delete state.subscriptionId;
		return false;
	}
	if (
		destination.name !== desired.name ||
		destination.enabled !== true ||
		destination.sourceId !== desired.sourceId ||
		metadataIdOf(destination) !== WEBHOOK_METADATA_ID
	)
		return false;
	const subscriptions = await listSubscriptions.call(this, state.destinationId, secrets);
	const ours = subscriptions.find((subscription) => subscription.id === state.subscriptionId);
	return ours !== undefined && subscriptionIsAsWanted(ours, desired);
}

/** The ID of the Send action of Webhooks (Actions), from Segment's catalog. */
async function sendActionId(this: IHookFunctions, secrets: string[]): Promise<string> {
	const data = await segmentApiRequest.call(this, {
		method: 'GET',
		path: `/catalog/destinations/${WEBHOOK_METADATA_ID}`,
		secrets,
	});
	const metadata = data.destinationMetadata as IDataObject | undefined;
	const actions = (metadata?.actions ?? []) as IDataObject[];
	const send = actions.find((action) => action.slug === SEND_ACTION_SLUG);
	if (!send || typeof send.id !== 'string') {
		throw new NodeOperationError(
			this.getNode(),
			'Segment\'s catalog has no "Send" action for Webhooks (Actions)',
			{ description: `GET /catalog/destinations/${WEBHOOK_METADATA_ID} lists no action with slug "send".` },
		);
	}
	return send.id;
}

/**
 * create: makes the destination as wanted. The one it created before is repaired in place
 * (renamed, enabled, its secret and subscription set again); one on another source, or of another
 * type, is deleted and replaced. Without a stored ID, a Webhooks (Actions) destination of this
 * source with exactly this name is taken over instead of making a second one.
 */
export async function ensureDestination(
	this: IHookFunctions,
	state: ProvisionedState,
	desired: DesiredDestination,
): Promise<void> {
	let secret = state.secret;
	const secrets = () => (secret ? [secret] : []);
	let destination: IDataObject | undefined;
	if (state.destinationId) {
		destination = await getDestination.call(this, state.destinationId, secrets());
		if (
			destination &&
			(destination.sourceId !== desired.sourceId || metadataIdOf(destination) !== WEBHOOK_METADATA_ID)
		) {
			await deleteDestination.call(this, state);
			destination = undefined;
			secret = undefined;
		}
	}
	if (!destination) {
		delete state.destinationId;
		delete state.subscriptionId;
		const connected = await listRecords.call(this, {
			path: `/sources/${encodeURIComponent(desired.sourceId)}/connected-destinations`,
			root: 'destinations',
			secrets: secrets(),
		});
		destination = connected.find(
			(candidate) =>
				candidate.name === desired.name && metadataIdOf(candidate) === WEBHOOK_METADATA_ID,
		);
		// A destination taken over may sign with a secret this trigger does not know.
		if (destination) secret = undefined;
	}
	secret ??= newSecret();
	const actionId = await sendActionId.call(this, secrets());

	if (destination) {
		await segmentApiRequest.call(this, {
			method: 'PATCH',
			path: `/destinations/${encodeURIComponent(String(destination.id))}`,
			body: { name: desired.name, enabled: true, settings: { sharedSecret: secret } },
		});
	} else {
		const data = await segmentApiRequest.call(this, {
			method: 'POST',
			path: '/destinations',
			body: {
				sourceId: desired.sourceId,
				metadataId: WEBHOOK_METADATA_ID,
				name: desired.name,
				enabled: true,
				settings: { sharedSecret: secret },
			},
		});
		destination = data.destination as IDataObject;
	}
	const destinationId = String(destination.id);
	state.destinationId = destinationId;
	state.secret = secret;

	const subscriptions = await listSubscriptions.call(this, destinationId, secrets());
	const ours =
		subscriptions.find((subscription) => subscription.id === state.subscriptionId) ??
		subscriptions.find(
			(subscription) => subscription.name === SUBSCRIPTION_NAME && subscription.actionId === actionId,
		);
	const settings = subscriptionSettings(desired.url);
	if (ours) {
		if (!subscriptionIsAsWanted(ours, desired, actionId) || ours.name !== SUBSCRIPTION_NAME) {
			await segmentApiRequest.call(this, {
				...alpha,
				method: 'PATCH',
				path: `/destinations/${encodeURIComponent(destinationId)}/subscriptions/${encodeURIComponent(String(ours.id))}`,
				body: { input: { name: SUBSCRIPTION_NAME, trigger: desired.trigger, enabled: true, settings } },
				secrets: secrets(),
			});
		}
		state.subscriptionId = String(ours.id);
	} else {
		const data = await segmentApiRequest.call(this, {
			...alpha,
			method: 'POST',
			path: `/destinations/${encodeURIComponent(destinationId)}/subscriptions`,
			body: { name: SUBSCRIPTION_NAME, actionId, trigger: desired.trigger, enabled: true, settings },
			secrets: secrets(),
		});
		const created = (data.destinationSubscription ?? data.subscription) as IDataObject | undefined;
		state.subscriptionId = String(created?.id ?? '');
	}
}

/** delete: removes the destination the trigger created (its stored ID), and nothing else. */
export async function deleteDestination(this: IHookFunctions, state: ProvisionedState): Promise<void> {
	if (state.destinationId) {
		let failure: unknown;
		try {
			await segmentApiRequest.call(this, {
				method: 'DELETE',
				path: `/destinations/${encodeURIComponent(state.destinationId)}`,
				secrets: state.secret ? [state.secret] : [],
			});
		} catch (error) {
			failure = error;
		}
		// Deleted by hand already: nothing left to remove.
		if (failure !== undefined && !is404(failure)) throw failure;
	}
	delete state.destinationId;
	delete state.subscriptionId;
	delete state.secret;
}
