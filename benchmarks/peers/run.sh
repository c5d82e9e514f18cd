#!/usr/bin/env bash
# The whole comparison of issue 18 in one table: lppd (from CSV and from Parquet) against R (data.table::fread +
# laeken) and Python (pandas + numpy), for gini, poverty and the bootstrap SE of the Gini, on one generated file.
#
#   benchmarks/peers/run.sh PATH/TO/lppd [ROWS] [WORKDIR]
#
# ROWS defaults to 1e7, WORKDIR to /tmp/lppd-peers. The data (make_data.py, whole-rupiah income) and its Parquet copy
# (to-parquet.cs, with `dotnet run`) are made once and kept in WORKDIR. Each cell is the minimum wall time of 3 runs
# (REPEAT=n to change), with the processor time (user + system) and the peak resident memory of that run, from
# /usr/bin/time. A peer that is not installed is shown as n/a. Set VALUES=continuous for income with 2 decimals (few
# ties), REPLICATES (200) for the bootstrap, SKIP_BOOTSTRAP=1 to leave it out.
#
# "cat + kernel" is the floor of issue 18: `cat file > /dev/null` (timed here, file cached) plus the kernel alone,
# which is taken from BenchmarkDotNet (GiniBenchmarks / FgtBenchmarks at N = 1e7, benchmarks/README.md), given as
# KERNEL_GINI and KERNEL_FGT in seconds (defaults: 0.088 and 0.007, the last quiet run); not measured here, since a
# process would add the runtime's start-up to it. With gcc, lower-bound.c is built and timed as well: the least work
# any program does to get two columns of the CSV into a sum (`sum`, what poverty needs) or into two arrays (`columns`,
# what a sort needs), on two threads, with no validation: a reader's floor beside cat's. With gcc and the C library
# libsnappy (libsnappy.so.1), lower-bound-parquet.c is the same floor for the Parquet file (Snappy, as pandas, R arrow
# and Parquet.Net write by default) and for an uncompressed copy (made once with to-parquet.cs ... none), whose lppd
# times are shown too; its chunk list comes from parquet-chunks.cs.
set -euo pipefail

lppd=${1:?usage: run.sh PATH/TO/lppd [ROWS] [WORKDIR]}
rows=${2:-1e7}
work=${3:-/tmp/lppd-peers}
repeat=${REPEAT:-3}
values=${VALUES:-whole}
replicates=${REPLICATES:-200}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$work"
csv="$work/microdata-$rows-$values.csv"
parquet="${csv%.csv}.parquet"
[ -s "$csv" ] || python3 "$here/make_data.py" "$rows" "$csv" --values "$values" >&2
[ -s "$parquet" ] || dotnet run "$here/to-parquet.cs" -- "$csv" "$parquet" >&2
plain="${csv%.csv}-uncompressed.parquet"
[ -s "$plain" ] || dotnet run "$here/to-parquet.cs" -- "$csv" "$plain" none >&2

# Runs "$@" $repeat times; prints "wall cpu MB" of the fastest run, or n/a when the command fails.
measure() {
  local best="" out="$work/time.txt"
  for _ in $(seq "$repeat"); do
    if ! /usr/bin/time -f '%e %U %S %M' -o "$out" "$@" > /dev/null 2> "$work/stderr.txt"; then
      echo "n/a"; return
    fi
    read -r wall user sys kb < <(tail -1 "$out")
    if [ -z "$best" ] || awk "BEGIN{exit !($wall < ${best%% *})}"; then
      best="$wall $(awk "BEGIN{printf \"%.2f\", $user + $sys}") $((kb / 1024))"
    fi
  done
  echo "$best"
}
cell() { [ "$1" = "n/a" ] && echo "n/a" || awk '{printf "%.2f s, %s s CPU, %d MB", $1, $2, $3}' <<< "$1"; }
wall() { [ "$1" = "n/a" ] && echo "" || echo "${1%% *}"; }
ratio() { # the faster peer's wall over lppd's
  local l; l=$(wall "$1"); shift
  local best=""
  for p in "$@"; do local w; w=$(wall "$p"); [ -n "$w" ] && { [ -z "$best" ] || awk "BEGIN{exit !($w < $best)}"; } && best=$w; done
  [ -n "$l" ] && [ -n "$best" ] && awk "BEGIN{printf \"%.1f×\", $best / $l}" || echo "n/a"
}
have_r=0; Rscript -e 'suppressPackageStartupMessages({library(data.table); library(laeken)})' > /dev/null 2>&1 && have_r=1
have_py=0; python3 -c 'import numpy, pandas' > /dev/null 2>&1 && have_py=1
peer_r() { [ $have_r = 1 ] && measure Rscript "$here/peers.R" "$@" || echo "n/a"; }
peer_py() { [ $have_py = 1 ] && measure python3 "$here/peers.py" "$@" || echo "n/a"; }

cat "$csv" "$parquet" > /dev/null
cat_csv=$(measure cat "$csv")
# The least any program does to read the CSV (lower-bound.c, needs gcc): n/a without a compiler.
floor_sum="n/a"; floor_columns="n/a"
if command -v gcc > /dev/null && gcc -O3 -march=native -pthread -o "$work/lower-bound" "$here/lower-bound.c" 2> /dev/null; then
  floor_sum=$(measure "$work/lower-bound" sum "$csv" $((300000)))
  floor_columns=$(measure "$work/lower-bound" columns "$csv")
