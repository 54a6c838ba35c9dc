#!/bin/bash
# bench-convert.sh: klp-convert on a generated module with R relocations
# against a generated symbol map of M symbols, compared with merely
# loading the map (the floor), measured in the same run.
#
# Copyright (C) 2026 The libklp authors.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The module has R call sites, each to a distinct undefined symbol; every
# referenced name is unique in the map, so each resolves to
# .klp.sym.<obj>.<name>,0.  One map symbol in 100 shares its name with
# another object's, as in a real kernel.  The goal (issue 2): R = 10,000
# against M = 2,000,000 in under 2 s, with peak memory at most twice the
# map file's size, in both formats (issue 8), and cost growing as
# O(R + M).  The last lines give the verdict for each format.
set -euo pipefail

convert= mapload= measure= workdir=
rs="100 1000 10000"
ms="200000 2000000"
formats="libklp patchset"
while [ $# -gt 0 ]; do
  case "$1" in
    --convert) convert=$2; shift 2 ;;
    --mapload) mapload=$2; shift 2 ;;
    --measure) measure=$2; shift 2 ;;
    --workdir) workdir=$2; shift 2 ;;
    --r) rs=$2; shift 2 ;;
    --m) ms=$2; shift 2 ;;
    --formats) formats=$2; shift 2 ;;
    *) echo "bench-convert.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done
mkdir -p "$workdir"
cd "$workdir"

# gen_map FORMAT M FILE: a map of M symbols, vmlinux holding half of them
# and 1,000 modules the rest.  FORMAT "libklp" is klp-symbols(5), with
# types, export flags and, for local symbols (one in two), source files,
# as klp-symbols writes it for a real kernel; "patchset" is the kernel
# patchset's names-only format.
gen_map () {
  awk -v fmt="$1" -v m="$2" 'BEGIN {
    print (fmt == "libklp" ? "klp-symbols-map\t1" : "klp-convert-symbol-data.0.1")
    half = int(m / 2); per = int((m - half) / 1000) + 1; obj = 0
    print (fmt == "libklp" ? "object\tvmlinux" : "*vmlinux")
    for (i = 0; i < m; i++) {
      if (i >= half && (i - half) % per == 0) {
        printf (fmt == "libklp" ? "object\tmod%d\n" : "*mod%d\n"), obj++
      }
      name = (i % 100 == 99) ? sprintf("dup_%d", int(i / 1000)) : sprintf("sym_%d", i)
      if (fmt != "libklp") { print name; continue }
      if (i % 2) printf "t\t%s\t-\tdrivers/sub%d/file%d.c\n", name, int(i / 5000), int(i / 50) % 100
      else printf "T\t%s\t%s\t-\n", name, (i % 10 == 4) ? "E" : "-"
    }
  }' > "$3"
}

# gen_module R M FILE: R calls to distinct names of the map, spread over
# all of it, plus modinfo livepatch=Y.
gen_module () {
  awk -v r="$1" -v m="$2" 'BEGIN {
    print "\t.text\n\t.globl f\nf:"
    step = int(m / r); if (step < 1) step = 1
    for (i = 0; i < r; i++) {
      n = i * step; if (n % 100 == 99) n--
      printf "\tcall sym_%d\n", n
    }
    print "\tret"
    print "\t.section .modinfo,\"a\""
    print "\t.string \"livepatch=Y\""
  }' > "$3.s"
  as -o "$3" "$3.s"
}

# run LABEL CMD...: one measured run; prints "seconds kib".
run () {
  local out
  out=$("$measure" "$@" 2>&1 >/dev/null | tail -n 1)
  echo "$out"
}

verdicts=
printf '%-9s %-9s %-7s %8s %10s %8s %10s %11s %8s %9s\n' \
  format M R map_MB map_s convert_s map_kib convert_kib t_ratio mem/file
for fmt in $formats; do
  for m in $ms; do
    gen_map "$fmt" "$m" "map-$fmt-$m.klp"
    size_kib=$(( $(stat -c %s "map-$fmt-$m.klp") / 1024 ))
    read -r map_s map_kib < <(run "$mapload" "map-$fmt-$m.klp")
    for r in $rs; do
      [ "$r" -le "$m" ] || continue
      [ -f "mod-$r-$m.o" ] || gen_module "$r" "$m" "mod-$r-$m.o"
      read -r conv_s conv_kib < <(run "$convert" -s "map-$fmt-$m.klp" "mod-$r-$m.o" "out-$r.o")
      t_ratio=$(awk -v a="$conv_s" -v b="$map_s" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
      mem_ratio=$(awk -v a="$conv_kib" -v b="$size_kib" 'BEGIN { printf "%.2f", a / b }')
      printf '%-9s %-9s %-7s %8s %10s %8s %10s %11s %8s %9s\n' "$fmt" "$m" "$r" \
        "$((size_kib / 1024))" "$map_s" "$conv_s" "$map_kib" "$conv_kib" "$t_ratio" "$mem_ratio"
      if [ "$r" -eq 10000 ] && [ "$m" -eq 2000000 ]; then
        ok=$(awk -v t="$conv_s" -v x="$mem_ratio" \
          'BEGIN { print (t < 2 && x <= 2) ? "ok" : "NOT MET" }')
        verdicts+="$fmt: R = 10,000, M = 2,000,000: $conv_s s, peak RSS $mem_ratio x the map file: $ok"$'\n'
      fi
      # Every relocation must have been converted.
      n=$(readelf -rW "out-$r.o" | grep -c '\.klp\.sym\.' || true)
      [ "$n" -eq "$r" ] || { echo "bench-convert.sh: expected $r klp relocations, got $n" >&2; exit 1; }
    done
  done
done
echo "map_s: loading the map alone (bench/mapload); t_ratio: convert_s / map_s;"
echo "mem/file: klp-convert's peak RSS over the map file's size."
echo "Goal: R = 10,000 against M = 2,000,000 in under 2 s, mem/file <= 2."
printf %s "$verdicts"
