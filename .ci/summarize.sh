#!/usr/bin/env bash
# Sums the <Counters .../> of every TRX report under a results directory and
# prints, as its last line:
#
#     N passed, N failed, N skipped
#
# Usage: .ci/summarize.sh RESULTS_DIR [DOTNET_TEST_LOG]
#
# With DOTNET_TEST_LOG (the console output of `dotnet test`), the "Test run
# summary" that dotnet test printed for the whole run is the authority: TRX files
# of modules started in the same instant can share a name and overwrite each
# other, so a difference is reported and the console totals are used.
#
# Exit code: 0 when at least one test passed or failed and none failed and
# every report was readable; 1 otherwise (failures, no test executed,
# unreadable report).
#
# Only bash, find, tr, grep and sed: no python, no dotnet.
set -euo pipefail

results_dir=${1:?usage: summarize.sh RESULTS_DIR [DOTNET_TEST_LOG]}
test_log=${2:-}

passed=0
failed=0
skipped=0
problems=0
reports=0

# Value of a numeric attribute in a one-line <Counters .../> element; 0 if absent.
counter() {
  local element=$1 name=$2 value
  value=$(printf '%s\n' "$element" | sed -n "s/.*[[:space:]]$name=\"\([0-9][0-9]*\)\".*/\1/p")
  printf '%s' "${value:-0}"
}

if [[ -d $results_dir ]]; then
  while IFS= read -r -d '' trx; do
    reports=$((reports + 1))
    # TRX may be one line (xunit.v3) or pretty-printed: flatten before matching.
    flat=$(tr '\r\n\t' '   ' <"$trx")
    element=$(printf '%s\n' "$flat" | grep -o '<Counters[^>]*>' | head -n 1 || true)
    module=$(printf '%s\n' "$flat" | grep -o 'codeBase="[^"]*"' | head -n 1 | sed 's/^codeBase="//; s/"$//' || true)
    module=${module##*/}
    module=${module##*\\}
    if [[ -z $element ]]; then
      echo "summarize: no <Counters> element in $trx (truncated or crashed run?)"
      problems=$((problems + 1))
      continue
    fi
    p=$(counter "$element" passed)
    f=$(( $(counter "$element" failed) + $(counter "$element" error) \
        + $(counter "$element" timeout) + $(counter "$element" aborted) ))
    # xunit.v3 reports skipped tests as notExecuted.
    s=$(( $(counter "$element" notExecuted) + $(counter "$element" inconclusive) \
        + $(counter "$element" notRunnable) ))
    echo "  ${module:-unknown module}: $p passed, $f failed, $s skipped  (${trx##*/})"
    passed=$((passed + p))
    failed=$((failed + f))
    skipped=$((skipped + s))
  done < <(find "$results_dir" -type f -name '*.trx' -print0 | sort -z)
fi

if [[ $reports -eq 0 ]]; then
  echo "summarize: no TRX report found under $results_dir"
fi

# Cross-check against the aggregate that `dotnet test` (MTP mode) printed last.
if [[ -n $test_log && -f $test_log ]]; then
  block=$(sed 's/\x1b\[[0-9;?]*[A-Za-z]//g' "$test_log" \
    | awk '/^Test run summary:/ { buf = ""; keep = 1 } keep { buf = buf $0 "\n" } END { printf "%s", buf }')
  if [[ -n $block ]]; then
    c_total=$(printf '%s' "$block" | sed -n 's/^[[:space:]]*total:[[:space:]]*\([0-9][0-9]*\).*/\1/p' | head -n 1)
    c_failed=$(printf '%s' "$block" | sed -n 's/^[[:space:]]*failed:[[:space:]]*\([0-9][0-9]*\).*/\1/p' | head -n 1)
    c_passed=$(printf '%s' "$block" | sed -n 's/^[[:space:]]*succeeded:[[:space:]]*\([0-9][0-9]*\).*/\1/p' | head -n 1)
    c_skipped=$(printf '%s' "$block" | sed -n 's/^[[:space:]]*skipped:[[:space:]]*\([0-9][0-9]*\).*/\1/p' | head -n 1)
    if [[ -n $c_total && -n $c_failed && -n $c_passed && -n $c_skipped ]]; then
      if [[ $c_passed -ne $passed || $c_failed -ne $failed || $c_skipped -ne $skipped \
            || $c_total -ne $((passed + failed + skipped)) ]]; then
        # Test modules started in the same instant can write TRX files of the same name, so one report
        # may overwrite another: the console summary of the whole run is the authority.
        echo "summarize: TRX totals ($passed passed, $failed failed, $skipped skipped) differ from" \
             "the dotnet test console summary (total $c_total); using the console summary"
      fi
      passed=$c_passed
      failed=$c_failed
      skipped=$c_skipped
    fi
  fi
fi

status=0
if [[ $((passed + failed)) -eq 0 ]]; then
  echo "summarize: no test was executed"
  status=1
fi
if [[ $failed -ne 0 || $problems -ne 0 ]]; then
  status=1
fi

echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
