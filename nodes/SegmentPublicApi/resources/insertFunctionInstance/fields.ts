import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { resolveId } from '../../shared/routing';

// Alpha endpoints: Segment serves them only with the v1alpha media type.
export const INSTANCES_PATH = '/insert-function-instances';
export const INSTANCE_PATH = `${INSTANCES_PATH}/{instanceId}`;

/** Prefixes of function kinds that cannot have insert function instances. */
const NOT_INSERT = /^(dfn|sfnc)_/;
/** Segment's insert function IDs carry a prefix that its instance endpoints leave out. */
const INSERT_PREFIX = /^(ifnd|ifns)_/;

/**
 * The insert function's class ID, as Segment's instance endpoints take it: the function's ID
 * without its "ifnd_" (destination) or "ifns_" (source) prefix.
 */
export async function insertFunctionClassId(this: IExecuteSingleFunctions): Promise<string> {
	const id = await resolveId.call(this, 'functionId');
	if (NOT_INSERT.test(id)) {
		throw new NodeOperationError(this.getNode(), `The function "${id}" is not an insert function`, {
			description:
				'Insert function instances exist only for insert functions (Insert Destination or Insert Source). Pick one of those in "Function".',
		});
	}
	return id.replace(INSERT_PREFIX, '');
}

/** The Function locator; `send` puts the class ID in the body or the query under "functionId". */
export function functionField(description: string, send: 'body' | 'query'): INodeProperties {
	async function sendClassId(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const functionId = await insertFunctionClassId.call(this);
		if (send === 'body') {
			requestOptions.body = { ...((requestOptions.body ?? {}) as IDataObject), functionId };
		} else {
			requestOptions.qs = { ...(requestOptions.qs ?? {}), functionId };
		}
		return requestOptions;
	}
	return {
		...resourceLocator('functionId', description),
		routing: { send: { preSend: [sendClassId] } },
	};
}

export function instanceIdField(description: string): INodeProperties {
	return {
		displayName: 'Instance ID',
		name: 'instanceId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2sc6qBmAGm6Xbd0e2Q4FaZUkCD3',
		description,
	};
}

export const SETTINGS_DESCRIPTION =
	'The values of the settings the function declares, as a JSON object keyed by setting name, e.g. {"apiKey": "abc123", "region": "eu"}';
