#!/usr/bin/env bash
# Benchmark `build` over a folder of locale folders (consensus), to see that
# time and memory grow linearly with pages × locales: the corpus with 1, 2,
# 3 and 5 of its locale folders, and with 5 locales and every page twice
# (copied under new folder names in a temporary directory, never into the
# project). Timings from hyperfine (median of several runs), peak memory
# from /usr/bin/time -v; both are installed with apt-get when missing.
# It measures; it asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

CORPUS=../shared/corpus
if [ ! -d "$CORPUS/fr-FR" ]; then
    echo "bench: no corpus in $CORPUS: nothing to measure"
    exit 0
fi
RUNS=${RUNS:-5}
need_apt() {
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
C=$(cd "$CORPUS" && pwd)
WORK=$(mktemp -d /tmp/attest-consensus-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export CI=1

# Inputs: links to the corpus's locale folders; the doubled corpus is copied.
make_input() { # name, locales...
    local d=$WORK/in-$1; shift
    mkdir -p "$d"
    for l in "$@"; do ln -s "$C/$l" "$d/$l"; done
    echo "$d"
}
I1=$(make_input 1 fr-FR)
I2=$(make_input 2 fr-FR de-DE)
I3=$(make_input 3 fr-FR de-DE it-IT)
I5=$(make_input 5 fr-FR de-DE it-IT pt-BR ja-JP)
I5x2=$WORK/in-5x2
for l in fr-FR de-DE it-IT pt-BR ja-JP; do
    mkdir -p "$I5x2/$l"
    for d in "$C/$l"/*/; do
        n=$(basename "$d")
        cp -r "$d" "$I5x2/$l/$n"
        cp -r "$d" "$I5x2/$l/$n-copy"
    done
done

echo "== machine"
echo "$(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); $("$BIN" --version)"
printf '%-10s %8s %14s %12s %14s\n' input copies "median time" "peak RSS" "µs per copy"
for name in 1 2 3 5 5x2; do
    in=$WORK/in-$name
    copies=$(find -L "$in" -name '*.md' -o -name '*.yml' | grep -c .)
    out=$WORK/out-$name
    hyperfine --style none --warmup 1 --runs "$RUNS" --export-json "$WORK/$name.json" \
        "$BIN build --pages $in --out $out -q" >/dev/null 2>&1
    median=$(python3 -c "import json;print(json.load(open('$WORK/$name.json'))['results'][0]['median'])")
    rss=$(/usr/bin/time -v "$BIN" build --pages "$in" --out "$out" -q 2>&1 >/dev/null | awk '/Maximum resident/{print $6}')
    printf '%-10s %8d %12.2f s %9d MB %14.0f\n' "$name" "$copies" "$median" $((rss / 1024)) \
        "$(python3 -c "print($median*1e6/$copies)")"
done
