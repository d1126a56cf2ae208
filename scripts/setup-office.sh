#!/usr/bin/env bash
# Installs LibreOffice (headless, no GUI) for the office test layer only, from Debian apt, when it is
# missing; quiet and instant when it is there. The app itself never needs it.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=versions.env
. scripts/versions.env
scripts/apt-install.sh setup-office $OFFICE_APT_PACKAGES
