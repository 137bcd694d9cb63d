'use strict';
// One workspace of the sandbox: its state (seed.js), resources, route groups and Tracking API.
// Each workspace is built on its own, so one server can serve several, told apart by their
// token. Dev-only.

const { CATALOG, WORKSPACE, makeRng, makeIdFactory, hash32, createSeed } = require('../seed');
const errors = require('./errors');
const requests = require('./requests');
const pagination = require('./pagination');
const { censor } = require('./secrets');
const { createResources } = require('./resources');
const ROUTE_GROUPS = require('../routes');
const { createTracking } = require('../tracking');

/** Read-only, so every workspace uses the same lookups. */
const CATALOG_MAPS = {
	sources: new Map(CATALOG.sources.map((item) => [item.id, item])),
	destinations: new Map(CATALOG.destinations.map((item) => [item.id, item])),
	warehouses: new Map(CATALOG.warehouses.map((item) => [item.id, item])),
};

/**
 * The workspace record: the demo one for the first workspace unless `slug` or `name` say
 * otherwise; `acme-sandbox-2`, "Acme Sandbox 2", ... for the others. A name left out follows the
 * slug given (`acme-production`: "Acme Production"); the ID is derived from the slug.
 */
function workspaceRecord(index, slug, name) {
	const finalSlug = slug || (index === 0 ? WORKSPACE.slug : `${WORKSPACE.slug}-${index + 1}`);
	const fromSlug = (text) =>
		text
			.split(/[-_]+/)
			.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
			.join(' ');
	const finalName =
		name ||
		(slug ? fromSlug(slug) : index === 0 ? WORKSPACE.name : `${WORKSPACE.name} ${index + 1}`);
	const id =
		finalSlug === WORKSPACE.slug ? WORKSPACE.id : makeIdFactory(makeRng(hash32(finalSlug)))();
	return { id, name: finalName, slug: finalSlug };
}

/** Compiles `/sources/:sourceId` into a regex and the names of its parameters. */
function compile(pattern) {
	const keys = [];
	const source = pattern
		.split('/')
		.map((part) => {
			if (part.startsWith(':')) {
				keys.push(part.slice(1));
				return '([^/]+)';
			}
			return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		})
		.join('/');
	return { regex: new RegExp(`^${source || '/'}$`), keys };
}

/**
 * @param {{ index: number, seed: number, sources?: number, slug?: string, name?: string,
 *   clock: () => number, log?: (line: string) => void, delivery?: object,
 *   chargeRegulationQuota: (ctx: object, category: string) => void }} options
 */
function createWorkspace({
	index,
	seed,
	sources,
	slug,
	name,
	clock,
	log,
	delivery,
	chargeRegulationQuota,
}) {
	const randomId = makeIdFactory(makeRng(seed));
	const workspace = workspaceRecord(index, slug, name);
	const state = createSeed({ sources, randomId, now: clock(), workspace });
	const catalog = CATALOG_MAPS;

	const routes = [];
	/** @param {{ alpha?: boolean, beta?: boolean, limit?: string, status?: number }} [flags] */
	function route(method, pattern, handler, flags = {}) {
		routes.push({ method, pattern, ...compile(pattern), handler, ...flags });
	}

	/** The first route that matches, with its decoded parameters; undefined when none does. */
	function match(method, path) {
		for (const candidate of routes) {
			if (candidate.method !== method) continue;
			const found = candidate.regex.exec(path);
			if (!found) continue;
			const params = {};
			try {
				candidate.keys.forEach((key, position) => {
					params[key] = decodeURIComponent(found[position + 1]);
				});
			} catch {
				continue;
			}
			return { route: candidate, params };
		}
		return undefined;
	}

	const resources = createResources({ state, catalog, clock });
	const { nowIso } = resources;
	// Engage spaces, shared by the Engage route groups (audiences, computed traits, activations...).
	state.spaces = new Map(
		[
			{ id: 'spa_sandboxProduction01', name: 'Production', slug: 'production' },
			{ id: 'spa_sandboxStaging0002', name: 'Staging', slug: 'staging' },
		].map((space) => [space.id, { ...space, createdAt: nowIso(), updatedAt: nowIso() }]),
	);
	// Audiences of the spaces, shared by the audience and activation route groups.
	state.audiences = new Map(
		[
			['aud_sandboxHighValue001', 'High-value customers', 'event("Order Completed").count() >= 3'],
			['aud_sandboxChurnRisk002', 'Churn risk', 'trait("days_since_last_seen") > 30'],
		].map(([id, audienceName, query]) => [
			id,
			{
				id,
				spaceId: 'spa_sandboxProduction01',
				name: audienceName,
				key: audienceName.toLowerCase().replace(/[^a-z0-9]+/g, '_'),
				description: '',
				enabled: true,
				definition: { query, type: 'USERS' },
				audienceType: 'USERS',
				status: 'Live',
				createdBy: 'api-token@sandbox.invalid',
				updatedBy: 'api-token@sandbox.invalid',
				createdAt: nowIso(),
				updatedAt: nowIso(),
			},
		]),
	);
	const routeGroupContext = {
		...errors,
		...requests,
		...pagination,
		censor,
		...resources,
		route,
		state,
		catalog,
		randomId,
		clock,
		chargeRegulationQuota,
	};
	for (const registerRoutes of ROUTE_GROUPS) registerRoutes(routeGroupContext);
	// The HTTP Tracking API (write keys, not the Public API token) and its webhook deliveries.
	const tracking = createTracking({ state, clock, log, delivery });

	return { state, match, tracking };
}

module.exports = { createWorkspace };
