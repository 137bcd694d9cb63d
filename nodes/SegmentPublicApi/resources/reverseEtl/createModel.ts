import type { INodeProperties } from 'n8n-workflow';
import { resourceLocatorInBody } from '../../shared/legacyFields';
import { modelFields } from './fields';

const show = { resource: ['reverseEtl'], operation: ['createModel'] };
const fields = modelFields(true);

export const reverseEtlCreateModelDescription: INodeProperties[] = [
	resourceLocatorInBody(
		'sourceId',
		show,
		'The warehouse source the model reads from (a Reverse ETL source such as Snowflake or BigQuery)',
	),
	...[
		fields.name,
		fields.query,
		fields.queryIdentifierColumn,
		fields.description,
		fields.enabled,
	].map((field) => ({ ...field, displayOptions: { show } })),
];
