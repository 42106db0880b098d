#!/usr/bin/env bash
# The user's first minute (issue #10): a virtual environment with the pip its Python ships, a plain `pip install .`
# (no extras, no pip upgrade), then `veille analyze` on the bundled example must give a veille/1 analysis.
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d /tmp/veille-plain.XXXXXX)"
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
echo "plain install with $("$work/venv/bin/pip" --version | cut -d' ' -f1-2)" >&2
"$work/venv/bin/pip" install --quiet --no-cache-dir . >&2
(cd "$work" && "$work/venv/bin/veille" --help >/dev/null)
"$work/venv/bin/veille" analyze examples/article-fr-poutine-pyongyang.txt --format json > "$work/seed.json"
# without the ray extra, veille batch says what to install instead of failing on an import (issue #13)
if "$work/venv/bin/veille" batch run examples/corpus --out "$work/batch" 2> "$work/batch.err"; then
    echo "veille batch ran without Ray installed" >&2; exit 1
fi
grep -q "veille\[ray\]" "$work/batch.err" || { cat "$work/batch.err" >&2; exit 1; }
"$work/venv/bin/python" - "$work/seed.json" <<'PY'
import json, sys
analysis = json.load(open(sys.argv[1], encoding="utf-8"))
assert analysis["schema"] == "veille/1" and "error" not in analysis, analysis.get("error")
names = {entity["name"] for entity in analysis["entities"]}
assert "Vladimir Poutine" in names and analysis["quotes"] and analysis["events"], "the seed analysis is incomplete"
print(f"plain install: ok ({len(analysis['entities'])} entities, {len(analysis['quotes'])} quotes, "
      f"{len(analysis['events'])} events)", file=sys.stderr)
PY
