#!/usr/bin/env bash
# Benchmark the commands over the real corpus (../shared/corpus relative to
# the repository root), side by side with copying the same files:
#
#   bench/corpus.sh            build, extract, verify, check; peak memory
#   bench/corpus.sh --peers    and Translate Toolkit's md2po/po2md on the
#                              same pages (installed in /tmp/tt, never a
#                              dependency of the project)
#
# It measures; it asserts nothing. Timings come from hyperfine (median and
# range of several runs), peak memory from /usr/bin/time -v. Both are
# installed with apt-get when missing. A corpus 20 times larger is made in a
# temporary directory by copying every page under 20 new names, to see how
# time and memory grow with the number of pages.
set -euo pipefail
cd "$(dirname "$0")/.."

CORPUS=../shared/corpus
if [ ! -d "$CORPUS/fr-FR" ] || [ ! -d "$CORPUS/de-DE" ]; then
    echo "bench: no corpus in $CORPUS (fr-FR, de-DE): nothing to measure"
    exit 0
fi
PEERS=0
for a in "$@"; do
    case "$a" in
        --peers) PEERS=1 ;;
        *) echo "usage: bench/corpus.sh [--peers]" >&2; exit 2 ;;
    esac
done
RUNS=${RUNS:-10}

need_apt() {
    # $1: command that must exist, $2: Debian package that has it
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "bench: installing $2"
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
    fi
}
need_apt hyperfine hyperfine
[ -x /usr/bin/time ] || { apt-get update -qq >/dev/null; apt-get install -y -qq time >/dev/null; }

cargo build --release --quiet
BIN=$PWD/target/release/attest-l10n
FR=$(cd "$CORPUS/fr-FR" && pwd)
DE=$(cd "$CORPUS/de-DE" && pwd)
WORK=$(mktemp -d /tmp/attest-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export CI=1 # no progress display while measuring

echo "== machine"
echo "$(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); $("$BIN" --version)"
echo "corpus: $(find "$FR" -type f | wc -l) files in fr-FR, $(du -sh "$FR" | cut -f1)"

JSON=()
bench() {
    # $1: name of the JSON file; the rest: hyperfine arguments
    local name=$1
    shift
    hyperfine --style basic --warmup "${WARMUP:-2}" --runs "$RUNS" --export-json "$WORK/$name.json" "$@"
    JSON+=("$WORK/$name.json")
}

echo "== build beside cp -r (three locales: three copies)"
bench build \
    --prepare "rm -rf '$WORK/out'" -n "build fr-FR, 3 locales (empty output)" \
    "'$BIN' build --pages '$FR' --out '$WORK/out'" \
    --prepare "rm -rf '$WORK/cp'" -n "cp -r fr-FR, 3 times" \
    "mkdir -p '$WORK/cp' && cp -r '$FR' '$WORK/cp/en-US' && cp -r '$FR' '$WORK/cp/fr-FR' && cp -r '$FR' '$WORK/cp/de-DE'"
# The same into memory (tmpfs), where creating a file costs no disk work:
# what the build itself costs.
SHM=""
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
    SHM=$(mktemp -d /dev/shm/attest-bench.XXXXXX)
    trap 'rm -rf "$WORK" "$SHM"' EXIT
    bench build-shm \
        --prepare "rm -rf '$SHM/out'" -n "build fr-FR, 3 locales (empty output, tmpfs)" \
        "'$BIN' build --pages '$FR' --out '$SHM/out'" \
        --prepare "rm -rf '$SHM/cp'" -n "cp -r fr-FR, 3 times (tmpfs)" \
        "mkdir -p '$SHM/cp' && cp -r '$FR' '$SHM/cp/en-US' && cp -r '$FR' '$SHM/cp/fr-FR' && cp -r '$FR' '$SHM/cp/de-DE'"
    rm -rf "${SHM:?}/out" "${SHM:?}/cp"
fi

echo "== build with nothing changed, one thread and all cores"
"$BIN" build --pages "$FR" --out "$WORK/out" >/dev/null 2>&1 || true
bench nochange \
    -n "build fr-FR, nothing changed" "'$BIN' build --pages '$FR' --out '$WORK/out'" \
    -n "build fr-FR, nothing changed, --jobs 1" "'$BIN' --jobs 1 build --pages '$FR' --out '$WORK/out'"

echo "== extract and verify"
bench read \
    -n "extract fr-FR (YAML to stdout)" "'$BIN' extract '$FR' >/dev/null" \
    -n "extract fr-FR --format json" "'$BIN' extract --format json '$FR' >/dev/null" \
    -n "verify fr-FR" "'$BIN' verify '$FR'" \
    -n "verify fr-FR and de-DE" "'$BIN' verify '$FR' '$DE'" \
    -n "verify fr-FR, --jobs 1" "'$BIN' --jobs 1 verify '$FR'" \
    -n "extract + verify fr-FR" "'$BIN' extract '$FR' >/dev/null && '$BIN' verify '$FR'"

echo "== check"
if "$BIN" check --help >/dev/null 2>&1; then
    bench check -n "check (the project)" "'$BIN' check >/dev/null 2>&1 || true"
else
    echo "check: this build has no check command: not measured"
fi

if [ "$PEERS" = 1 ]; then
    echo "== Translate Toolkit (md2po, po2md) on the same pages"
    if [ ! -x /tmp/tt/bin/md2po ]; then
        python3 -m venv /tmp/tt
    fi
    # The markdown extra brings the Markdown parser md2po needs.
    /tmp/tt/bin/python -c 'import mistletoe' 2>/dev/null ||
        /tmp/tt/bin/pip install --quiet 'translate-toolkit[markdown]'
    /tmp/tt/bin/md2po --version 2>/dev/null | head -1 || true
    # po2md needs the catalogs of a first md2po run. md2po reads the .md
    # pages (not the pivot .yml file).
    /tmp/tt/bin/md2po --progress=none -i "$FR" -o "$WORK/tt-po" >/dev/null 2>&1 || true
    if [ "$(find "$WORK/tt-po" -name '*.po' 2>/dev/null | wc -l)" -eq 0 ]; then
        echo "Translate Toolkit: md2po wrote nothing: not measured"
    else
        echo "md2po: $(find "$WORK/tt-po" -name '*.po' | wc -l) catalogs"
        # A run takes about a minute: fewer runs, no warm-up.
        RUNS_SAVED=$RUNS
        RUNS=${RUNS_PEERS:-3}
        WARMUP=0 bench peers \
            --prepare "rm -rf '$WORK/tt-po2'" -n "Translate Toolkit md2po fr-FR" \
            "/tmp/tt/bin/md2po --progress=none -i '$FR' -o '$WORK/tt-po2' >/dev/null 2>&1" \
            --prepare "rm -rf '$WORK/tt-md'" -n "Translate Toolkit po2md fr-FR" \
            "/tmp/tt/bin/po2md --progress=none -i '$WORK/tt-po' -t '$FR' -o '$WORK/tt-md' >/dev/null 2>&1"
        RUNS=$RUNS_SAVED
    fi
fi

echo "== 20 times the corpus"
BIG=$WORK/big
python3 - "$FR" "$BIG" <<'PY'
import os, shutil, sys
src, dst = sys.argv[1], sys.argv[2]
for root, _, files in os.walk(src):
    rel = os.path.relpath(root, src)
    os.makedirs(os.path.join(dst, rel), exist_ok=True)
    for f in files:
        stem, ext = os.path.splitext(f)
        for i in range(1, 21):
            shutil.copyfile(os.path.join(root, f), os.path.join(dst, rel, f"{stem}-{i}{ext}"))
PY
echo "$(find "$BIG" -type f | wc -l) files"
RUNS_BIG=${RUNS_BIG:-3}
hyperfine --style basic --warmup 0 --runs "$RUNS_BIG" --export-json "$WORK/big.json" \
    --prepare "rm -rf '$WORK/bigout'" -n "build 20x fr-FR, 3 locales (empty output)" \
    "'$BIN' build --pages '$BIG' --out '$WORK/bigout'" \
    --prepare "rm -rf '$WORK/bigcp'" -n "cp -r 20x fr-FR, 3 times" \
    "mkdir -p '$WORK/bigcp' && cp -r '$BIG' '$WORK/bigcp/a' && cp -r '$BIG' '$WORK/bigcp/b' && cp -r '$BIG' '$WORK/bigcp/c'" \
    --prepare "true" -n "verify 20x fr-FR" "'$BIN' verify '$BIG'"
JSON+=("$WORK/big.json")

echo "== peak memory (maximum resident set size)"
peak() {
    # $1: label; the rest: command
    local label=$1
    shift
    /usr/bin/time -v "$@" >/dev/null 2>"$WORK/time.txt" || true
    printf '%s: %s MB\n' "$label" \
        "$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$WORK/time.txt")"
}
rm -rf "$WORK/out" "$WORK/bigout"
peak "build fr-FR (empty output)" "$BIN" build --pages "$FR" --out "$WORK/out"
peak "build 20x fr-FR (empty output)" "$BIN" build --pages "$BIG" --out "$WORK/bigout"
peak "extract fr-FR" "$BIN" extract "$FR"
peak "extract 20x fr-FR" "$BIN" extract "$BIG"
peak "verify fr-FR" "$BIN" verify "$FR"
peak "verify 20x fr-FR" "$BIN" verify "$BIG"

