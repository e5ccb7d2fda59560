#!/usr/bin/env bash
# Adds every public symbol the PublicAPI analyzer reports as undeclared (RS0016), and drops
# every declared one that no longer exists (RS0017), in
# src/Runtime/PublicAPI.Unshipped.txt. Review the diff: it is the package's public surface.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
sarif=$(mktemp --suffix=.sarif)
trap 'rm -f "$sarif"' EXIT
for project in "$root"/src/Runtime/AgentGen.csproj "$root"/src/Testing/AgentGen.Testing.csproj \
  "$root"/src/Stores.Sqlite/AgentGen.Sqlite.csproj "$root"/src/Stores.PostgreSql/AgentGen.PostgreSql.csproj \
  "$root"/src/Hosting/AgentGen.Hosting.csproj; do
unshipped="$(dirname "$project")/PublicAPI.Unshipped.txt"
# Records report their members before themselves: a few passes reach a fixed point.
for pass in 1 2 3; do
rm -f "$sarif"
dotnet build "$project" -f net10.0 --no-incremental -p:ErrorLog="$sarif%2Cversion=2.1" >/dev/null 2>&1 || true
python3 - "$sarif" "$unshipped" <<'PY'
import json, sys
sarif, unshipped = sys.argv[1], sys.argv[2]
import re
names, removed = set(), set()
for run in json.load(open(sarif))["runs"]:
    for result in run.get("results", []):
        if result.get("ruleId") == "RS0016":
            names.add(result["properties"]["customProperties"]["APIName"])
        elif result.get("ruleId") == "RS0017":
            match = re.match(r"Symbol '(.*)' is part of the declared API", result["message"]["text"])
            if match:
                removed.add(match.group(1))
lines = [l.rstrip("\n") for l in open(unshipped) if l.strip()]
header = [l for l in lines if l.startswith("#")] or ["#nullable enable"]
body = sorted((set(l for l in lines if not l.startswith("#")) | names) - removed, key=lambda s: s.lower())
open(unshipped, "w").write("\n".join(header + body) + "\n")
print(f"added {len(names)} symbols, removed {len(removed)}")
PY
done
done
