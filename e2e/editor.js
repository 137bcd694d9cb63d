'use strict';
// Dev-only: drives n8n's real editor (n8n 2.41.1 from e2e/provision.sh) in headless Chromium with
// puppeteer-core, against the sandbox Segment API. Each step prints PASS/FAIL with its duration;
// the exit code is 1 when any step failed.
//
//   npm run test:editor    # = npm run build && bash e2e/provision.sh && node e2e/editor.js
//
// Needs Debian's chromium (/usr/bin/chromium; CHROMIUM_PATH overrides). Everything listens on
// free ports of 127.0.0.1 in a fresh temporary user folder, so it can run beside other n8n
// instances. On a failure a screenshot per failed step goes to e2e/.artifacts/ (git-ignored).
// The README screenshots (docs/images/) are taken on every run into e2e/.artifacts/docs/ and copied
// over docs/images/ only with E2E_UPDATE_SCREENSHOTS=1 (or when missing), so a run leaves the tree clean.

const fs = require('node:fs');
const path = require('node:path');
const http = require('node:http');
const e2e = require('./lib');

let puppeteer;
try {
	puppeteer = require('puppeteer-core');
} catch {
	console.error('puppeteer-core is missing: run `npm ci` first');
	process.exit(1);
}

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '.artifacts');
const DOC_IMAGES = path.join(e2e.REPO, 'docs', 'images');
const EXAMPLES_DIR = path.join(e2e.REPO, 'examples');
const CRED_ID = 'segmentSandbox1'; // the example workflows name this credential
const CRED_NAME = 'Segment sandbox';
const OUR_NODE_TYPE = 'n8n-nodes-segment-public-api.segmentPublicApi';
const EVENT_TRIGGER_TYPE = 'n8n-nodes-segment-public-api.segmentEventTrigger';
const { OWNER } = e2e;
const WAIT = 30000; // per wait
const VIEWPORT = { width: 1280, height: 800 };
// the source picked in the resource locator: typed in part, then chosen from the filtered list
const SOURCE_NAME = 'Acme Android';
const SOURCE_SEARCH = 'Andr';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;

// ---------------------------------------------------------------------------------------
// steps

const results = [];
let page;

async function step(id, title, fn, { needs = [] } = {}) {
	const started = Date.now();
	const missing = needs.filter((n) => !results.find((r) => r.id === n && r.ok));
	let ok = false;
	let detail = '';
	if (missing.length) {
		detail = `not run: needs step ${missing.join(', ')}`;
	} else {
		try {
			detail = (await fn()) || '';
			ok = true;
		} catch (err) {
			detail = err && err.message ? err.message : String(err);
			if (page) {
				fs.mkdirSync(ARTIFACTS, { recursive: true });
				const file = path.join(ARTIFACTS, `step-${id}.png`);
				try {
					await page.screenshot({ path: file });
					detail += ` (screenshot ${path.relative(e2e.REPO, file)})`;
				} catch {}
			}
		}
	}
	const ms = Date.now() - started;
	results.push({ id, title, ok, ms, detail });
	console.log(`${ok ? 'PASS' : 'FAIL'} ${id} ${title} (${secs(ms)})${detail ? `: ${detail}` : ''}`);
	return ok;
}

function fail(stepWhat) {
	throw new Error(stepWhat);
}

// ---------------------------------------------------------------------------------------
// page helpers (every wait has a timeout and says what it was waiting for)

async function waitFor(selector, what, { timeout = WAIT, visible = true } = {}) {
	try {
		return await page.waitForSelector(selector, { visible, timeout });
	} catch {
		fail(`${what}: ${selector} did not appear within ${timeout / 1000} s (page ${page.url()})`);
	}
}

/** Polls fn in the page until it returns a truthy value. */
async function waitUntil(what, fn, arg, { timeout = WAIT, interval = 200 } = {}) {
	const deadline = Date.now() + timeout;
	let last;
	while (Date.now() < deadline) {
		try {
			last = await page.evaluate(fn, arg);
			if (last) return last;
		} catch (err) {
			last = err.message;
		}
		await sleep(interval);
	}
	fail(
		`${what} (waited ${timeout / 1000} s${last ? `, last: ${JSON.stringify(last).slice(0, 300)}` : ''})`,
	);
}

const tid = (id) => `[data-test-id="${id}"]`;

/** Visible texts of the open Element Plus select dropdown items. */
function visibleOptions() {
	return page.evaluate(() =>
		[...document.querySelectorAll('.el-select-dropdown__item')]
			.filter((e) => e.offsetParent !== null)
			.map((e) => e.innerText.split('\n')[0].trim()),
	);
}

async function pickOption(text, what) {
	await waitUntil(
		`${what}: option "${text}" in the open dropdown`,
		(t) =>
			[...document.querySelectorAll('.el-select-dropdown__item')].some(
				(e) => e.offsetParent !== null && e.innerText.split('\n')[0].trim() === t,
			),
		text,
	);
	const handles = await page.$$('.el-select-dropdown__item');
	for (const h of handles) {
		const match = await h.evaluate(
			(e, t) => e.offsetParent !== null && e.innerText.split('\n')[0].trim() === t,
			text,
		);
		if (match) {
			await h.click();
			return;
		}
	}
	fail(`${what}: option "${text}" vanished before the click`);
}

