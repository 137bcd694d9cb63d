'use strict';
// Destinations. Deleting one deletes its subscriptions and filters. Webhooks (Actions)
// destinations accept only their own settings (lib/webhookDestination.js). Dev-only.

const { settingsProblems } = require('../lib/webhookDestination');

module.exports = function register(context) {
	const {
		route,
		state,
		catalog,
		randomId,
		paginate,
		readBody,
		check,
		assertValid,
		clone,
		destinationOut,
		getDestination,
		recordAudit,
		deleteDestinationCascade,
	} = context;
	route('GET', '/destinations', (ctx) =>
		paginate(ctx.query, 'destinations', [...state.destinations.values()], destinationOut),
	);
	route('GET', '/destinations/:destinationId', (ctx) => ({
		destination: destinationOut(getDestination(ctx.params.destinationId)),
	}));
	route('POST', '/destinations', (ctx) => {
		const body = readBody(ctx);
		const problems = check(body, [
			['sourceId', 'id', true],
			['metadataId', 'id', true],
			['enabled', 'boolean', false],
			['name', 'string', false],
			['settings', 'object', true],
		]);
		if (
			typeof body.sourceId === 'string' &&
			body.sourceId !== '' &&
			!state.sources.has(body.sourceId)
		) {
			problems.push(['sourceId', `Source "${body.sourceId}" not found`]);
		}
		if (
			typeof body.metadataId === 'string' &&
			body.metadataId !== '' &&
			!catalog.destinations.has(body.metadataId)
		) {
			problems.push(['metadataId', `Destination metadata "${body.metadataId}" not found`]);
		}
		problems.push(...settingsProblems(catalog.destinations.get(body.metadataId), body.settings));
		assertValid(problems);
		const metadata = catalog.destinations.get(body.metadataId);
		const destination = {
			id: randomId(),
			name: body.name !== undefined ? body.name : metadata.name,
			enabled: body.enabled !== undefined ? body.enabled : false,
			metadataId: body.metadataId,
			sourceId: body.sourceId,
			settings: clone(body.settings),
		};
		state.destinations.set(destination.id, destination);
		recordAudit(
			'Destination Created',
			'destination',
			destination,
			destinationOut(destination).name,
		);
		return { destination: destinationOut(destination) };
	});
	route('PATCH', '/destinations/:destinationId', (ctx) => {
		const destination = getDestination(ctx.params.destinationId);
		const body = readBody(ctx);
		assertValid(
			check(body, [
				['name', 'nullableString', false],
				['enabled', 'boolean', false],
				['settings', 'object', false],
			]),
		);
		assertValid(settingsProblems(catalog.destinations.get(destination.metadataId), body.settings));
		if (body.name !== undefined)
			destination.name =
				body.name === null ? catalog.destinations.get(destination.metadataId).name : body.name;
		if (body.enabled !== undefined) destination.enabled = body.enabled;
		if (body.settings !== undefined) Object.assign(destination.settings, clone(body.settings));
		recordAudit(
			'Destination Modified',
			'destination',
			destination,
			destinationOut(destination).name,
		);
		return { destination: destinationOut(destination) };
	});
	route('DELETE', '/destinations/:destinationId', (ctx) => {
		const destination = getDestination(ctx.params.destinationId);
		const name = destinationOut(destination).name;
		deleteDestinationCascade(destination);
		recordAudit('Destination Deleted', 'destination', destination, name);
		return { status: 'SUCCESS' };
	});
};
