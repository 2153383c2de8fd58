#!/usr/bin/env bash
# What a newcomer does: clone this repository into an empty temporary directory (no ../shared
# beside it), make a new virtual environment, and run the README's quick-start commands verbatim
# (the first ```sh block under "## Quick start"). Exit non-zero if any of them fails.
#   bash tools/fresh_clone_check.sh            # checks HEAD of this repository
set -euo pipefail
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q "$repo" "$work/vanban"
python3 -m venv "$work/venv"
# shellcheck disable=SC1091
source "$work/venv/bin/activate"
cd "$work/vanban"
commands=$(awk '/^## Quick start/{q=1} q&&/^```sh/{f=1;next} f&&/^```/{exit} f' README.md)
[ -n "$commands" ] || { echo "no quick-start commands found in README.md" >&2; exit 1; }
while IFS= read -r command; do
  echo "== $command"
  bash -c "$command"
done <<<"$commands"
echo "fresh clone: the README's commands passed"