async function typeInto(selector, text, what) {
	const el = await waitFor(selector, what);
	// panels slide in: focus the field instead of clicking a point that may still move
	await el.evaluate((e) => {
		e.focus();
		if (typeof e.select === 'function') e.select();
	});
	await page.keyboard.press('Backspace');
	await el.type(text);
	const value = await el.evaluate((e) => e.value);
	if (value !== text) fail(`${what}: the field holds "${value}" after typing "${text}"`);
}

async function closeToasts() {
	await page.evaluate(() => {
		for (const b of document.querySelectorAll('.el-notification__closeBtn')) b.click();
	});
}

/** Dismisses onboarding screens n8n 2.x shows to a new owner (assistant intro, survey, …). */
async function dismissOnboarding() {
	for (let i = 0; i < 3; i++) {
		const clicked = await page.evaluate(() => {
			const later = document.querySelector('[data-test-id="assistant-set-up-later"]');
			if (later) {
				later.click();
				return 'assistant intro: "Set up later in Settings"';
			}
			// personalization survey ("Customize n8n to you"): skip/close it
			const dialogs = [...document.querySelectorAll('.el-dialog, [role="dialog"]')].filter(
				(d) => d.offsetParent !== null && /Customize n8n|about you|Get started/i.test(d.innerText),
			);
			for (const d of dialogs) {
				const btn =
					[...d.querySelectorAll('button')].find((b) =>
						/^(skip|get started|continue)$/i.test(b.innerText.trim()),
					) || d.querySelector('.el-dialog__headerbtn');
				if (btn) {
					btn.click();
					return `dialog "${d.innerText.split('\n')[0]}"`;
				}
			}
			return '';
		});
		if (!clicked) return;
		console.log(`     dismissed ${clicked}`);
		await sleep(1000);
	}
}

// ---------------------------------------------------------------------------------------
// local servers

/** Records what the notification example posts (instead of Slack or email). */
function startSink() {
	const received = [];
	const server = http.createServer((req, res) => {
		let body = '';
		req.setEncoding('utf8').on('data', (c) => (body += c));
		req.on('end', () => {
			received.push({ method: req.method, url: req.url, body });
			res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
		});
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		// port 0: the system picks a free port
		server.listen(0, '127.0.0.1', () =>
			resolve({ server, received, url: `http://127.0.0.1:${server.address().port}` }),
		);
	});
}

async function sandboxCall(sandbox, method, urlPath, body) {
	const res = await fetch(`${sandbox.url}${urlPath}`, {
		method,
		headers: {
			Authorization: `Bearer ${sandbox.token}`,
			Accept: 'application/vnd.segment.v1+json',
			...(body ? { 'Content-Type': 'application/vnd.segment.v1+json' } : {}),
		},
		body: body ? JSON.stringify(body) : undefined,
	});
	if (!res.ok) throw new Error(`sandbox ${method} ${urlPath}: ${res.status}`);
	return (await res.json()).data;
}

/** The first array in a Segment response's data, e.g. data.sources or data.sourcesCatalog. */
function firstArray(data) {
	return Object.values(data).find(Array.isArray) || [];
}

// ---------------------------------------------------------------------------------------

