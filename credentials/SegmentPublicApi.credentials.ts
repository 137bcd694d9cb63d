import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class SegmentPublicApi implements ICredentialType {
	name = 'segmentPublicApi';

	displayName = 'Segment Workspace API';

	icon: Icon = {
		light: 'file:../nodes/SegmentPublicApi/segment.svg',
		dark: 'file:../nodes/SegmentPublicApi/segment.dark.svg',
	};

	documentationUrl =
		'https://github.com/n8n-nodes-segment-public-api/n8n-nodes-segment-public-api#credential';

	properties: INodeProperties[] = [
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'A Public API token of your workspace. Create one in Segment under Settings > Workspace settings > Access Management > Tokens.',
		},
		{
			displayName: 'Workspace Slug',
			name: 'workspaceSlug',
			type: 'string',
			default: '',
			placeholder: 'e.g. my-workspace',
			description:
				'The part of your Segment app URLs after app.segment.com/, e.g. my-workspace for https://app.segment.com/my-workspace/overview. Optional: API calls do not need it; the token already names the workspace.',
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			options: [
				{
					name: 'US',
					value: 'https://api.segmentapis.com',
					description: 'Workspaces hosted in the United States (api.segmentapis.com)',
				},
				{
					name: 'EU',
					value: 'https://eu1.api.segmentapis.com',
					description: 'Workspaces hosted in the European Union (eu1.api.segmentapis.com)',
				},
				{
					name: 'Custom',
					value: 'custom',
					description: 'Another base URL, for a proxy or a local test server',
				},
			],
			default: 'https://api.segmentapis.com',
			description: 'Where your workspace is hosted. The token only works in its own region.',
		},
		{
			displayName:
				'The API token is sent to this URL with every request. Use https:// unless the server runs on this machine.',
			name: 'customBaseUrlNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { region: ['custom'] } },
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. http://127.0.0.1:4010',
			required: true,
			displayOptions: { show: { region: ['custom'] } },
			description:
				'The base URL of the Public API, e.g. a proxy in front of api.segmentapis.com or a local test server. Scheme, host and an optional path only: no user name, password or query string. Plain http:// is logged as a warning unless the host is localhost.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.apiToken}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{$credentials.region !== "custom" ? $credentials.region : ($credentials.baseUrl || "").trim().replace(/\\/+$/, "") || "http://the-base-url-field-is-empty.invalid"}}',
			url: '/',
			method: 'GET',
			headers: { Accept: 'application/vnd.segment.v1+json' },
			// n8n sends credentials along a redirect to another host unless told not to.
			sendCredentialsOnCrossOriginRedirect: false,
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Segment refused the API token. Check that it is a Public API token of this workspace and that the region matches the workspace.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message: 'The API token has no access to this workspace.',
				},
			},
		],
	};
}
