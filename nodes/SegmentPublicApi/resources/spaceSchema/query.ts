import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

/** Sends a text field as a query parameter when it holds more than spaces (an empty filter is no filter). */
export function textQuery(parameter: string, queryKey: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = String(this.getNodeParameter(parameter, '') ?? '').trim();
		if (value) requestOptions.qs = { ...requestOptions.qs, [queryKey]: value };
		return requestOptions;
	};
}