async function main() {
	const t0 = Date.now();
	fs.rmSync(ARTIFACTS, { recursive: true, force: true });
	if (!fs.existsSync(CHROMIUM)) {
		throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium, or set CHROMIUM_PATH`);
	}

	const sandbox = await require(path.join(e2e.REPO, 'sandbox', 'server.js')).startSandbox({
		port: await e2e.freePort(),
	});
	const sink = await startSink();
	const uf = await e2e.prepareUserFolder();
	let server;
	let browser;
	const cleanup = async () => {
		if (browser) await browser.close().catch(() => {});
		if (server) await server.stop().catch(() => {});
		await sandbox.close().catch(() => {});
		sink.server.close();
		uf.cleanup();
	};

	try {
		// the sandbox credential the examples use, and the examples (the sink URL pointed at our sink)
		await uf.importCredential({
			id: CRED_ID,
			name: CRED_NAME,
			type: 'segmentPublicApi',
			data: {
				apiToken: sandbox.token,
				workspaceSlug: sandbox.workspace.slug,
				region: 'custom',
				baseUrl: sandbox.url,
			},
		});
		// The backup examples write into a Git repository that n8n may touch; the drift alert (run
		// after the backup, in file order) reads the snapshot the backup committed.
		const backup = e2e.backupRepository();
		const examples = fs
			.readdirSync(EXAMPLES_DIR)
			.filter((f) => f.endsWith('.json'))
			.sort()
			.map((f) => JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, f), 'utf8')))
			.map((wf) => e2e.exampleForTests(wf, { sinkUrl: sink.url, repositoryPath: backup.dir }));
		await uf.importWorkflow(examples);

		server = await uf.start(
			{
				N8N_SECURE_COOKIE: 'false',
				N8N_RESTRICT_FILE_ACCESS_TO: backup.dir,
				// the sandbox delivers the event trigger's test events here
				WEBHOOK_URL: `http://127.0.0.1:${uf.port}/`,
			},
			{ waitForEditor: true },
		);
		console.log(
			`     n8n ${server.url}, sandbox ${sandbox.url}, sink ${sink.url}, user folder ${uf.dir} (ready after ${secs(Date.now() - t0)})`,
		);

		browser = await puppeteer.launch({
			executablePath: CHROMIUM,
			headless: true,
			args: [
				'--no-sandbox',
				'--headless=new',
				`--window-size=${VIEWPORT.width},${VIEWPORT.height}`,
			],
			defaultViewport: VIEWPORT,
		});
		page = await browser.newPage();
		page.setDefaultTimeout(WAIT);
		page.on('dialog', (d) => d.accept().catch(() => {})); // "leave the page?" on navigation
		const pageErrors = [];
		page.on('pageerror', (err) => pageErrors.push(err.message));

		await runSteps({ server, sandbox, sink, examples });

		if (pageErrors.length) {
			console.log(
				`     note: ${pageErrors.length} uncaught error(s) in the editor page, first: ${pageErrors[0].slice(0, 200)}`,
			);
		}
	} finally {
		await cleanup();
	}

	const failed = results.filter((r) => !r.ok);
	console.log(
		`\n${results.length - failed.length}/${results.length} steps passed in ${secs(Date.now() - t0)} (total)` +
			(failed.length ? `; failed: ${failed.map((r) => r.id).join(', ')}` : ''),
	);
	if (failed.length) console.log(`failure screenshots: ${ARTIFACTS}`);
	else console.log(`screenshots of this run: ${path.join(ARTIFACTS, 'docs')}`);
	process.exitCode = failed.length ? 1 : 0;
}

