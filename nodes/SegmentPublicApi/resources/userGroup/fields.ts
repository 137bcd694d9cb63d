import {
	NodeOperationError,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
} from 'n8n-workflow';
import { splitList } from '../../shared/utils';

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
