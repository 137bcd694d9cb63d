'use strict';
// Route groups of the sandbox, one file each; every module exports `(context) => void` and
// registers its routes with `context.route` (see the context built in lib/workspace.js). Dev-only.
// Registered in this order; the first route that matches a request answers it.

module.exports = [
	require('./workspace'),
	require('./labels'),
	require('./auditTrail'),
	require('./catalog'),
	require('./roles'),
	require('./sources'),
	require('./destinations'),
	require('./subscriptions'),
	require('./destinationFilters'),
	require('./warehouses'),
	require('./functions'),
	require('./transformations'),
	require('./users'),
	require('./invites'),
	require('./userGroups'),
	require('./regulations'),
	require('./trackingPlans'),
	require('./schemaSettings'),
	require('./eventsVolume'),
	require('./deliveryHealth'),
	require('./insertFunctions'),
	require('./warehouseSyncs'),
	require('./reverseEtl'),
	require('./engageSpaces'),
	require('./audiences'),
	require('./activations'),
	require('./workspaceExtras'),
];