echo "== results (seconds)"
python3 - "${JSON[@]}" <<'PY'
import json, sys
rows = []
for path in sys.argv[1:]:
    for r in json.load(open(path))["results"]:
        rows.append((r["command"], r["median"], r["min"], r["max"]))
ref = {}
for name, med, _, _ in rows:
    if name == "cp -r fr-FR, 3 times (tmpfs)":
        ref["cpshm"] = med
    elif name.startswith("cp -r fr-FR"):
        ref["cp"] = med
    if name.startswith("cp -r 20x"):
        ref["cp20"] = med
    if name.startswith("build fr-FR, 3 locales"):
        ref["build"] = med
print("| command | median | min–max | ÷ cp -r ×3 |")
print("|---|---:|---:|---:|")
for name, med, lo, hi in rows:
    base = ref.get("cp20" if "20x" in name else "cpshm" if "tmpfs" in name else "cp")
    ratio = f"{med / base:.1f}" if base and not name.startswith("cp -r") else ""
    print(f"| {name} | {med:.3f} | {lo:.3f}–{hi:.3f} | {ratio} |")
med = {n: m for n, m, _, _ in rows}
def ratio(a, b, what):
    if a in med and b in med:
        print(f"{what}: {med[a] / med[b]:.1f}")
print()
ratio("build 20x fr-FR, 3 locales (empty output)", "build fr-FR, 3 locales (empty output)",
      "20x corpus, build time / corpus build time")
ratio("verify 20x fr-FR", "verify fr-FR", "20x corpus, verify time / corpus verify time")
ratio("Translate Toolkit md2po fr-FR", "extract fr-FR (YAML to stdout)",
      "md2po time / extract time")
ratio("Translate Toolkit po2md fr-FR", "build fr-FR, 3 locales (empty output)",
      "po2md time (one locale) / build time (three locales)")
PY
