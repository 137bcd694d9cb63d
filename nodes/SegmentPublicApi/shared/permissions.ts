import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';
import { optionalFields } from './descriptions';
import { segmentApiRequest } from './transport';
import { checkedId, parseJson } from './utils';

/**
 * The permissions a write grants: the Role field on the whole workspace (its ID read from GET /),
 * or, when given, the JSON array of the "Permissions (JSON)" field instead.
 */
export async function permissionsFromFields(this: IExecuteSingleFunctions): Promise<IDataObject[]> {
	const node = this.getNode();
	const permissions = parseJson(
		node,
		this.getNodeParameter('additionalFields.permissions', '[]'),
		'Permissions (JSON)',
		{ empty: [] },
	);
	if (!Array.isArray(permissions)) {
		throw new NodeOperationError(node, 'The field "Permissions (JSON)" must be a JSON array');
	}
	if (permissions.length > 0) return permissions as IDataObject[];
	const roleId = checkedId(node, this.getNodeParameter('roleId', ''), 'Role');
	const { workspace } = await segmentApiRequest.call(this, { method: 'GET', path: '/' });
	const workspaceId = (workspace as IDataObject | undefined)?.id;
	if (typeof workspaceId !== 'string' || !workspaceId) {
		throw new NodeOperationError(node, 'Segment did not say which workspace the token belongs to', {
			description:
				'GET / answered without data.workspace.id. Give the permissions as JSON instead.',
		});
	}
	return [{ roleId, resources: [{ id: workspaceId, type: 'WORKSPACE' }] }];
}

/** Sends the permissions of the Role and Permissions (JSON) fields as `{ permissions: [...] }`. */
export async function permissionsBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const permissions = await permissionsFromFields.call(this);
	requestOptions.body = { ...(requestOptions.body as object), permissions };
	return requestOptions;
}

/** The Role field and, under Additional Fields, Permissions (JSON), which replaces the role. */
export function permissionFields(
	who: string,
	routing?: INodeProperties['routing'],
): INodeProperties[] {
	return [
		{
			displayName: 'Role Name or ID',
			name: 'roleId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getRoles' },
			required: true,
			default: '',
			description: `The role ${who} get on the whole workspace. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
			...(routing ? { routing } : {}),
		},
		optionalFields('additionalFields', [
			{
				displayName: 'Permissions (JSON)',
				name: 'permissions',
				type: 'json',
				default: '[]',
				description:
					"Permissions to grant instead of the role on the whole workspace, as Segment's JSON array of permissions (each a roleId and the resources it applies to)",
			},
		]),
	];
}
