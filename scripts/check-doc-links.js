#!/usr/bin/env node
// Checks that every documentation link of the package lands on a file and heading that exist:
// - the codex files' links (nodes/*/*.node.json, resources.*[].url),
// - the credentials' documentationUrl (credentials/*.credentials.ts),
// - the relative links of README.md and docs/*.md.
// Links into this repository on GitHub (the package.json homepage's repository, "#anchor" for the
// README, "/blob/<branch>/<path>#anchor" for another file) are resolved to the local file. An anchor
// must be a heading's GitHub anchor (lower case, punctuation dropped, spaces as hyphens, "-1", "-2"
// for repeats; headings inside code fences do not count) or an explicit <a id="..."> / <a name="...">.
//
//   node scripts/check-doc-links.js     exits 1 naming each broken link
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');

/** GitHub's anchor of a heading's text. */
function slug(heading) {
	return heading
		.replace(/<[^>]*>/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}_\- ]/gu, '')
		.replace(/ /g, '-');
}

/** The anchors a Markdown file offers. */
function anchorsOf(markdown) {
	const anchors = new Set();
	const counts = new Map();
	let fence = null;
	for (const line of markdown.split('\n')) {
		const opening = /^\s*(```+|~~~+)/.exec(line);
		if (opening) {
			if (fence === null) fence = opening[1][0];
			else if (opening[1][0] === fence) fence = null;
			continue;
		}
		if (fence !== null) continue;
		for (const match of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(match[1]);
		const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
		if (!heading) continue;
		const base = slug(heading[1]);
		const seen = counts.get(base) ?? 0;
		counts.set(base, seen + 1);
		anchors.add(seen === 0 ? base : `${base}-${seen}`);
	}
	return anchors;
}

/** The repository's GitHub URL prefix, from package.json. */
function repositoryUrl() {
	const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	const match = /github\.com\/([^/#]+\/[^/#.]+)/.exec(pkg.homepage ?? pkg.repository?.url ?? '');
	return match ? `https://github.com/${match[1]}` : null;
}

/** [file relative to ROOT, anchor] for a URL into this repository, or null for another site. */
function localTarget(url, repo) {
	if (!repo || !url.startsWith(repo)) return null;
	const rest = url.slice(repo.length);
	const [where, anchor] = rest.split('#');
	if (where === '' || where === '/') return ['README.md', anchor];
	const blob = /^\/(?:blob|tree)\/[^/]+\/(.+)$/.exec(where);
	if (!blob) return [where, anchor];
	return [decodeURIComponent(blob[1]), anchor];
}

function collectLinks() {
	const links = [];
	const repo = repositoryUrl();
	const nodesDir = path.join(ROOT, 'nodes');
	for (const dir of fs.readdirSync(nodesDir)) {
		const folder = path.join(nodesDir, dir);
		if (!fs.statSync(folder).isDirectory()) continue;
		for (const file of fs.readdirSync(folder).filter((name) => name.endsWith('.node.json'))) {
			const codex = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'));
			for (const [kind, entries] of Object.entries(codex.resources ?? {})) {
				for (const { url } of entries) {
					links.push({
						from: `nodes/${dir}/${file} (${kind})`,
						url,
						target: localTarget(url, repo),
					});
				}
			}
		}
	}
	const credentialsDir = path.join(ROOT, 'credentials');
	for (const file of fs.readdirSync(credentialsDir).filter((name) => name.endsWith('.ts'))) {
		const source = fs.readFileSync(path.join(credentialsDir, file), 'utf8');
		for (const match of source.matchAll(/documentationUrl\s*=\s*'([^']+)'/g)) {
			links.push({
				from: `credentials/${file} (documentationUrl)`,
				url: match[1],
				target: localTarget(match[1], repo),
			});
		}
	}
	const docs = fs.existsSync(path.join(ROOT, 'docs'))
		? fs
				.readdirSync(path.join(ROOT, 'docs'))
				.filter((name) => name.endsWith('.md'))
				.map((name) => `docs/${name}`)
		: [];
	for (const file of ['README.md', ...docs]) {
		const markdown = fs.readFileSync(path.join(ROOT, file), 'utf8');
		// Links outside code fences and inline code: [text](target) and ![alt](target).
		let fence = false;
		markdown.split('\n').forEach((line, index) => {
			if (/^\s*(```|~~~)/.test(line)) fence = !fence;
			if (fence) return;
			const text = line.replace(/`[^`]*`/g, '');
			for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
				const url = match[1];
				const from = `${file}:${index + 1}`;
				if (/^[a-z]+:/i.test(url)) {
					const target = localTarget(url, repo);
					if (target) links.push({ from, url, target });
					continue;
				}
				const [where, anchor] = url.split('#');
				const resolved =
					where === ''
						? file
						: path.posix.normalize(path.posix.join(path.posix.dirname(file), where));
				links.push({ from, url, target: [resolved, anchor] });
			}
		});
	}
	return links;
}

function check() {
	const problems = [];
	const anchorCache = new Map();
	const links = collectLinks();
	let anchored = 0;
	for (const { from, url, target } of links) {
		if (!target) continue; // another site: not checked here
		const [file, anchor] = target;
		const full = path.join(ROOT, file);
		if (!fs.existsSync(full)) {
			problems.push(`${from}: ${url}: ${file} does not exist`);
			continue;
		}
		if (anchor === undefined || anchor === '') continue;
		anchored += 1;
		if (!file.endsWith('.md')) {
			problems.push(`${from}: ${url}: an anchor into ${file}, which is not Markdown`);
			continue;
		}
		if (!anchorCache.has(file)) anchorCache.set(file, anchorsOf(fs.readFileSync(full, 'utf8')));
		if (!anchorCache.get(file).has(anchor)) {
			problems.push(`${from}: ${url}: ${file} has no heading with the anchor #${anchor}`);
		}
	}
	return { problems, links: links.length, anchored };
}

module.exports = { slug, anchorsOf, check };

if (require.main === module) {
	const { problems, links, anchored } = check();
	for (const problem of problems) console.error(`check-doc-links: ${problem}`);
	if (problems.length > 0) {
		console.error(`check-doc-links: ${problems.length} broken link(s)`);
		process.exit(1);
	}
	console.log(`check-doc-links: ${links} links checked, ${anchored} anchors exist`);
}
