#!/bin/sh
# scripts/check-layers on small trees, each with one kind of problem (and one with none): it must
# pass the good tree and fail each other one with the problem's own words.
set -u
check="$1"
here=$(cd "$(dirname "$0")" && pwd)
failures=0
expect() {  # TREE EXIT WORDS
  out=$("$check" "$here/$1" 2>&1)
  code=$?
  if [ "$code" -ne "$2" ]; then
    echo "$1: exit $code, expected $2"; echo "$out"; failures=$((failures + 1))
  elif [ -n "$3" ] && ! printf '%s' "$out" | grep -qF -- "$3"; then
    echo "$1: the output lacks \"$3\""; echo "$out"; failures=$((failures + 1))
  fi
}
expect good 0 ""
expect against 1 "low/a.cpp:2: error: includes high/b.hpp, but high/ comes after low/ in LAYERS"
expect cycle 1 "these units include each other in a circle: low/a, low/b"
expect long 1 "high/c.cpp: error: 6 lines; a file in high/ has at most 5"
expect unlisted 1 "elsewhere/d.hpp: error: its folder is not in"
[ "$failures" -eq 0 ] && echo "check-layers: every tree judged as expected"
exit "$failures"
