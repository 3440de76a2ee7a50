#!/bin/sh
# Regenerates the fixtures of packages/core/src/__fixtures__/ that come from Python: what pylint
# counts and prints for samples/*.py, and how Python prints scores. Needs pylint (Debian:
# apt-get install pylint) and runs on the interpreter pylint itself runs on, which is not
# necessarily the first python3 on PATH.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
pylint_bin=$(command -v pylint) || { echo "make-fixture: pylint not found; install it (apt-get install pylint)" >&2; exit 2; }
python=$(head -n 1 "$pylint_bin" | sed -e 's/^#! *//')
$python "$here/make-fixture.py"
$python "$here/python-format-cases.py"
