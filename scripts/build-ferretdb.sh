#!/usr/bin/env bash
# Builds FerretDB 1.24.2 (the embedded database) once into .cache/ferretdb/bin/ferretdb.
# Why a tools module and vendoring instead of `go install ...@v1.24.2`: see docs/database.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${EFILE_CACHE_DIR:-$root/.cache}/ferretdb"
bin="$out/bin/ferretdb"
version="v1.24.2"
# Read the version into a variable: `... | grep -q` would close the pipe early, and under
# pipefail FerretDB's SIGPIPE (exit 141) would read as "not built" and trigger a rebuild.
if [ -x "$bin" ] && [[ "$("$bin" --version 2>/dev/null || true)" == *"version: $version"* ]]; then
  exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  echo "The embedded database needs Go (1.24 or newer) to build FerretDB once: install Go, or set MONGODB_URI to a MongoDB you run." >&2
  exit 1
fi
echo "Building the embedded database (FerretDB $version) once; this takes a minute or two ..." >&2
work="$out/build"
rm -rf "$work"
mkdir -p "$work" "$out/bin"
cp "$root/scripts/ferretdb/go.mod" "$root/scripts/ferretdb/go.sum" "$root/scripts/ferretdb/tools.go" "$work/"
cd "$work"
export GOFLAGS="-buildvcs=false -mod=vendor"
GOFLAGS=-mod=mod go mod vendor
# The module zip lacks the version file that FerretDB's release build generates; without it the binary refuses to start.
echo "$version" > vendor/github.com/FerretDB/FerretDB/build/version/version.txt
echo "efile-rollout" > vendor/github.com/FerretDB/FerretDB/build/version/package.txt
go build -trimpath -o "$bin.tmp" github.com/FerretDB/FerretDB/cmd/ferretdb
mv "$bin.tmp" "$bin"
cd "$root"
rm -rf "$work"
built="$("$bin" --version)"
echo "${built%%$'\n'*}" >&2
