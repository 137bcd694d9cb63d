// Copies the icons and codex files of nodes/ and credentials/ into dist/.
// Dependency-free: `node gulpfile.js` runs it, and `gulp build:icons` runs the same task.
const fs = require('node:fs');
const path = require('node:path');

const SOURCE_DIRS = ['nodes', 'credentials'];
const ASSET = /\.(svg|png|node\.json)$/;

function copyAssets(dir) {
	let copied = 0;
	if (!fs.existsSync(dir)) return copied;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const from = path.join(dir, entry.name);
		if (entry.isDirectory()) {
			copied += copyAssets(from);
		} else if (ASSET.test(entry.name)) {
			const to = path.join('dist', from);
			fs.mkdirSync(path.dirname(to), { recursive: true });
			fs.copyFileSync(from, to);
			copied += 1;
		}
	}
	return copied;
}

function buildIcons(done) {
	const copied = SOURCE_DIRS.reduce((sum, dir) => sum + copyAssets(dir), 0);
	console.log(`gulpfile: copied ${copied} static assets into dist/`);
	if (done) done();
}

exports['build:icons'] = buildIcons;
exports.default = buildIcons;

if (require.main === module) buildIcons();
