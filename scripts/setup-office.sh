#!/usr/bin/env bash
# Installs LibreOffice (headless, no GUI) for the office test layer only, from Debian apt, when it is
# missing; quiet and instant when it is there. The app itself never needs it.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=versions.env
. scripts/versions.env
missing=()
for pkg in $OFFICE_APT_PACKAGES; do
  [ -e "/var/lib/dpkg/info/$pkg.list" ] || [ -e "/var/lib/dpkg/info/$pkg:amd64.list" ] || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  printf 'setup-office: installing %s with apt (a few minutes, once)\n' "${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
