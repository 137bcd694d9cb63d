import {
	NodeOperationError,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';
import { splitList } from '../../shared/utils';

const show = { resource: ['userGroup'], operation: ['addUsers'] };

/** Sends the Emails field as `{ emails: [...] }`; an empty list fails before sending. */
export async function emailsBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const emails = splitList(this.getNodeParameter('emails', ''));
	if (emails.length === 0) {
		throw new NodeOperationError(this.getNode(), 'The field "Emails" is empty', {
			description: 'Enter at least one email address.',
		});
	}
	requestOptions.body = { ...(requestOptions.body as object), emails };
	return requestOptions;
}

export const userGroupAddUsersDescription: INodeProperties[] = [
	resourceLocator('userGroupId', show, 'The user group to add people to'),
	{
		displayName: 'Emails',
		name: 'emails',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. ada@example.com, grace@example.com',
		description:
			'The email addresses to add, separated by commas or new lines; people not in the workspace yet are invited',
		displayOptions: { show },
		routing: { send: { preSend: [emailsBody] } },
	},
];
