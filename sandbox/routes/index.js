'use strict';
// Route groups of the sandbox, one file each; every module exports `(context) => void` and
// registers its routes with `context.route` (see the context built in server.js). Dev-only.

module.exports = [
	require('./deliveryHealth'),
	require('./insertFunctions'),
	require('./warehouseSyncs'),
	require('./reverseEtl'),
	require('./engageSpaces'),
	require('./audiences'),
	require('./activations'),
	require('./workspaceExtras'),
];
