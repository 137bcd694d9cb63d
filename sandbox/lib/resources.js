'use strict';
// What several route groups share about the workspace's resources: their output shapes, lookups
// (404 when missing), the audit trail and the cascades of deletes. Dev-only.

const { notFound, throwIt } = require('./errors');
const { censor } = require('./secrets');

/**
 * @param {{ state: object, catalog: { sources: Map, destinations: Map, warehouses: Map }, clock: () => number }} sandbox
 */
function createResources({ state, catalog, clock }) {
	const workspaceId = state.workspace.id;

	const sourceOut = (source) => ({
		id: source.id,
		slug: source.slug,
		name: source.name,
		workspaceId,
		enabled: source.enabled,
		writeKeys: [...source.writeKeys],
		metadata: catalog.sources.get(source.metadataId),
		settings: censor(source.settings),
		labels: source.labels.map((label) => ({ ...label })),
	});
	const destinationOut = (destination) => ({
		id: destination.id,
		name: destination.name,
		enabled: destination.enabled,
		metadata: catalog.destinations.get(destination.metadataId),
		sourceId: destination.sourceId,
		settings: censor(destination.settings),
	});
	const warehouseOut = (warehouse) => ({
		id: warehouse.id,
		workspaceId,
		enabled: warehouse.enabled,
		metadata: catalog.warehouses.get(warehouse.metadataId),
		settings: censor(warehouse.settings),
	});

	const getSource = (id) => state.sources.get(id) || throwIt(notFound('Source not found'));
	const getDestination = (id) =>
		state.destinations.get(id) || throwIt(notFound('Destination not found'));
	const getWarehouse = (id) => state.warehouses.get(id) || throwIt(notFound('Warehouse not found'));
	const getFunction = (id) => state.functions.get(id) || throwIt(notFound('Function not found'));
	const getUser = (id) => state.users.get(id) || throwIt(notFound('User not found'));
	const getSpace = (id) => state.spaces.get(id) || throwIt(notFound('Space not found'));
	const getAudience = (spaceId, id) => {
		const audience = state.audiences.get(id);
		if (!audience || audience.spaceId !== getSpace(spaceId).id)
			throw notFound('Audience not found');
		return audience;
	};
	const nowIso = () => new Date(clock()).toISOString();

	// The audit trail (GET /audit-events): the creates, changes and deletes the route groups record.
	const auditEvents = [];
	function recordAudit(type, resourceType, resource, resourceName) {
		auditEvents.push({
			id: `events/${auditEvents.length + 1}`,
			timestamp: nowIso(),
			type,
			actor: 'public-api-token/sandbox',
			actorEmail: 'api-token@sandbox.invalid',
			resourceId: resource.id,
			resourceType,
			resourceName,
		});
	}

	function deleteSourceCascade(source) {
		state.sources.delete(source.id);
		state.sourceSlugs.delete(source.slug);
		state.volume.delete(source.id);
		state.schemaSettings.delete(source.id);
		for (const plan of state.trackingPlans.values()) plan.sourceIds.delete(source.id);
		for (const set of state.connections.values()) set.delete(source.id);
		for (const destination of [...state.destinations.values()]) {
			if (destination.sourceId === source.id) deleteDestinationCascade(destination);
		}
		for (const transformation of [...state.transformations.values()]) {
			if (transformation.sourceId === source.id) state.transformations.delete(transformation.id);
		}
	}

	function deleteDestinationCascade(destination) {
		state.destinations.delete(destination.id);
		for (const subscription of [...state.subscriptions.values()]) {
			if (subscription.destinationId === destination.id)
				state.subscriptions.delete(subscription.id);
		}
		for (const filter of [...state.destinationFilters.values()]) {
			if (filter.destinationId === destination.id) state.destinationFilters.delete(filter.id);
		}
	}

	return {
		workspaceId,
		nowIso,
		sourceOut,
		destinationOut,
		warehouseOut,
		getSource,
		getDestination,
		getWarehouse,
		getFunction,
		getUser,
		getSpace,
		getAudience,
		auditEvents,
		recordAudit,
		deleteSourceCascade,
		deleteDestinationCascade,
	};
}

module.exports = { createResources };
