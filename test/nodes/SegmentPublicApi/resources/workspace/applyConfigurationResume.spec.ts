/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code: it never ships in dist/ */
/**
 * Apply Configuration, interrupted at each write and run again: a proxy in front of production
 * fails its k-th write request, for every k of the apply. Once after Segment applied it (a 500
 * whose answer says nothing: "may have been applied"), once before (a 400: "failed"). The run's
 * error names what was written, the step that failed and what was not sent; the second run
 * finishes it, a third plan is empty, and no record is there twice.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { canonicalJson } from '../../../../../nodes/SegmentPublicApi/shared/configuration';
import { startSandbox, type Sandbox } from '../../../../../sandbox/server';
import type { SandboxCredentials } from '../../../../harness/sandbox';
import {
	APPLY_PARTS,
	apiOf,
	applyConfiguration,
	credentialsOf,
	duplicateKeys,
	exportOf,
	normalise,
	planLines,
	secretsFor,
	type Api,
} from './applyConfigurationFixtures';

const PROD_TOKEN = 'prod-token';
const CONCURRENCY = 6;

type Fault = 'lost' | 'refused';

/**
 * A proxy to a sandbox that counts write requests (all but GET) and fails the k-th: `lost`
 * forwards it, then answers 500 (applied, the answer lost); `refused` answers 400 without
 * forwarding it. `writes` counts the writes seen.
 */
