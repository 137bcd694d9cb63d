import type { INodeProperties } from 'n8n-workflow';
import { resourceLocatorInBody } from '../../shared/legacyFields';

export const reverseEtlTriggerDbtModelSyncDescription: INodeProperties[] = [
	resourceLocatorInBody(
		'sourceId',
		{ resource: ['reverseEtl'], operation: ['triggerDbtModelSync'] },
		'The Reverse ETL source whose dbt models Segment syncs from the connected Git repository',
	),
];