fi
cat_parquet=$(measure cat "$parquet")
# The least any program does to read the Parquet files (lower-bound-parquet.c, needs gcc and libsnappy.so.1).
pfloor_sum="n/a"; pfloor_columns="n/a"; ufloor_sum="n/a"; ufloor_columns="n/a"
if command -v gcc > /dev/null && gcc -O3 -march=native -pthread -o "$work/lower-bound-parquet" "$here/lower-bound-parquet.c" -l:libsnappy.so.1 2> /dev/null \
   && dotnet run "$here/parquet-chunks.cs" -- "$parquet" income weight > "$work/chunks.txt" \
   && dotnet run "$here/parquet-chunks.cs" -- "$plain" income weight > "$work/chunks-uncompressed.txt"; then
  pfloor_sum=$(measure "$work/lower-bound-parquet" sum "$parquet" "$work/chunks.txt" $((300000)))
  pfloor_columns=$(measure "$work/lower-bound-parquet" columns "$parquet" "$work/chunks.txt")
  ufloor_sum=$(measure "$work/lower-bound-parquet" sum "$plain" "$work/chunks-uncompressed.txt" $((300000)))
  ufloor_columns=$(measure "$work/lower-bound-parquet" columns "$plain" "$work/chunks-uncompressed.txt")
fi
common=(--value income --weight weight --format csv)
line=300000

gini_csv=$(measure "$lppd" gini --input "$csv" "${common[@]}")
gini_pq=$(measure "$lppd" gini --input "$parquet" "${common[@]}")
gini_pu=$(measure "$lppd" gini --input "$plain" "${common[@]}")
gini_r=$(peer_r gini "$csv")
gini_py=$(peer_py gini "$csv")
pov_csv=$(measure "$lppd" poverty --input "$csv" "${common[@]}" --line $line)
pov_pq=$(measure "$lppd" poverty --input "$parquet" "${common[@]}" --line $line)
pov_pu=$(measure "$lppd" poverty --input "$plain" "${common[@]}" --line $line)
pov_r=$(peer_r poverty "$csv" $line)
pov_py=$(peer_py poverty "$csv" $line)
if [ "${SKIP_BOOTSTRAP:-0}" != 1 ]; then
  se=(--se bootstrap --replicates "$replicates" --strata strata --psu psu)
  boot_csv=$(measure "$lppd" gini --input "$csv" "${common[@]}" "${se[@]}")
  boot_pq=$(measure "$lppd" gini --input "$parquet" "${common[@]}" "${se[@]}")
  boot_r=$(peer_r bootstrap "$csv" "$replicates")
  boot_py=$(peer_py bootstrap "$csv" "$replicates")
fi

floor() { awk "BEGIN{printf \"%.2f s\", $(wall "$cat_csv") + $1}"; }
echo
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $rows rows ($values), CSV $(($(stat -L -c %s "$csv") / 1000000)) MB, Parquet $(($(stat -L -c %s "$parquet") / 1000000)) MB; $("$lppd" --version 2>/dev/null | head -1)"
echo "cat CSV > /dev/null: $(cell "$cat_csv"); cat Parquet: $(cell "$cat_parquet")"
echo "lower-bound.c (C, 2 threads, two columns, no validation): sum $(cell "$floor_sum"); columns $(cell "$floor_columns")"
echo "lower-bound-parquet.c, Snappy: sum $(cell "$pfloor_sum"); columns $(cell "$pfloor_columns"); uncompressed ($(($(stat -L -c %s "$plain") / 1000000)) MB): sum $(cell "$ufloor_sum"); columns $(cell "$ufloor_columns")"
echo "lppd from the uncompressed Parquet: gini $(cell "$gini_pu"); poverty $(cell "$pov_pu")"
echo
echo "| job | lppd, CSV | lppd, Parquet | R fread + laeken | pandas + numpy | cat CSV + kernel | lppd CSV vs the faster peer |"
echo "|---|---:|---:|---:|---:|---:|---:|"
echo "| gini | $(cell "$gini_csv") | $(cell "$gini_pq") | $(cell "$gini_r") | $(cell "$gini_py") | $(floor "${KERNEL_GINI:-0.088}") | $(ratio "$gini_csv" "$gini_r" "$gini_py") |"
echo "| poverty | $(cell "$pov_csv") | $(cell "$pov_pq") | $(cell "$pov_r") | $(cell "$pov_py") | $(floor "${KERNEL_FGT:-0.007}") | $(ratio "$pov_csv" "$pov_r" "$pov_py") |"
if [ "${SKIP_BOOTSTRAP:-0}" != 1 ]; then
  echo "| gini --se bootstrap ($replicates, strata + PSU) | $(cell "$boot_csv") | $(cell "$boot_pq") | $(cell "$boot_r") | $(cell "$boot_py") | | $(ratio "$boot_csv" "$boot_r" "$boot_py") |"
fi
