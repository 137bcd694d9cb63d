import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { enabledField, nameField, optionalFields } from '../../shared/descriptions';
import { splitList } from '../../shared/utils';

/** Maps the entries of a fixedCollection into a body array; nothing is sent when it has none. */
function fixedCollectionBody(
	parameter: string,
	entry: string,
	bodyKey: string,
	map: (values: IDataObject) => IDataObject,
) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const entries = this.getNodeParameter(`${parameter}.${entry}`, []) as IDataObject[];
		if (entries.length > 0) {
			const body = (requestOptions.body ?? {}) as IDataObject;
			body[bodyKey] = entries.map(map);
			requestOptions.body = body;
		}
		return requestOptions;
	};
}

/** The rules of a transformation, shared by create (in "Additional Fields") and update. */
export function transformationRuleFields(
	collection: 'additionalFields' | 'updateFields',
): INodeProperties[] {
	const basics: INodeProperties[] =
		collection === 'updateFields'
			? [
					{
						displayName: 'Condition (FQL)',
						name: 'if',
						type: 'string',
						default: '',
						description: 'The FQL statement that selects the events to transform',
						routing: { send: { type: 'body', property: 'if' } },
					},
					enabledField('Whether the transformation applies'),
					nameField('The name of the transformation'),
				]
			: [];
	return [
		optionalFields(collection, [
			...basics,
			{
				displayName: 'Destination Type Name or ID',
				name: 'destinationMetadataId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getDestinationCatalog' },
				default: '',
				description:
					'Apply the transformation only for destinations of this catalog type. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				routing: { send: { type: 'body', property: 'destinationMetadataId' } },
			},
			{
				displayName: 'Drop Event',
				name: 'drop',
				type: 'boolean',
				default: false,
				description: 'Whether matching events are dropped entirely',
				routing: { send: { type: 'body', property: 'drop' } },
			},
			{
				displayName: 'New Event Name',
				name: 'newEventName',
				type: 'string',
				default: '',
				description: 'Rename matching track events to this name',
				routing: { send: { type: 'body', property: 'newEventName' } },
			},
		]),
		{
			displayName: 'Property Renames',
			name: 'propertyRenames',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Rename',
			default: {},
			options: [
				{
					displayName: 'Rename',
					name: 'rename',
					values: [
						{
							displayName: 'Old Name',
							name: 'oldName',
							type: 'string',
							default: '',
							description: 'The property to rename, e.g. properties.sku',
						},
						{
							displayName: 'New Name',
							name: 'newName',
							type: 'string',
							default: '',
							description: 'Its new name',
						},
					],
				},
			],
			routing: {
				send: {
					preSend: [
						fixedCollectionBody('propertyRenames', 'rename', 'propertyRenames', (values) => ({
							oldName: values.oldName,
							newName: values.newName,
						})),
					],
				},
			},
		},
		{
			displayName: 'Property Value Transformations',
			name: 'propertyValueTransformations',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Value Transformation',
			default: {},
			options: [
				{
					displayName: 'Value Transformation',
					name: 'transformation',
					values: [
						{
							displayName: 'Property Paths',
							name: 'propertyPaths',
							type: 'string',
							default: '',
							placeholder: 'e.g. properties.plan, traits.plan',
							description: 'Up to 10 property paths, separated by commas',
						},
						{
							displayName: 'Value',
							name: 'propertyValue',
							type: 'string',
							default: '',
							description: 'The value to set them to',
						},
					],
				},
			],
			routing: {
				send: {
					preSend: [
						fixedCollectionBody(
							'propertyValueTransformations',
							'transformation',
							'propertyValueTransformations',
							(values) => ({
								propertyPaths: splitList(values.propertyPaths),
								propertyValue: values.propertyValue,
							}),
						),
					],
				},
			},
		},
		{
			displayName: 'FQL Defined Properties',
			name: 'fqlDefinedProperties',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Property',
			default: {},
			options: [
				{
					displayName: 'Property',
					name: 'property',
					values: [
						{
							displayName: 'Property Name',
							name: 'propertyName',
							type: 'string',
							default: '',
							description: 'The new property, e.g. properties.total_usd',
						},
						{
							displayName: 'FQL',
							name: 'fql',
							type: 'string',
							default: '',
							description: 'The FQL expression that computes it',
						},
					],
				},
			],
			routing: {
				send: {
					preSend: [
						fixedCollectionBody(
							'fqlDefinedProperties',
							'property',
							'fqlDefinedProperties',
							(values) => ({
								fql: values.fql,
								propertyName: values.propertyName,
							}),
						),
					],
				},
			},
		},
	];
}
