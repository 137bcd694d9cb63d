import * as workflow from 'n8n-workflow';

export const MINIMUM_N8N_VERSION = '1.123';

/*
 * The nodes run their operations as `customOperations`, which n8n-core runs from 1.81 on. An n8n
 * without them would hand the node to RoutingNode, which the nodes are not tested with there.
 * `NodeConnectionTypes` came to n8n-workflow after that hook (between 1.82 and 1.89), and the
 * nodes' descriptions need it: where it is missing, the package refuses to load, with this message
 * rather than a TypeError.
 */
export function assertSupportedN8n(runtime: object = workflow): void {
	const connectionTypes = (runtime as { NodeConnectionTypes?: { Main?: unknown } })
		.NodeConnectionTypes;
	if (connectionTypes?.Main === undefined) {
		throw new Error(
			`n8n-nodes-segment-public-api needs n8n ${MINIMUM_N8N_VERSION} or newer; this n8n is older (its n8n-workflow has no NodeConnectionTypes). Update n8n, or uninstall the package in Settings > Community nodes.`,
		);
	}
}
