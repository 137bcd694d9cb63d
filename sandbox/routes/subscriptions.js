'use strict';
// Destination subscriptions (alpha only): the actions of an Actions destination. Those of a
// Webhooks (Actions) destination are checked as Segment does (lib/webhookDestination.js). Dev-only.

const { subscriptionProblems } = require('../lib/webhookDestination');

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
		notFound,
		clone,
		censor,
		getDestination,
	} = context;
	const subscriptionOut = (subscription) => ({
		id: subscription.id,
		name: subscription.name,
		actionId: subscription.actionId,
		actionSlug: subscription.actionSlug,
		destinationId: subscription.destinationId,
		enabled: subscription.enabled,
		settings: censor(subscription.settings),
		trigger: subscription.trigger,
		modelId: subscription.modelId,
	});

	const getSubscription = (destination, id) => {
		const subscription = state.subscriptions.get(id);
		if (!subscription || subscription.destinationId !== destination.id)
			throw notFound('Subscription not found');
		return subscription;
	};

	route(
		'GET',
		'/destinations/:destinationId/subscriptions',
		(ctx) => {
			const destination = getDestination(ctx.params.destinationId);
			const items = [...state.subscriptions.values()].filter(
				(item) => item.destinationId === destination.id,
			);
			return paginate(ctx.query, 'subscriptions', items, subscriptionOut);
		},
		{ alpha: true },
	);
	route(
		'GET',
		'/destinations/:destinationId/subscriptions/:id',
		(ctx) => ({
			subscription: subscriptionOut(
				getSubscription(getDestination(ctx.params.destinationId), ctx.params.id),
			),
		}),
		{ alpha: true },
	);
	route(
		'POST',
		'/destinations/:destinationId/subscriptions',
		(ctx) => {
			const destination = getDestination(ctx.params.destinationId);
			const body = readBody(ctx);
			const problems = check(body, [
				['name', 'string', true],
				['actionId', 'id', true],
				['trigger', 'id', true],
				['enabled', 'boolean', true],
				['settings', 'object', false],
				['modelId', 'string', false],
			]);
			const metadata = catalog.destinations.get(destination.metadataId);
			const act = metadata.actions.find((item) => item.id === body.actionId);
			if (typeof body.actionId === 'string' && body.actionId !== '' && !act) {
				problems.push([
					'actionId',
					`Action "${body.actionId}" not found for destination "${metadata.name}"`,
				]);
			}
			if (problems.length === 0)
				problems.push(
					...subscriptionProblems(metadata, act, {
						trigger: body.trigger,
						settings: body.settings || {},
					}),
				);
			assertValid(problems);
			const subscription = {
				id: randomId(),
				destinationId: destination.id,
				name: body.name,
				actionId: act.id,
				actionSlug: act.slug,
				enabled: body.enabled,
				trigger: body.trigger,
				settings: clone(body.settings || {}),
				modelId: body.modelId || '',
			};
			state.subscriptions.set(subscription.id, subscription);
			return { destinationSubscription: subscriptionOut(subscription) };
		},
		{ alpha: true, limit: 'subscriptionWrites' },
	);
	route(
		'PATCH',
		'/destinations/:destinationId/subscriptions/:id',
		(ctx) => {
			const subscription = getSubscription(getDestination(ctx.params.destinationId), ctx.params.id);
			const body = readBody(ctx);
			assertValid(check(body, [['input', 'object', true]]));
			const input = body.input;
			assertValid(
				check(
					input,
					[
						['name', 'string', false],
						['trigger', 'string', false],
						['enabled', 'boolean', false],
						['settings', 'object', false],
						['reverseETLModelId', 'string', false],
						['reverseETLSchedule', 'object', false],
					],
					'input.',
				),
			);
			const metadata = catalog.destinations.get(getDestination(ctx.params.destinationId).metadataId);
			const act = metadata.actions && metadata.actions.find((item) => item.id === subscription.actionId);
			assertValid(
				subscriptionProblems(
					metadata,
					act,
					{ trigger: input.trigger, settings: input.settings },
					'input.',
				),
			);
			if (input.name !== undefined) subscription.name = input.name;
			if (input.trigger !== undefined) subscription.trigger = input.trigger;
			if (input.enabled !== undefined) subscription.enabled = input.enabled;
			if (input.settings !== undefined) subscription.settings = clone(input.settings);
			if (input.reverseETLModelId !== undefined) subscription.modelId = input.reverseETLModelId;
			return { subscription: subscriptionOut(subscription) };
		},
		{ alpha: true, limit: 'subscriptionWrites' },
	);
	route(
		'DELETE',
		'/destinations/:destinationId/subscriptions/:id',
		(ctx) => {
			const subscription = getSubscription(getDestination(ctx.params.destinationId), ctx.params.id);
			state.subscriptions.delete(subscription.id);
			return { status: 'SUCCESS' };
		},
		{ alpha: true, limit: 'subscriptionWrites' },
	);
};
