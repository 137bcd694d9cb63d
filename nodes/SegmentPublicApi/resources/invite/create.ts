import {
	NodeOperationError,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';
import { permissionFields, permissionsFromFields } from '../../shared/permissions';
import { splitList } from '../../shared/utils';

const show = { resource: ['invite'], operation: ['create'] };

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

export const inviteCreateDescription: INodeProperties[] = [
	{
		displayName: 'Emails',
		name: 'emails',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. ada@example.com, grace@example.com',
		description: 'The email addresses to invite, separated by commas or new lines',
		displayOptions: { show },
		routing: { send: { preSend: [invitesBody] } },
	},
	...permissionFields(show, 'the invited people'),
];
