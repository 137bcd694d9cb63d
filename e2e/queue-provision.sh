#!/usr/bin/env bash
# Dev-only: make sure Redis and PostgreSQL binaries are on this machine for e2e/queue.js (n8n in
# queue mode). Installs Debian's packages only when a binary is missing; starts no service (the
# test runs its own Redis and Postgres, with data in a temp folder, on free ports of 127.0.0.1).
#
#   bash e2e/queue-provision.sh     # check / install (apt-get needs root)
#
# Prints the binaries it found. Exit 0 when both are usable.
set -euo pipefail

main() {
  local need=()
  command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
  # Debian puts the server binaries in /usr/lib/postgresql/<major>/bin, not on PATH
  local pgbin
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [[ -z "$pgbin" || ! -x "$pgbin/postgres" || ! -x "$pgbin/initdb" ]]; then need+=(postgresql); fi

  if ((${#need[@]})); then
    if [[ $(id -u) -ne 0 ]]; then
      echo "[queue-provision] missing ${need[*]}: run as root, or: sudo apt-get install -y ${need[*]}" >&2
      exit 1
    fi
    echo "[queue-provision] installing ${need[*]} from Debian's packages"
    local t=$SECONDS
    # A service that the package would start is not wanted (Debian images usually deny it through
    # /usr/sbin/policy-rc.d already); the test starts its own instances.
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; then
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    fi
    echo "[queue-provision] installed in $((SECONDS - t)) s"
    pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  fi
  # Postgres refuses to run as root: the test runs initdb and postgres as this user
  if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    echo "[queue-provision] no 'postgres' user (the postgresql package creates it)" >&2
    exit 1
  fi
  echo "[queue-provision] $(redis-server --version | cut -d' ' -f1-3); postgres $("$pgbin/postgres" --version | awk '{print $3}') in $pgbin"
}

main "$@"
