#!/usr/bin/env bash
# Installs the Debian packages named on the command line with apt, only those that are missing; quiet
# and instant when all are there. Recovers a dpkg run that an earlier install left interrupted (seen on
# a CI machine: "dpkg was interrupted, you must manually run 'dpkg --configure -a'") and waits for an
# apt lock another process holds, instead of failing the layer.
# Usage: scripts/apt-install.sh LABEL package...
set -euo pipefail
label=$1; shift
missing=()
for pkg in "$@"; do
  [ -e "/var/lib/dpkg/info/$pkg.list" ] || [ -e "/var/lib/dpkg/info/$pkg:amd64.list" ] || missing+=("$pkg")
done
[ ${#missing[@]} -gt 0 ] || exit 0
printf '%s: installing %s with apt (a few minutes, once)\n' "$label" "${missing[*]}"
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
lock=(-o DPkg::Lock::Timeout=600)
recover() {
  printf '%s: finishing an interrupted dpkg run first (dpkg --configure -a)\n' "$label"
  $SUDO dpkg --force-confdef --force-confold --configure -a
  $SUDO apt-get "${lock[@]}" install -f -y -qq >/dev/null
}
# An interrupted run leaves its journal in /var/lib/dpkg/updates; apt refuses to install until it is done.
if [ -n "$(ls -A /var/lib/dpkg/updates 2>/dev/null)" ]; then recover; fi
$SUDO apt-get "${lock[@]}" update -qq
install() { $SUDO apt-get "${lock[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
if ! install; then
  recover
  install
fi
