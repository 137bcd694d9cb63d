'use strict';
// Transformations of the events of a source. Dev-only.

module.exports = function register(context) {
	const {
		route,
		state,
		catalog,
		randomId,
		workspaceId,
		paginate,
		readBody,
		check,
		assertValid,
		notFound,
		throwIt,
		clone,
	} = context;
	const transformationOut = (transformation) => ({ ...clone(transformation), workspaceId });

	const getTransformation = (id) =>
		state.transformations.get(id) || throwIt(notFound('Transformation not found'));

	const TRANSFORMATION_RULES = [
		['name', 'string'],
		['sourceId', 'id'],
		['destinationMetadataId', 'id'],
		['enabled', 'boolean'],
		['if', 'string'],
		['drop', 'boolean'],
		['newEventName', 'string'],
		['propertyRenames', 'array'],
		['propertyValueTransformations', 'array'],
		['fqlDefinedProperties', 'array'],
		['allowProperties', 'array'],
		['hashPropertiesConfiguration', 'object'],
	];
	const TRANSFORMATION_REQUIRED = ['name', 'sourceId', 'enabled', 'if'];
	function checkTransformation(body, creating) {
		const problems = check(
			body,
			TRANSFORMATION_RULES.map(([name, type]) => [
				name,
				type,
				creating && TRANSFORMATION_REQUIRED.includes(name),
			]),
		);
		if (
			typeof body.sourceId === 'string' &&
			body.sourceId !== '' &&
			!state.sources.has(body.sourceId)
		) {
			problems.push(['sourceId', `Source "${body.sourceId}" not found`]);
		}
		if (
			typeof body.destinationMetadataId === 'string' &&
			!catalog.destinations.has(body.destinationMetadataId)
		) {
			problems.push([
				'destinationMetadataId',
				`Destination metadata "${body.destinationMetadataId}" not found`,
			]);
		}
		assertValid(problems);
	}
	const pickTransformation = (body) => {
		const out = {};
		for (const [name] of TRANSFORMATION_RULES)
			if (body[name] !== undefined) out[name] = clone(body[name]);
		return out;
	};
	route('GET', '/transformations', (ctx) =>
		paginate(ctx.query, 'transformations', [...state.transformations.values()], transformationOut),
	);
	route('GET', '/transformations/:transformationId', (ctx) => ({
		transformation: transformationOut(getTransformation(ctx.params.transformationId)),
	}));
	route('POST', '/transformations', (ctx) => {
		const body = readBody(ctx);
		checkTransformation(body, true);
		const transformation = {
			id: randomId(),
			propertyRenames: [],
			propertyValueTransformations: [],
			fqlDefinedProperties: [],
			...pickTransformation(body),
		};
		state.transformations.set(transformation.id, transformation);
		return { transformation: transformationOut(transformation) };
	});
	route('PATCH', '/transformations/:transformationId', (ctx) => {
		const transformation = getTransformation(ctx.params.transformationId);
		const body = readBody(ctx);
		checkTransformation(body, false);
		Object.assign(transformation, pickTransformation(body));
		return { transformation: transformationOut(transformation) };
	});
	route('DELETE', '/transformations/:transformationId', (ctx) => {
		state.transformations.delete(getTransformation(ctx.params.transformationId).id);
		return { status: 'SUCCESS' };
	});
};