async function faultyProxy(target: Sandbox, k: number, fault: Fault) {
	let writes = 0;
	const methods: string[] = [];
	const server: Server = createServer((request, response) => {
		let body = '';
		request.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
		request.on('end', () => {
			void (async () => {
				const isWrite = request.method !== 'GET';
				if (isWrite) methods.push(String(request.method));
				const failing = isWrite && ++writes === k;
				const reply = (status: number, text: string, type = 'application/json') => {
					response.writeHead(status, { 'content-type': type });
					response.end(text);
				};
				if (failing && fault === 'refused') {
					return reply(
						400,
						JSON.stringify({ errors: [{ type: 'bad-request', message: 'Refused by the test' }] }),
					);
				}
				const headers: Record<string, string> = {};
				for (const name of ['authorization', 'accept', 'content-type']) {
					const value = request.headers[name];
					if (typeof value === 'string') headers[name] = value;
				}
				const answer = await fetch(`${target.url}${request.url ?? '/'}`, {
					method: request.method,
					headers,
					body: request.method === 'GET' || request.method === 'HEAD' ? undefined : body,
				});
				const text = await answer.text();
				if (failing) {
					return reply(
						500,
						JSON.stringify({ errors: [{ type: 'server', message: 'Answer lost by the test' }] }),
					);
				}
				reply(answer.status, text, answer.headers.get('content-type') ?? 'application/json');
			})();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		credentials: (): SandboxCredentials => ({
			apiToken: PROD_TOKEN,
			region: 'custom',
			baseUrl: url,
		}),
		writes: () => writes,
		methods: () => methods,
		close: async () => await new Promise((resolve) => server.close(resolve)),
	};
}

const byName = (sandbox: Sandbox, map: string, field: string, value: string): IDataObject => {
	const found = [...(sandbox.state[map] as Map<string, IDataObject>).values()].find((record) => {
		const own = field.startsWith('settings.')
			? (record.settings as IDataObject)[field.slice(9)]
			: record[field];
		return own === value;
	});
	if (!found) throw new Error(`no ${map} with ${field} ${value}`);
	return found;
};

const rules = (count: number, prefix: string) =>
	Array.from({ length: count }, (_, i) => ({
		type: 'TRACK',
		key: `${prefix} ${i}`,
		version: 1,
		jsonSchema: { type: 'object', properties: { properties: { type: 'object' } } },
	}));

async function addRules(api: Api, planId: unknown, list: IDataObject[]) {
	for (let start = 0; start < list.length; start += 200) {
		await api('PATCH', `/tracking-plans/${String(planId)}/rules`, {
			rules: list.slice(start, start + 200),
		});
	}
}

/** Staging: one new record of each kind, connected where a kind connects. */
async function changeStaging(sandbox: Sandbox, secret: () => string) {
	const api = apiOf(sandbox);
	await api('POST', '/labels', { label: { key: 'tier', value: 'gold', description: 'Gold' } });
	const source = (
		await api('POST', '/sources', {
			slug: 'web_1',
			name: 'Web One',
			metadataId: 'IqDTy1TpoU',
			settings: { websiteUrl: 'https://one.example' },
			disconnectAllWarehouses: true,
		})
	).source as IDataObject;
	await api('PUT', `/sources/${String(source.id)}/labels`, {
		labels: [{ key: 'tier', value: 'gold' }],
	});
	const destination = (
		await api('POST', '/destinations', {
			sourceId: source.id,
			metadataId: '614a3c7d791c91c41bae7599',
			name: 'Webhook 1',
			enabled: true,
			settings: { sharedSecret: secret() },
		})
	).destination as IDataObject;
	await api('POST', `/destinations/${String(destination.id)}/subscriptions`, {
		name: 'Send 1',
		actionId: 'wEbHoOk0Send0000000001',
		trigger: 'type = "track"',
		enabled: true,
		settings: { url: 'https://hooks.example/one', method: 'POST' },
	});
	await api('POST', `/destination/${String(destination.id)}/filters`, {
		sourceId: source.id,
		if: 'type = "identify"',
		actions: [{ type: 'DROP' }],
		title: 'Filter 1',
		enabled: true,
	});
	const warehouse = (
		await api('POST', '/warehouses', {
			metadataId: '55d3d3aea3c',
			settings: {
				name: 'Warehouse 1',
				hostname: 'one.db.example',
				port: '5432',
				database: 'segment',
				username: 'segment',
				password: secret(),
			},
			disconnectAllSources: true,
		})
	).warehouse as IDataObject;
	await api('POST', `/warehouses/${String(warehouse.id)}/connected-sources/${String(source.id)}`);
	const plan = (
		await api('POST', '/tracking-plans', { name: 'Plan 1', type: 'LIVE', description: 'One' })
	).trackingPlan as IDataObject;
	// More than 200 rules: created in batches.
	await addRules(api, plan.id, rules(210, 'Event'));
	await api('POST', `/tracking-plans/${String(plan.id)}/sources`, { sourceId: source.id });
	await api('POST', '/transformations', {
		name: 'Transform 1',
		sourceId: source.id,
		enabled: true,
		if: 'event = "Order Completed"',
		drop: false,
		newEventName: 'order_completed',
	});
}

/** Production: for each kind, a record to update, one to delete, one to create, connections both ways. */
async function changeProduction(sandbox: Sandbox) {
	const api = apiOf(sandbox);
	const id = (map: string, field: string, value: string) =>
		String(byName(sandbox, map, field, value).id);
	const web = id('sources', 'slug', 'acme_website');
	const ios = id('sources', 'slug', 'acme_ios');
	const backend = id('sources', 'slug', 'acme_backend');
	const twilio = id('sources', 'slug', 'twilio_messages');
	await api('PATCH', `/sources/${ios}`, { enabled: false });
	await api('POST', '/labels', { label: { key: 'region', value: 'eu', description: 'EU' } });
	await api('POST', '/sources', { slug: 'api_1', metadataId: 'xqegKCQA0W' });

	const ga4 = id('destinations', 'name', 'GA4 Web Stream');
	await api('PATCH', `/destinations/${ga4}`, { settings: { measurementId: 'G-OTHER' } });
	await api('DELETE', `/destinations/${id('destinations', 'name', 'Amplitude (web)')}`);
	await api('POST', '/destinations', {
		sourceId: backend,
		metadataId: '5f7dd8e302173ff732db5cc4',
		name: 'Slack 1',
		settings: {},
	});

	const purchase = byName(sandbox, 'subscriptions', 'name', 'Purchase');
	await api('PATCH', `/destinations/${ga4}/subscriptions/${String(purchase.id)}`, {
		input: { enabled: false },
	});
	const slack = id('destinations', 'name', 'Slack #signups');
	await api('POST', `/destinations/${slack}/subscriptions`, {
		name: 'Post 1',
		actionId: 'sLaCk0PostMessage00001',
		trigger: 'type = "identify"',
		enabled: true,
		settings: { url: 'https://slack.example/hook', text: 'Hi' },
	});

	const onlyPages = byName(sandbox, 'destinationFilters', 'title', 'Only pages and tracks');
	await api('PATCH', `/destination/${ga4}/filters/${String(onlyPages.id)}`, { enabled: false });
	await api('POST', `/destination/${ga4}/filters`, {
		sourceId: web,
		if: 'type = "track"',
		actions: [{ type: 'DROP' }],
		title: 'Filter 9',
		enabled: true,
	});

	const snowflake = id('warehouses', 'settings.name', 'Analytics Snowflake');
	const postgres = id('warehouses', 'settings.name', 'Ops Postgres');
	await api('PATCH', `/warehouses/${postgres}`, { settings: { hostname: 'other.example' } });
	await api('DELETE', `/warehouses/${snowflake}/connected-sources/${web}`);
	await api('POST', `/warehouses/${postgres}/connected-sources/${ios}`);
	await api('POST', '/warehouses', {
		metadataId: '55d3d3aea3c',
		settings: { name: 'Warehouse 9', hostname: 'nine.example', password: 'x' },
		disconnectAllSources: true,
	});

	const backendPlan = id('trackingPlans', 'name', 'Backend Events');
	const webPlan = id('trackingPlans', 'name', 'Acme Web & Mobile');
	await api('PATCH', `/tracking-plans/${backendPlan}`, { description: 'Changed in production' });
	await api('DELETE', `/tracking-plans/${backendPlan}/sources?sourceId=${backend}`);
	await api('POST', `/tracking-plans/${backendPlan}/sources`, { sourceId: twilio });
	// Rules production has and staging has not: removed in batches.
	await addRules(api, webPlan, rules(205, 'Extra'));
	await api('POST', '/tracking-plans', { name: 'Plan 9', type: 'LIVE' });

	const transformation = byName(
		sandbox,
		'transformations',
		'name',
		'Rename Order Completed for Amplitude',
	);
	await api('PATCH', `/transformations/${String(transformation.id)}`, { enabled: false });
	await api('POST', '/transformations', {
		name: 'Transform 9',
		sourceId: web,
		enabled: true,
		if: 'type = "track"',
	});
}

const freshProduction = async () => {
	const sandbox = await startSandbox({ port: 0, seed: 2, token: PROD_TOKEN });
	await changeProduction(sandbox);
	return sandbox;
};

interface Report {
	written: IDataObject[];
	mayHaveBeenApplied: IDataObject[];
	notWritten: IDataObject[];
}

describe('Workspace > Apply Configuration, interrupted at each write, then run again', () => {
	let staging: Sandbox;
	let snapshot: IDataObject;
	let secretValues: Record<string, Record<string, string>> = {};
	/** The steps a clean apply runs, in order, and the write requests it sends. */
	let steps: string[] = [];
	let writeCount = 0;
	let writeMethods: string[] = [];
	const parts = [...APPLY_PARTS];
	const parameters = () => ({ snapshot, parts, deleteMissing: true, secretValues });

	beforeAll(async () => {
		nock.restore();
		let secrets = 0;
		staging = await startSandbox({ port: 0, seed: 1 });
		await changeStaging(staging, () => `gen-staging-${++secrets}`);
		snapshot = await exportOf(credentialsOf(staging), parts);

		const production = await freshProduction();
		try {
			const target = credentialsOf(production);
			let plan: IDataObject[] = [];
			for (let round = 0; round < 4; round++) {
				plan = (await applyConfiguration(target, 'plan', parameters())).map((i) => i.json);
				const asked = secretsFor(plan, () => `gen-production-${++secrets}`);
				if (Object.keys(asked).length === 0) break;
				secretValues = { ...secretValues, ...asked };
			}
			expect(planLines(plan.filter((change) => change.status !== 'planned'))).toEqual([]);
			steps = plan.map(
				(c) => `step ${String(c.step)}: ${String(c.action)} ${String(c.kind)} "${String(c.key)}"`,
			);
			const proxy = await faultyProxy(production, Infinity, 'lost');
			try {
				await applyConfiguration(proxy.credentials(), 'apply', parameters());
				writeCount = proxy.writes();
				writeMethods = proxy.methods();
			} finally {
				await proxy.close();
			}
		} finally {
			await production.close();
		}
	});
	afterAll(async () => {
		await staging.close();
		nock.activate();
	});

	it('plans every kind of record and every action, some in several requests', () => {
		const plan = steps.map((step) => step.replace(/^step \d+: /, '').replace(/ ".*$/, ''));
		const expected = [
			'create label',
			'create source',
			'update source',
			'create destination',
			'update destination',
			'create subscription',
			'update subscription',
			'create destinationFilter',
			'update destinationFilter',
			'create warehouse',
			'update warehouse',
			'connect warehouse',
			'disconnect warehouse',
			'create trackingPlan',
			'update trackingPlan',
			'connect trackingPlan',
			'disconnect trackingPlan',
			'create transformation',
			'update transformation',
			'delete label',
			'delete source',
			'delete destination',
			'delete subscription',
			'delete destinationFilter',
			'delete warehouse',
			'delete trackingPlan',
			'delete transformation',
		];
		expect(expected.filter((action) => !plan.includes(action))).toEqual([]);
		expect(writeCount).toBeGreaterThan(steps.length);
	});

	/** One interrupted apply at write k, its error, then the run that finishes it; problems found. */
	async function interruptAt(k: number, fault: Fault, continueOnFail: boolean): Promise<string[]> {
		const problems: string[] = [];
		const note = (problem: string) => problems.push(`${fault} write ${k}: ${problem}`);
		const production = await freshProduction();
		const proxy = await faultyProxy(production, k, fault);
		try {
			let message = '';
			let report: Report | undefined;
			try {
				const items = await applyConfiguration(proxy.credentials(), 'apply', parameters(), {
					continueOnFail,
				});
				const recovers = fault === 'lost' && writeMethods[k - 1] === 'DELETE';
				if (items.length !== 1 || !items[0].error) {
					if (!recovers) note('the run did not fail');
				} else {
					message = String(items[0].json.error);
					report = items[0].json as unknown as Report;
				}
			} catch (error) {
				if (continueOnFail) note(`threw under Continue On Fail: ${(error as Error).message}`);
				message = (error as Error).message;
				report = ((error as { context?: IDataObject }).context?.writes ?? undefined) as
					| Report
					| undefined;
			}
			if (fault === 'lost' && writeMethods[k - 1] === 'DELETE') {
				// A DELETE is sent again after a 500; its 404 then says the first one did it.
				if (report || message) note(`a lost DELETE was not recovered: ${message}`);
			} else if (!report) {
				note(`no report of the writes (${message})`);
				return problems;
			} else {
				checkReport(report, message);
			}
			await secondRun(production);
		} finally {
			await proxy.close();
			await production.close();
		}
		return problems;

		function checkReport(report: Report, message: string) {
			const names = (entries: IDataObject[]) => entries.map((entry) => String(entry.write));
			const failedStep =
				fault === 'lost'
					? names(report.mayHaveBeenApplied)
					: names(report.notWritten.filter((entry) => entry.outcome === 'failed'));
			if (failedStep.length !== 1) {
				note(`failed steps ${JSON.stringify(failedStep)}`);
				return;
			}
			const at = steps.indexOf(failedStep[0]);
			const wanted = {
				written: steps.slice(0, at),
				notSent: steps.slice(at + 1),
			};
			const got = {
				written: names(report.written),
				notSent: names(report.notWritten.filter((entry) => entry.outcome === 'notSent')),
			};
			if (at < 0 || JSON.stringify(got) !== JSON.stringify(wanted))
				note(`report ${JSON.stringify(got)} for failed ${failedStep[0]}`);
			if (!message.includes('already written: '))
				note(`message does not say what was already written: ${message}`);
			const verb = fault === 'lost' ? 'may have been applied: ' : 'failed: ';
			if (!message.includes(`${verb}${failedStep[0]}`))
				note(`message does not name the failed step: ${message}`);
			failedSteps.add(failedStep[0]);
		}

		async function secondRun(production: Sandbox) {
			const target = credentialsOf(production);
			const second = await applyConfiguration(target, 'apply', parameters()).catch(
				(error: Error) => error,
			);
			if (second instanceof Error) note(`the second run failed: ${second.message}`);
			else {
				const undone = second.filter((item) => item.json.status !== 'done');
				if (undone.length)
					note(`second run left ${JSON.stringify(planLines(undone.map((i) => i.json)))}`);
			}
			const third = (await applyConfiguration(target, 'plan', parameters())).map((i) => i.json);
			if (third.length) note(`plan after the second run: ${JSON.stringify(planLines(third))}`);
			const labels = (await apiOf(production)('GET', '/labels')).labels as IDataObject[];
			const duplicates = duplicateKeys(production, labels);
			if (duplicates.length) note(`duplicates ${JSON.stringify(duplicates)}`);
			const have = normalise(await exportOf(target, parts));
			if (canonicalJson(have) !== canonicalJson(normalise(snapshot)))
				note('production does not match the snapshot after the second run');
		}
	}

	const failedSteps = new Set<string>();

	it('fails at each write in turn, naming what was written, the step that failed and what was not sent; the next run finishes it without duplicates', async () => {
		// Each write fails once, in one of the four ways: applied with its answer lost (500) or
		// refused (400), the error thrown or (Continue On Fail) returned as an item.
		// A DELETE is refused: lost, the transport sends it again and its 404 ends it (checked once).
		const runs = Array.from({ length: writeCount }, (_, index) => {
			const k = index + 1;
			const fault: Fault = k % 2 === 1 && writeMethods[index] !== 'DELETE' ? 'lost' : 'refused';
			return { k, fault, continueOnFail: k % 4 < 2 };
		});
		const firstDelete = writeMethods.indexOf('DELETE') + 1;
		runs.push({ k: firstDelete, fault: 'lost', continueOnFail: false });
		const problems: string[] = [];
		for (let start = 0; start < runs.length; start += CONCURRENCY) {
			const found = await Promise.all(
				runs
					.slice(start, start + CONCURRENCY)
					.map(async ({ k, fault, continueOnFail }) => await interruptAt(k, fault, continueOnFail)),
			);
			problems.push(...found.flat());
		}
		// Every step has a write, so every step failed once: every kind and action was interrupted.
		const stepsNeverFailed = steps.filter((step) => !failedSteps.has(step));
		expect({ writeCount, problems, stepsNeverFailed }).toEqual({
			writeCount,
			problems: [],
			stepsNeverFailed: [],
		});
	}, 120_000);
});
