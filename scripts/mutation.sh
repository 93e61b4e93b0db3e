#!/usr/bin/env bash
# Mutation testing with mutmut 3.8: do the tests fail when the code is wrong?
#
#   scripts/mutation.sh anchoring   # core/anchoring.py + core/quote_matching.py (~1-3 min)
#   scripts/mutation.sh citations   # export/cite.py, citeproc.py, csl_styles.py (~1-3 min)
#   scripts/mutation.sh core        # briefer/core/* and the citation modules (long)
#   scripts/mutation.sh 'GLOB[ GLOB]' 'TEST[ TEST]'   # anything else
#
# It copies the work tree (uncommitted changes included) to a scratch folder,
# MUTATION_DIR or a new /tmp/briefer-mutation.*, and runs mutmut there, so nothing
# is written into the repository. The [tool.mutmut] section of pyproject.toml is
# narrowed in the copy: only_mutate to the target's modules, the tests to those that
# cover it (mutmut then runs, for each mutant, the ones that call the mutated
# function, like `python -m pytest -x -q -p no:warnings TESTS`).
# MUTATION_JOBS (default: the number of CPUs) mutants run at once.
# At the end it prints killed/total and the survivors; to see one:
#   cd MUTATION_DIR && mutmut show NAME
# Exit status: 0 when it ran (whatever survived), 1 when it could not run.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
target=${1:-anchoring}
case "$target" in
  anchoring)
    mutate="briefer/core/anchoring.py briefer/core/quote_matching.py"
    tests="tests/core/test_anchoring_mutants.py tests/core/test_anchoring.py
           tests/core/test_anchoring_properties.py" ;;
  citations)
    mutate="briefer/export/cite.py briefer/export/citeproc.py briefer/export/csl_styles.py"
    tests="tests/export/test_cite.py tests/export/test_citeproc.py
           tests/export/test_citation_items.py tests/export/test_check_fields.py
           tests/export/test_docx.py tests/export/test_safety.py" ;;
  core)
    mutate="briefer/core/* briefer/export/cite*.py briefer/export/csl_styles.py"
    tests="tests/core tests/export" ;;
  -h|--help)
    sed -n '2,18p' "$0"; exit 0 ;;
  *)
    mutate=$target
    tests=${2:-tests/core tests/export} ;;
esac

if ! python -c 'import importlib.metadata as m, sys; sys.exit(not m.version("mutmut").startswith("3."))' \
    2>/dev/null; then
  python -m pip install -q "mutmut==3.8.1"
fi

work=${MUTATION_DIR:-$(mktemp -d /tmp/briefer-mutation.XXXXXX)}
mkdir -p "$work"
rm -rf "$work/mutants"
tar -C "$repo" -cf - --exclude=.git --exclude=mutants --exclude=__pycache__ \
    --exclude=.hypothesis --exclude=.pytest_cache --exclude=.mypy_cache \
    --exclude=.ruff_cache --exclude=.benchmarks --exclude=build --exclude=fuzz-out \
    --exclude='*.egg-info' . \
  | tar -C "$work" -xf -
cd "$work"

# only the tests that exist (a missing one would fail every run: every mutant "killed")
existing=()
for t in $tests; do
  if [ -e "$t" ]; then existing+=("$t"); fi
done
if [ ${#existing[@]} -eq 0 ]; then
  echo "mutation.sh: none of the tests exist: $tests" >&2
  exit 1
fi

MUTATE="$mutate" TESTS="${existing[*]}" python - <<'EOF'
import json, os, re
text = open("pyproject.toml", encoding="utf-8").read()
section = re.search(r"^\[tool\.mutmut\]\n(?:(?!\[).*\n?)*", text, re.M)
assert section, "pyproject.toml has no [tool.mutmut] section"
lines = [line for line in section.group(0).splitlines()[1:]
         if not line.startswith(("only_mutate", "pytest_add_cli_args_test_selection"))]
lines += ["only_mutate = " + json.dumps(os.environ["MUTATE"].split()),
          "pytest_add_cli_args_test_selection = " + json.dumps(os.environ["TESTS"].split())]
new = "[tool.mutmut]\n" + "\n".join(lines) + "\n"
open("pyproject.toml", "w", encoding="utf-8").write(text.replace(section.group(0), new))
print(new, end="")
EOF

export QT_QPA_PLATFORM=offscreen
echo "mutation.sh: mutating $mutate in $work"
jobs=${MUTATION_JOBS:-$(nproc)}
if ! mutmut run --max-children "$jobs" > mutmut-run.log 2>&1; then
  tail -n 40 mutmut-run.log >&2
  echo "mutation.sh: mutmut failed; the log is $work/mutmut-run.log" >&2
  exit 1
fi
mutmut results --all true > mutmut-results.txt 2>/dev/null || true
python - <<'EOF'
import collections, re
status = collections.Counter()
by_file = collections.defaultdict(collections.Counter)
survivors = []
for line in open("mutmut-results.txt", encoding="utf-8"):
    m = re.match(r"\s*([\w.]+?)\.x_?\w*__mutmut_\d+: (.+)", line)
    if not m:
        continue
    status[m.group(2)] += 1
    by_file[m.group(1)][m.group(2)] += 1
    if m.group(2) == "survived":
        survivors.append(line.strip().split(":")[0])
for module, counts in sorted(by_file.items()):
    print(f"mutation.sh: {module}: killed {counts['killed']}/{sum(counts.values())}  "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if k != "killed"))
print(f"mutation.sh: total: killed {status['killed']}/{sum(status.values())}")
print("mutation.sh: survivors:")
for name in survivors:
    print("   ", name)
EOF
echo "mutation.sh: results kept in $work (cd there; mutmut show NAME; mutmut browse)"
