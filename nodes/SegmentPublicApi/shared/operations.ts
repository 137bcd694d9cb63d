import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/**
 * One operation of a resource, as its file `resources/<resource>/<operation>.ts` exports it: the
 * entry of the Operation menu (name, action, description and routing) and its fields, wrapped
 * with n8n's updateDisplayOptions so they show for this operation only.
 */
export interface OperationModule {
	option: INodePropertyOptions;
	description: INodeProperties[];
}

/** A resource's Operation menu, its options in the order given, followed by every operation's fields. */
export function resourceDescription(
	resource: string,
	defaultOperation: string,
	operations: OperationModule[],
): INodeProperties[] {
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource] } },
			options: operations.map((operation) => operation.option),
			default: defaultOperation,
		},
		...operations.flatMap((operation) => operation.description),
	];
}