async function runSteps({ server, sandbox, sink, examples }) {
	const url = server.url;
	const sources = firstArray(
		await sandboxCall(sandbox, 'GET', '/sources?pagination%5Bcount%5D=200'),
	);
	const picked = sources.find((s) => s.name === SOURCE_NAME);
	if (!picked) throw new Error(`the sandbox has no source named ${SOURCE_NAME}`);
	const catalog = firstArray(
		await sandboxCall(sandbox, 'GET', '/catalog/sources?pagination%5Bcount%5D=200'),
	);
	const shots = [];
	let credentialError = '';

	await step(1, 'owner setup through the UI, log in, land in the editor', async () => {
		// n8n can answer "Cannot GET /" for a moment after it first served the editor: reload then
		for (let attempt = 0; attempt < 10; attempt++) {
			await page.goto(`${url}/`, { waitUntil: 'networkidle2' });
			const text = await page.evaluate(() => document.body.innerText);
			if (!/Cannot GET/.test(text)) break;
			await sleep(2000);
		}
		await waitFor(tid('setup-form'), 'the owner setup page (/setup)');
		await typeInto('input[name="email"]', OWNER.email, 'setup form: email');
		await typeInto('input[name="firstName"]', OWNER.firstName, 'setup form: first name');
		await typeInto('input[name="lastName"]', OWNER.lastName, 'setup form: last name');
		await typeInto('input[name="password"]', OWNER.password, 'setup form: password');
		await page.click(tid('form-submit-button'));
		await waitUntil(
			'leaving /setup after submitting the owner form',
			() => !/\/setup/.test(location.pathname),
		);
		await sleep(1000);
		// setup signs the owner in; when n8n shows the sign-in page instead, sign in there
		if (/\/signin/.test(page.url())) {
			await typeInto(
				'input[name="emailOrLdapLoginId"], input[name="email"]',
				OWNER.email,
				'sign-in: email',
			);
			await typeInto('input[name="password"]', OWNER.password, 'sign-in: password');
			await page.click(tid('form-submit-button'));
			await waitUntil('leaving /signin', () => !/\/signin/.test(location.pathname));
		}
		const landed = new URL(page.url()).pathname;
		await dismissOnboarding();
		await waitFor(tid('main-sidebar-settings'), 'the main sidebar of a signed-in user');
		return `owner ${OWNER.email} created, landed on ${landed}`;
	});

	await step(
		2,
		'new workflow: node creator, search "Segment Public API", pick ours, action Source > Get',
		async () => {
			await page.goto(`${url}/workflow/new`, { waitUntil: 'networkidle2' });
			await dismissOnboarding();
			// an empty canvas asks for a trigger first: Manual Trigger, then our node after it
			await (await waitFor(tid('canvas-add-button'), 'the "Add first step" button')).click();
			await typeInto(
				tid('node-creator-search-bar'),
				'Manual Trigger',
				'node creator search (trigger)',
			);
			await waitUntil('"Manual Trigger" in the node creator', () =>
				[
					...document.querySelectorAll(
						'[data-test-id="node-creator"] [data-test-id="node-creator-item-name"]',
					),
				].some((e) => e.innerText.trim() === 'Manual Trigger'),
			);
			await page.keyboard.press('Enter');
			await waitFor(tid('canvas-trigger-node'), 'the Manual Trigger on the canvas');

			await (await waitFor(tid('canvas-handle-plus'), "the trigger's + handle")).click();
			await typeInto(tid('node-creator-search-bar'), 'Segment Public API', 'node creator search');
			const names = await waitUntil('search results for "Segment Public API"', () => {
				const n = [
					...document.querySelectorAll(
						'[data-test-id="node-creator"] [data-test-id="node-creator-item-name"]',
					),
				]
					.filter((e) => e.offsetParent !== null)
					.map((e) => e.innerText.trim());
				// the list filters after a debounce: wait for the search to apply
				return n.some((t) => /segment/i.test(t)) ? n : null;
			});
			// ours is "Segment Public API"; n8n's built-in node is "Segment"
			const items = await page.$$(`${tid('node-creator')} ${tid('item-iterator-item')}`);
			let clicked = false;
			for (const it of items) {
				const name = await it.evaluate((e) => {
					const n = e.querySelector('[data-test-id="node-creator-item-name"]');
					return n ? n.innerText.trim() : '';
				});
				if (name === 'Segment Public API') {
					await it.click();
					clicked = true;
					break;
				}
			}
			if (!clicked) fail(`no "Segment Public API" among the results: ${JSON.stringify(names)}`);
			await waitUntil('the actions list of Segment Public API ("Get a source")', () =>
				[
					...document.querySelectorAll(
						'[data-test-id="node-creator"] [data-test-id="item-iterator-item"]',
					),
				].some((e) => e.innerText.trim() === 'Get a source'),
			);
			const actions = await page.$$(`${tid('node-creator')} ${tid('item-iterator-item')}`);
			for (const a of actions) {
				if ((await a.evaluate((e) => e.innerText.trim())) === 'Get a source') {
					await a.click();
					break;
				}
			}
			await waitFor(tid('ndv'), 'the node panel (NDV) of the new node');
			const type = await waitUntil(
				'our node on the canvas',
				(t) =>
					document.querySelector(`[data-test-id="canvas-node"][data-node-type="${t}"]`) ? t : null,
				OUR_NODE_TYPE,
			);
			const [resource, operation] = await page.evaluate(() =>
				['resource', 'operation'].map((p) => {
					const i = document.querySelector(`[data-test-id="parameter-input-${p}"] input`);
					return i ? i.value : '';
				}),
			);
			if (resource !== 'Source' || operation !== 'Get') {
				fail(
					`the panel shows Resource "${resource}", Operation "${operation}" instead of Source / Get`,
				);
			}
			return `results ${JSON.stringify(names)}; node type ${type}; Resource ${resource}, Operation ${operation}`;
		},
		{ needs: [1] },
	);

	await step(
		3,
		`credential: "${CRED_NAME}" (imported, region Custom → sandbox) selected in the panel`,
		async () => {
			const selectInput = `${tid('node-credentials-select')} input, input${tid('node-credentials-select')}`;
			await waitFor(tid('node-credentials-select'), 'the Credential field');
			const current = () =>
				page.evaluate(() => {
					const el = document.querySelector('[data-test-id="node-credentials-select"]');
					const input = el && (el.tagName === 'INPUT' ? el : el.querySelector('input'));
					return input ? input.value : el ? el.innerText.trim() : '';
				});
			let value = await current();
			let how = 'preselected by n8n (the only credential of its type)';
			if (value !== CRED_NAME) {
				await page.click(tid('node-credentials-select'));
				await (
					await waitFor(
						tid(`node-credentials-select-item-${CRED_ID}`),
						'the imported credential in the list',
					)
				).click();
				await sleep(500);
				value = await current();
				how = 'selected from the list';
			}
			if (value !== CRED_NAME)
				fail(`the Credential field shows "${value}" (selector ${selectInput})`);
			return how;
		},
		{ needs: [2] },
	);

	await step(
		4,
		`resource locator "From list": search "${SOURCE_SEARCH}", filtered results, pick ${SOURCE_NAME}`,
		async () => {
			const rl = tid('resource-locator-sourceId');
			await waitFor(rl, 'the Source resource locator');
			const mode = await page.$eval(`${rl} ${tid('rlc-mode-selector')}`, (el) => {
				const input = el.tagName === 'INPUT' ? el : el.querySelector('input');
				return input ? input.value : el.innerText.trim();
			});
			if (mode !== 'From list') {
				await page.click(`${rl} ${tid('rlc-mode-selector')}`);
				await pickOption('From list', 'the Source mode selector');
			}
			await page.click(`${rl} ${tid('rlc-input')}`);
			await waitFor(tid('rlc-search'), 'the search box of the From list dropdown');
			const all = await waitUntil('the unfiltered source list', () => {
				const items = [...document.querySelectorAll('[data-test-id="rlc-item"]')].filter(
					(e) => e.offsetParent,
				);
				return items.length > 1 ? items.map((e) => e.innerText.trim()) : null;
			});
			await page.type(tid('rlc-search'), SOURCE_SEARCH);
			const filtered = await waitUntil(
				`the list filtered to names with "${SOURCE_SEARCH}"`,
				([q, n]) => {
					const items = [...document.querySelectorAll('[data-test-id="rlc-item"]')]
						.filter((e) => e.offsetParent)
						.map((e) => e.innerText.trim());
					return items.length &&
						items.length < n &&
						items.every((t) => t.toLowerCase().includes(q.toLowerCase()))
						? items
						: null;
				},
				[SOURCE_SEARCH, all.length],
			);
			await sleep(300);
			shots.push(await docShot('resource-locator-search.png'));
			const items = await page.$$(tid('rlc-item'));
			let done = false;
			for (const it of items) {
				if (
					(await it.evaluate((e) => e.offsetParent !== null && e.innerText.trim()))
						.toString()
						.startsWith(SOURCE_NAME)
				) {
					await it.click();
					done = true;
					break;
				}
			}
			if (!done) fail(`${SOURCE_NAME} is not in the filtered list ${JSON.stringify(filtered)}`);
			const chosen = await waitUntil(
				`${SOURCE_NAME} shown in the Source field`,
				([sel, name]) => {
					const i = document.querySelector(sel);
					return i && i.value.startsWith(name) ? i.value : null;
				},
				[
					`${rl} input[data-test-id="rlc-input"], ${rl} [data-test-id="rlc-input"] input`,
					SOURCE_NAME,
				],
			);
			return `unfiltered ${all.length} sources, filtered ${JSON.stringify(filtered)}, field shows "${chosen}"`;
		},
		{ needs: [3] },
	);

	await step(
		5,
		'Execute step (Source > Get): the output panel shows the picked source',
		async () => {
			await page.click(tid('node-execute-button'));
			await waitUntil(
				`the output panel with ${picked.id} and ${picked.name}`,
				([id, name]) => {
					const out = document.querySelector('[data-test-id="output-panel"]');
					if (!out) return null;
					const err = out.querySelector('[data-test-id="node-error-message"]');
					if (err) return null;
					return out.innerText.includes(id) && out.innerText.includes(name);
				},
				[picked.id, picked.name],
			);
			const status = await page.$(`${tid('output-panel')} ${tid('node-run-status-success')}`);
			const count = await page
				.$eval(tid('ndv-items-count'), (e) => e.innerText.trim())
				.catch(() => '');
			await closeToasts();
			await sleep(600);
			shots.push(await docShot('node-panel-source-get.png'));
			return `output ${count || '(no count)'}: id ${picked.id}, name ${picked.name}${status ? ', run status success' : ''}`;
		},
		{ needs: [4] },
	);

	await step(
		6,
		'Source > Create: "Source Type Name or ID" options load from the sandbox catalog',
		async () => {
			await page.click(tid('parameter-input-operation'));
			await pickOption('Create', 'the Operation dropdown');
			await waitFor(tid('parameter-input-metadataId'), 'the Source Type Name or ID field');
			await sleep(500); // the Operation dropdown closes and the fields below move
			const dropdownOpen = () =>
				page.evaluate(() =>
					[...document.querySelectorAll('.el-select-dropdown')].some(
						(e) => e.offsetParent !== null,
					),
				);
			for (let i = 0; i < 3 && !(await dropdownOpen()); i++) {
				await page.click(`${tid('parameter-input-metadataId')} input`);
				await sleep(1000);
			}
			const options = await waitUntil('options in the Source Type dropdown', () => {
				const texts = [
					...document.querySelectorAll('.el-select-dropdown__item, .el-select-dropdown__empty'),
				]
					.filter((e) => e.offsetParent !== null)
					.map((e) => e.innerText.split('\n')[0].trim());
				return texts.length && !texts.includes('Loading...') ? texts : null;
			});
			const errorShown = await page.evaluate(() =>
				/Error fetching options/i.test(document.body.innerText),
			);
			if (errorShown)
				fail(`"Error fetching options" is shown; options: ${JSON.stringify(options)}`);
			const expected = catalog.map((c) => c.name);
			const missing = expected.filter((n) => !options.includes(n));
			if (!expected.length) fail('the sandbox catalog is empty');
			if (missing.length)
				fail(
					`catalog entries missing from the dropdown: ${JSON.stringify(missing)}; shown ${JSON.stringify(options)}`,
				);
			await page.keyboard.press('Escape');
			return `${options.length} options, all ${expected.length} catalog entries: ${options.join(', ')}`;
		},
		{ needs: [5] },
	);

	await step(
		7,
		'new "Segment Workspace API" credential (default name "Segment Workspace account") with a wrong token: the test error names the token',
		async () => {
			await closeToasts();
			await page.click(tid('node-credentials-select'));
			await (
				await waitFor(
					tid('node-credentials-select-item-new'),
					'"Create new credential" in the Credential list',
				)
			).click();
			const M = tid('editCredential-modal');
			await waitFor(M, 'the credential modal');
			const header = await page.$eval(M, (e) =>
				e.innerText.split('\n').filter(Boolean).slice(0, 2).join(' / '),
			);
			if (!/Segment Workspace API/.test(header))
				fail(`the modal is not a Segment Workspace API credential: ${header}`);
			if (!/Segment Workspace account/.test(header))
				fail(`the new credential's default name is not "Segment Workspace account": ${header}`);
			await typeInto(
				`${M} ${tid('parameter-input-apiToken')} input`,
				'wrong-token-e2e',
				'credential: API Token',
			);
			await page.click(`${M} ${tid('parameter-input-region')}`);
			await pickOption('Custom', 'credential: Region');
			await typeInto(
				`${M} ${tid('parameter-input-baseUrl')} input`,
				sandbox.url,
				'credential: Base URL',
			);
			// n8n takes a typed value over after a short debounce or on blur
			await page.keyboard.press('Tab');
			await sleep(1000);
			const unauthorizedBefore = sandbox.counters.unauthorized;
			await page.click(`${M} ${tid('credential-save-button')}`);
			await waitUntil(
				'"Couldn’t connect with these settings" in the credential modal',
				(sel) => /Couldn.t connect/i.test(document.querySelector(sel).innerText),
				M,
			);
			credentialError = await waitUntil(
				'the error details of the credential test',
				(sel) => {
					// the banner of the test result (the modal has other danger tags, e.g. "Please check the errors below")
					const banner = [...document.querySelectorAll(`${sel} .el-tag--danger`)].find((e) =>
						/Couldn.t connect/i.test(e.innerText),
					);
					if (!banner) return null;
					// the reason is behind "More details"
					const more = [...banner.querySelectorAll('span, a')].find(
						(e) => e.textContent.trim() === 'More details',
					);
					if (more) {
						more.click();
						return null;
					}
					const lines = banner.innerText
						.split('\n')
						.map((l) => l.trim())
						.filter(
							(l) => l && !/^(Couldn.t connect with these settings|Retry|More details)$/i.test(l),
						);
					return lines.length ? lines.join(' ') : null;
				},
				M,
			);
			const ok = /token/i.test(credentialError);
			const refused = sandbox.counters.unauthorized - unauthorizedBefore;
			await closeCredentialModal();
			if (!ok) fail(`the message does not name the token: "${credentialError}"`);
			if (refused < 1) fail('the credential test never reached the sandbox (no 401 counted)');
			return `shown: "${credentialError}" (sandbox answered 401 ${refused}x)`;
		},
		{ needs: [2] },
	);

	// The audit-alert example's test event is the newest deletion in the audit trail: make one.
	const catalogEntry = (await sandboxCall(sandbox, 'GET', '/catalog/sources?pagination[count]=1'))
		.sourcesCatalog[0];
	const throwaway = (
		await sandboxCall(sandbox, 'POST', '/sources', {
			slug: 'editor_test_throwaway',
			metadataId: catalogEntry.id,
			disconnectAllWarehouses: true,
		})
	).source;
	await sandboxCall(sandbox, 'DELETE', `/sources/${throwaway.id}`);

	const isEventTriggerExample = (wf) => wf.nodes.some((n) => n.type === EVENT_TRIGGER_TYPE);
	// The promote example needs two workspaces and an approver to resume its Wait: e2e check 11 runs it.
	const needsTwoWorkspaces = (wf) => wf.nodes.some((n) => n.name === 'Wait For Approval');
	for (const wf of examples.filter((x) => !isEventTriggerExample(x) && !needsTwoWorkspaces(x))) {
		// The drift alert and the restore plan report what changed since the backup example's
		// snapshot: change one thing, and put it back afterwards (a disabled source receives no
		// events for the event trigger's step).
		let changed;
		if (wf.nodes.some((node) => ['Compare With Workspace', 'Plan Restore'].includes(node.name))) {
			changed = (await sandboxCall(sandbox, 'GET', '/sources?pagination[count]=1')).sources[0];
			await sandboxCall(sandbox, 'PATCH', `/sources/${changed.id}`, { enabled: !changed.enabled });
		}
		await step(
			`8.${examples.indexOf(wf) + 1}`,
			`example "${wf.name}" (${wf.id}): Execute workflow in the editor finishes without error`,
			() => runExample(url, wf, sink),
			{ needs: [1] },
		);
		if (changed) await sandboxCall(sandbox, 'PATCH', `/sources/${changed.id}`, { enabled: changed.enabled });
	}

	await step(
		10,
		'node creator lists "Segment Event Trigger"',
		async () => {
			await page.goto(`${url}/workflow/new`, { waitUntil: 'networkidle2' });
			await dismissOnboarding();
			await (await waitFor(tid('canvas-add-button'), 'the "Add first step" button')).click();
			await typeInto(tid('node-creator-search-bar'), 'Segment Event', 'node creator search (trigger)');
			const names = await waitUntil('"Segment Event Trigger" in the node creator', () => {
				const n = [
					...document.querySelectorAll(
						'[data-test-id="node-creator"] [data-test-id="node-creator-item-name"]',
					),
				]
					.filter((e) => e.offsetParent !== null)
					.map((e) => e.innerText.trim());
				return n.includes('Segment Event Trigger') ? n : null;
			});
			await page.keyboard.press('Escape');
			return `results ${JSON.stringify(names)}`;
		},
		{ needs: [1] },
	);

	for (const wf of examples.filter(isEventTriggerExample)) {
		await step(
			`11.${examples.indexOf(wf) + 1}`,
			`example "${wf.name}" (${wf.id}): "Listen for test event", one event through the sandbox's Tracking API runs it, the test destination goes`,
			async () => {
				const testName = `n8n (test): ${wf.name} (${wf.id})`;
				const testDestination = () =>
					[...sandbox.state.destinations.values()].find(
						(d) =>
							d.name === testName &&
							[...sandbox.state.subscriptions.values()].some((s) => s.destinationId === d.id),
					);
				const trigger = wf.nodes.find((n) => n.type === EVENT_TRIGGER_TYPE);
				const source = sandbox.state.sources.get(trigger.parameters.sourceId.value);
				if (!source) fail(`the sandbox has no source ${trigger.parameters.sourceId.value}`);
				// Execute workflow on a webhook trigger listens for a test event: send one once the
				// test destination exists
				const sendWhenListening = (async () => {
					const deadline = Date.now() + 60000;
					let destination;
					while (!(destination = testDestination()) && Date.now() < deadline) await sleep(100);
					if (!destination) fail(`no test destination "${testName}" appeared in the sandbox`);
					const res = await fetch(`${sandbox.url}/v1/track`, {
						method: 'POST',
						headers: {
							authorization: `Basic ${Buffer.from(`${source.writeKeys[0]}:`).toString('base64')}`,
							'content-type': 'application/json',
						},
						body: JSON.stringify({
							userId: 'editor-test',
							event: 'Order Completed',
							properties: { total: 250, currency: 'EUR', order_id: 'editor-1' },
						}),
					});
					if (res.status !== 200) fail(`the Tracking API answered ${res.status}`);
					return destination;
				})();
				const [ran, destination] = await Promise.all([runExample(url, wf, sink), sendWhenListening]);
				const deadline = Date.now() + 20000;
				while (sandbox.state.destinations.has(destination.id) && Date.now() < deadline) await sleep(200);
				if (sandbox.state.destinations.has(destination.id))
					fail(`the test destination ${destination.id} is still there after the test event`);
				return `test destination ${destination.id} created and removed; ${ran}`;
			},
			{ needs: [1] },
		);
	}

	await step(9, 'README screenshots (PNG, 1280x800) for docs/images/', async () => {
		const names = ['resource-locator-search.png', 'node-panel-source-get.png'];
		const update = !!process.env.E2E_UPDATE_SCREENSHOTS;
		const info = names.map((n) => {
			const f = path.join(ARTIFACTS, 'docs', n);
			if (!shots.includes(f) || !fs.existsSync(f)) fail(`${n} was not taken in this run`);
			const b = fs.readFileSync(f);
			if (b.toString('latin1', 1, 4) !== 'PNG') fail(`${n} is not a PNG`);
			const [w, h] = [b.readUInt32BE(16), b.readUInt32BE(20)];
			if (w !== VIEWPORT.width || h !== VIEWPORT.height) fail(`${n} is ${w}x${h}`);
			const doc = path.join(DOC_IMAGES, n);
			let note = 'docs/images/ kept (E2E_UPDATE_SCREENSHOTS=1 replaces it)';
			if (update || !fs.existsSync(doc)) {
				fs.mkdirSync(DOC_IMAGES, { recursive: true });
				fs.copyFileSync(f, doc);
				note = `written to ${path.relative(e2e.REPO, doc)}`;
			}
			return `${n} ${w}x${h} ${(b.length / 1024).toFixed(0)} KB, ${note}`;
		});
		return info.join('; ');
	});

	if (credentialError)
		console.log(`\ncredential test message shown in the UI: "${credentialError}"`);
}

