import {
	NodeOperationError,
	updateDisplayOptions,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { permissionFields, permissionsFromFields } from '../../shared/permissions';
import { segmentRouting } from '../../shared/routing';
import { splitList } from '../../shared/utils';

/** Builds `{ invites: [{ email, permissions }] }`: every email gets the same permissions. */
async function invitesBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const emails = splitList(this.getNodeParameter('emails', ''));
	if (emails.length === 0) {
		throw new NodeOperationError(this.getNode(), 'The field "Emails" is empty');
	}
	const permissions = await permissionsFromFields.call(this);
	requestOptions.body = { invites: emails.map((email) => ({ email, permissions })) };
	return requestOptions;
}

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Invite users',
	description: 'Invite people to the workspace by email, with a role',
	routing: segmentRouting({ method: 'POST', path: '/invites' }),
};

const properties: INodeProperties[] = [
	{
		displayName: 'Emails',
		name: 'emails',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. ada@example.com, grace@example.com',
		description: 'The email addresses to invite, separated by commas or new lines',
		routing: { send: { preSend: [invitesBody] } },
	},
	...permissionFields('the invited people'),
];

const displayOptions = { show: { resource: ['invite'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);
