'use strict';
// Labels: the workspace's key:value pairs, and the labels on sources. Dev-only.

module.exports = function register(context) {
	const {
		route,
		state,
		readBody,
		check,
		assertValid,
		notFound,
		invalidOne,
		getSource,
		recordAudit,
	} = context;
	// Labels: the workspace's key:value pairs, listed whole (Segment does not paginate them); the
	// seed's sources carry some of them.
	const labels = new Map();
	for (const source of state.sources.values()) {
		for (const label of source.labels) labels.set(`${label.key}:${label.value}`, { ...label });
	}
	route('GET', '/labels', () => ({ labels: [...labels.values()].map((label) => ({ ...label })) }));
	route(
		'POST',
		'/labels',
		(ctx) => {
			const body = readBody(ctx);
			assertValid(check(body, [['label', 'object', true]]));
			assertValid(
				check(
					body.label,
					[
						['key', 'id', true],
						['value', 'id', true],
						['description', 'string', false],
					],
					'label.',
				),
			);
			const id = `${body.label.key}:${body.label.value}`;
			if (labels.has(id)) throw invalidOne('label', `The label "${id}" already exists`);
			const label = { key: body.label.key, value: body.label.value };
			if (body.label.description !== undefined) label.description = body.label.description;
			labels.set(id, label);
			recordAudit('Label Created', 'label', { id }, id);
			return { label: { ...label } };
		},
		{ status: 201 },
	);
	// Labels on a source: POST adds, PUT replaces; each must be a label of the workspace.
	const sourceLabels = (ctx) => {
		const body = readBody(ctx);
		assertValid(check(body, [['labels', 'array', true]]));
		const problems = [];
		const wanted = body.labels.map((label, index) => {
			const id = label && `${label.key}:${label.value}`;
			if (!label || typeof label.key !== 'string' || typeof label.value !== 'string')
				problems.push([`labels[${index}]`, 'Each label needs a "key" and a "value"']);
			else if (!labels.has(id))
				problems.push([`labels[${index}]`, `The label "${id}" does not exist`]);
			return { key: label && label.key, value: label && label.value };
		});
		assertValid(problems);
		return wanted;
	};
	const labelsOf = (source) => ({ labels: source.labels.map((label) => ({ ...label })) });
	route('POST', '/sources/:sourceId/labels', (ctx) => {
		const source = getSource(ctx.params.sourceId);
		for (const label of sourceLabels(ctx)) {
			if (!source.labels.some((have) => have.key === label.key && have.value === label.value))
				source.labels.push(label);
		}
		recordAudit('Source Modified', 'source', source, source.name);
		return labelsOf(source);
	});
	route('PUT', '/sources/:sourceId/labels', (ctx) => {
		const source = getSource(ctx.params.sourceId);
		source.labels = sourceLabels(ctx);
		recordAudit('Source Modified', 'source', source, source.name);
		return labelsOf(source);
	});
	route('DELETE', '/labels/:key/:value', (ctx) => {
		const id = `${ctx.params.key}:${ctx.params.value}`;
		if (!labels.has(id)) throw notFound('Label not found');
		labels.delete(id);
		for (const source of state.sources.values()) {
			source.labels = source.labels.filter((label) => `${label.key}:${label.value}` !== id);
		}
		recordAudit('Label Deleted', 'label', { id }, id);
		return { status: 'SUCCESS' };
	});
};