/** Closes the credential modal, answering "Close without saving?" with Close. */
async function closeCredentialModal() {
	const M = tid('editCredential-modal');
	for (let i = 0; i < 5 && (await page.$(M)); i++) {
		await page.evaluate((sel) => {
			const confirm = [...document.querySelectorAll('.el-message-box')].find(
				(b) => b.offsetParent !== null,
			);
			const close = confirm
				? [...confirm.querySelectorAll('button')].find((b) => b.innerText.trim() === 'Close')
				: document.querySelector(`${sel} .el-dialog__headerbtn`);
			if (close) close.click();
		}, M);
		await sleep(500);
	}
}

/** A README screenshot, into e2e/.artifacts/docs/ (step 9 copies it to docs/images/ when asked). */
async function docShot(name) {
	const file = path.join(ARTIFACTS, 'docs', name);
	fs.mkdirSync(path.dirname(file), { recursive: true });
	// no blinking caret, so that the same screen gives the same image
	const style = await page.addStyleTag({ content: '* { caret-color: transparent !important; }' });
	await page.screenshot({ path: file });
	await style.evaluate((e) => e.remove());
	return file;
}

/** Opens an imported example, runs it with "Execute workflow" and checks every node that ran. */
async function runExample(url, wf, sink) {
	const sinkBefore = sink.received.length;
	await page.goto(`${url}/workflow/${wf.id}`, { waitUntil: 'domcontentloaded' });
	await dismissOnboarding();
	const nodes = wf.nodes.filter((n) => n.type !== 'n8n-nodes-base.stickyNote');
	await waitUntil(
		`the ${nodes.length} nodes of the workflow on the canvas`,
		(n) => document.querySelectorAll('[data-test-id="canvas-node"]').length === n,
		nodes.length,
	);
	// a workflow with two triggers runs from the chosen one: the Manual Trigger where there is one
	const triggers = nodes.filter((n) => /trigger/i.test(n.type));
	const manual = triggers.find((n) => n.type === 'n8n-nodes-base.manualTrigger');
	const start = manual || triggers[0];
	const notRun = triggers.filter((n) => n !== start).map((n) => n.name);
	const perTrigger = tid(`execute-workflow-button-${start.name}`);
	if (triggers.length > 1 && (await page.$(perTrigger))) {
		await page.evaluate((sel) => document.querySelector(sel).click(), perTrigger);
	} else {
		await (await waitFor(tid('execute-workflow-button'), 'the Execute workflow button')).click();
	}
	const expected = nodes.map((n) => n.name).filter((n) => !notRun.includes(n));
	const outcome = await waitUntil(
		`all of ${JSON.stringify(expected)} marked successful, or an error`,
		(names) => {
			const toasts = [...document.querySelectorAll('.el-notification')].map((e) =>
				e.innerText.trim(),
			);
			const nodes = [...document.querySelectorAll('[data-test-id="canvas-node"]')];
			const status = (n) =>
				n.querySelector(
					'[data-test-id="canvas-node-status-mark-error"], [data-test-id="node-issues"]',
				)
					? 'error'
					: n.querySelector(
								'[data-test-id="canvas-node-status-success"], [data-test-id="canvas-node-status-mark-success"]',
						  )
						? 'success'
						: 'none';
			const byName = Object.fromEntries(
				nodes.map((n) => [n.getAttribute('data-node-name'), status(n)]),
			);
			const errors = Object.keys(byName).filter((k) => byName[k] === 'error');
			const errorToast = toasts.find((t) => /problem|error|failed/i.test(t));
			if (errors.length || errorToast) return { error: true, errors, toasts };
			if (names.every((k) => byName[k] === 'success')) return { error: false, toasts };
			return null;
		},
		expected,
		{ timeout: 60000 },
	);
	if (outcome.error) {
		fail(
			`nodes in error ${JSON.stringify(outcome.errors)}, toasts ${JSON.stringify(outcome.toasts)}`,
		);
	}
	let extra = '';
	if (
		wf.nodes.some(
			(n) =>
				n.parameters &&
				typeof n.parameters.url === 'string' &&
				n.parameters.url.startsWith(sink.url),
		)
	) {
		const deadline = Date.now() + 10000;
		while (sink.received.length === sinkBefore && Date.now() < deadline) await sleep(100);
		const got = sink.received.slice(sinkBefore);
		if (got.length !== 1) fail(`the message sink received ${got.length} requests instead of 1`);
		let body;
		try {
			body = JSON.parse(got[0].body);
		} catch {
			fail(`the sink got a body that is not JSON: ${got[0].body.slice(0, 200)}`);
		}
		const expectedText = /^(New Segment source: |Source Deleted: |Large order: |\*Segment workspace drifted from its last backup \(1\)\*\n|\*Restoring the last backup would make 1 change\* \(nothing was written\)\n)/;
		if (!body.text || !expectedText.test(body.text))
			fail(`unexpected notification: ${got[0].body.slice(0, 300)}`);
		extra = `; sink got ${got[0].method} ${got[0].url}: ${JSON.stringify(body.text)}`;
	}
	const toast = outcome.toasts.find((t) => /success/i.test(t));
	return `${expected.length} nodes succeeded${notRun.length ? ` (not run: ${notRun.join(', ')})` : ''}${toast ? `, toast "${toast}"` : ''}${extra}`;
}

main().catch((err) => {
	console.error(`editor test aborted: ${err.stack || err.message}`);
	e2e.killAll();
	process.exit(1);
});
