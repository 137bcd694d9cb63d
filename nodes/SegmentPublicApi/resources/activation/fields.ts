import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { parseJsonObject, refuseCensoredValues } from '../../shared/utils';

const AUDIENCE = '/spaces/{spaceId}/audiences/{audienceId}';
export const CONNECTIONS = `${AUDIENCE}/destination-connections`;
export const ACTIVATIONS = `${AUDIENCE}/activations`;
/** Segment's Engage lists take pages of up to 200 records. */
export const MAX_PAGE_SIZE = 200;

/** Segment accepts at most this many identifiers in an ID sync configuration. */
export const MAX_ID_SYNC_ENTRIES = 5;

export const ACTIVATION_TYPES = [
	{
		name: 'All Events',
		value: 'All Events',
		description: 'Entries and exits, and for freshness destinations entity value changes too',
	},
	{
		name: 'Audience Entered',
		value: 'Audience Entered',
		description: 'When a profile or entity enters the audience',
	},
	{
		name: 'Audience Exited',
		value: 'Audience Exited',
		description: 'When a profile or entity exits the audience',
	},
	{
		name: 'Audience Membership Changed',
		value: 'Audience Membership Changed',
		description: 'Both entries and exits (not for entities)',
	},
	{
		name: 'Entity Added',
		value: 'Entity Added',
		description: 'When an entity is added to the audience (Linked Audiences)',
	},
	{
		name: 'Entity Removed',
		value: 'Entity Removed',
		description: 'When an entity is removed from the audience (Linked Audiences)',
	},
	{
		name: 'Entity Values Changed',
		value: 'Entity Values Changed',
		description: "When an entity's property values change (freshness destinations only)",
	},
];

/** The audience, picked from the audiences of the space chosen above, or given by ID. */
export function audienceIdField(description: string): INodeProperties {
	return resourceLocator('audienceId', description);
}

export function activationIdField(description: string): INodeProperties {
	return {
		displayName: 'Activation ID',
		name: 'activationId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. act_987654321',
		description,
	};
}

/** The ID Sync Configuration of a destination connection, for an Additional or Update Fields collection. */
export const idSyncConfigurationField: INodeProperties = {
	displayName: 'ID Sync Configuration',
	name: 'idSyncConfiguration',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Identifier',
	default: {},
	description:
		'The identifiers of a profile sent to the destination, up to 5. What is given replaces the whole stored configuration.',
	options: [
		{
			displayName: 'Identifier',
			name: 'identifier',
			values: [
				{
					displayName: 'External ID',
					name: 'externalId',
					type: 'string',
					default: '',
					placeholder: 'e.g. email',
					description: 'The identifier type to sync, e.g. email, user_id or anonymous_id',
				},
				{
					displayName: 'Map To',
					name: 'mapTo',
					type: 'string',
					default: '',
					placeholder: 'e.g. Email_Address__c',
					description: 'A destination-specific field to send the identifier as (optional)',
				},
				{
					displayName: 'Strategy',
					name: 'strategy',
					type: 'options',
					options: [
						{
							name: 'All',
							value: 'all',
							description: 'Every value of the profile, one event each',
						},
						{ name: 'First', value: 'first', description: 'Only the oldest value' },
						{ name: 'Last', value: 'last', description: 'Only the most recently updated value' },
					],
					default: 'last',
					description: 'Which of the values a profile has for the identifier are sent',
				},
			],
		},
	],
};

export const connectionSettingsField: INodeProperties = {
	displayName: 'Connection Settings (JSON)',
	name: 'connectionSettings',
	type: 'json',
	default: '{}',
	description:
		"The destination-specific settings needed to create audiences on the destination's platform, as a JSON object. Get Supported Destinations lists what a destination needs. On update, what is given replaces the stored settings.",
};

interface IdSyncEntry {
	externalId?: string;
	strategy?: string;
	mapTo?: string;
}

function censorCheckAllowed(this: IExecuteSingleFunctions): boolean {
	return this.getNodeParameter('options.allowCensoredValues', false) === true;
}

/** A JSON object field's value, parsed and refused when it would write Segment's censor mask back. */
export function jsonObjectOf(
	this: IExecuteSingleFunctions,
	value: unknown,
	displayName: string,
): IDataObject {
	const parsed = parseJsonObject(this.getNode(), value, displayName);
	refuseCensoredValues(this.getNode(), parsed, displayName, censorCheckAllowed.call(this));
	return parsed;
}

/** The identifiers of an ID Sync Configuration field, checked; undefined when none is given. */
function idSyncConfigurationOf(
	this: IExecuteSingleFunctions,
	fields: IDataObject,
): IDataObject[] | undefined {
	const entries = ((fields.idSyncConfiguration as IDataObject | undefined)?.identifier ??
		[]) as IdSyncEntry[];
	if (entries.length === 0) return undefined;
	if (entries.length > MAX_ID_SYNC_ENTRIES) {
		throw new NodeOperationError(
			this.getNode(),
			`The field "ID Sync Configuration" has ${entries.length} identifiers; Segment accepts at most ${MAX_ID_SYNC_ENTRIES}`,
		);
	}
	return entries.map((entry, index) => {
		const externalId = String(entry.externalId ?? '').trim();
		if (!externalId) {
			throw new NodeOperationError(
				this.getNode(),
				`The field "External ID" of identifier ${index + 1} in "ID Sync Configuration" is empty`,
				{ description: 'Enter the identifier type to sync, e.g. email or user_id.' },
			);
		}
		const mapTo = String(entry.mapTo ?? '').trim();
		return { externalId, strategy: entry.strategy ?? 'last', ...(mapTo ? { mapTo } : {}) };
	});
}

/**
 * Puts the ID sync configuration and connection settings of a collection into the body; with
 * `requireOne`, fails before sending when neither is given (Segment answers 400).
 */
export function connectionBody(collection: string, requireOne: boolean) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const fields = this.getNodeParameter(collection, {}) as IDataObject;
		const body = (requestOptions.body ?? {}) as IDataObject;
		const idSyncConfiguration = idSyncConfigurationOf.call(this, fields);
		if (idSyncConfiguration) body.idSyncConfiguration = idSyncConfiguration;
		if (fields.connectionSettings !== undefined) {
			body.connectionSettings = jsonObjectOf.call(
				this,
				fields.connectionSettings,
				'Connection Settings (JSON)',
			);
		}
		if (requireOne && body.idSyncConfiguration === undefined && !('connectionSettings' in body)) {
			throw new NodeOperationError(this.getNode(), 'Nothing to update', {
				description:
					'Add "ID Sync Configuration" or "Connection Settings (JSON)" in "Update Fields".',
			});
		}
		requestOptions.body = body;
		return requestOptions;
	};
}

/** The Destination Mapping field's object, checked to name the action Segment requires. */
function destinationMappingOf(this: IExecuteSingleFunctions, value: unknown): IDataObject {
	const mapping = jsonObjectOf.call(this, value, 'Destination Mapping (JSON)');
	if (typeof mapping.actionId !== 'string' || mapping.actionId.trim() === '') {
		throw new NodeOperationError(
			this.getNode(),
			'The field "Destination Mapping (JSON)" has no "actionId"',
			{
				description:
					'Enter an object such as {"actionId": "abc123", "settings": {"email": "$.traits.email"}}; Get Supported Destinations lists the action IDs.',
			},
		);
	}
	return mapping;
}

/** Puts the optional fields of a create or update of an activation into the body. */
export function activationBody(collection: string, update: boolean) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const fields = this.getNodeParameter(collection, {}) as IDataObject;
		const body = (requestOptions.body ?? {}) as IDataObject;
		if (typeof fields.enabled === 'boolean') body.enabled = fields.enabled;
		if (typeof fields.performResync === 'boolean') body.performResync = fields.performResync;
		if (fields.activationName !== undefined) {
			const name = String(fields.activationName).trim();
			if (!name) {
				throw new NodeOperationError(this.getNode(), 'The field "Activation Name" is empty', {
					description: 'Enter a new name, or remove the field to keep the current one.',
				});
			}
			body.activationName = name;
		}
		if (fields.displayName !== undefined) {
			const displayName = String(fields.displayName).trim();
			// On update, an empty Display Name clears it: Segment takes null for that.
			if (displayName) body.displayName = displayName;
			else if (update) body.displayName = null;
		}
		if (fields.personalization !== undefined) {
			body.personalization = jsonObjectOf.call(
				this,
				fields.personalization,
				'Personalization (JSON)',
			);
		}
		if (fields.destinationMapping !== undefined) {
			body.destinationMapping = destinationMappingOf.call(this, fields.destinationMapping);
		}
		if (update && Object.keys(body).length === 0) {
			throw new NodeOperationError(this.getNode(), 'Nothing to update', {
				description: 'Add at least one field in "Update Fields".',
			});
		}
		requestOptions.body = body;
		return requestOptions;
	};
}

/** The optional fields of an activation, shared by create ("Additional Fields") and update. */
export function activationOptionalFields(update: boolean): INodeProperties[] {
	const fields: INodeProperties[] = [
		{
			displayName: 'Destination Mapping (JSON)',
			name: 'destinationMapping',
			type: 'json',
			default: '{"actionId": "", "settings": {}}',
			description: update
				? 'The mapping of an Actions destination, as {"actionId": "...", "settings": {...}}. The action cannot change; each setting given replaces its stored value, the others are kept.'
				: 'For Actions destinations: the action to perform and how event data fills its fields, as {"actionId": "...", "settings": {...}}. Get Supported Destinations lists the action IDs and fields.',
		},
		{
			displayName: 'Display Name',
			name: 'displayName',
			type: 'string',
			default: '',
			description: update
				? 'A label for the activation, for warehouse destinations only. Leave empty to clear it.'
				: 'A label for the activation, for warehouse destinations only; the activation name is used when absent',
		},
		{
			displayName: 'Enabled',
			name: 'enabled',
			type: 'boolean',
			default: true,
			description: 'Whether the activation sends data to the destination',
		},
		{
			displayName: 'Personalization (JSON)',
			name: 'personalization',
			type: 'json',
			default: '{}',
			description: update
				? 'The profile traits and entity properties added to each event, as {"profile": {"properties": [...], "mapping": {...}}, "entities": [...]}. "profile" and "entities" each replace the stored value when given.'
				: 'The profile traits and entity properties added to each event, as {"profile": {"properties": [...], "mapping": {...}}, "entities": [{"relationshipSlug": "...", "properties": [...]}]}. Entities apply to Linked Audiences only.',
		},
	];
	if (update) {
		fields.unshift({
			displayName: 'Activation Name',
			name: 'activationName',
			type: 'string',
			default: '',
			description: 'The new name of the activation; for warehouse destinations, the table name',
		});
		fields.push({
			displayName: 'Perform Resync',
			name: 'performResync',
			type: 'boolean',
			default: false,
			description:
				'Whether to resend the whole audience to the destination with the new configuration, instead of applying it to future syncs only',
		});
	}
	return fields;
}
