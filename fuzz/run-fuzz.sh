#!/bin/bash
# run-fuzz.sh: build the libFuzzer targets with clang and run each for a
# while on a seed corpus made from freshly compiled objects.
#
#   run-fuzz.sh --srcdir DIR --builddir DIR [--seconds N] [--target NAME]
#
# CI runs every target briefly ('make fuzz', 30 s each by default).  For
# a long run, keep the corpus directory and raise --seconds, e.g.
#   make fuzz FUZZ_SECONDS=3600
# Crashes are written to BUILDDIR/fuzz.d/crash-* and make this script fail.
#
# Copyright (C) 2026 The libklp authors.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

srcdir= builddir= seconds=30 targets="fuzz-convert fuzz-view fuzz-symmap fuzz-kallsyms"
while [ $# -gt 0 ]; do
  case "$1" in
    --srcdir) srcdir=$(cd "$2" && pwd); shift 2 ;;
    --builddir) builddir=$(cd "$2" && pwd); shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --target) targets=$2; shift 2 ;;
    *) echo "run-fuzz.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done
command -v clang >/dev/null || { echo "run-fuzz.sh: clang is needed (apt-get install clang)" >&2; exit 1; }

work=$builddir/fuzz.d
mkdir -p "$work"
# The helper layer and the core library (lib/ and libklp/).
sources=("$srcdir"/lib/*.c "$srcdir"/libklp/*.c)
libs="-lelf $(pkg-config --libs liblzma libzstd zlib 2>/dev/null || echo -llzma -lzstd -lz) -lpthread"

for t in $targets; do
  clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -I"$builddir" -I"$srcdir/include" -I"$srcdir/lib" -I"$srcdir/libklp" \
    -DHAVE_CONFIG_H \
    "$srcdir/fuzz/$t.c" "${sources[@]}" $libs -o "$work/$t"
done

# Seed corpora: objects with annotations (KLP_SYMPOS and KLP_SYMFILE)
# for every architecture the cross compilers here can build, small maps,
# and System.map and /proc/kallsyms lists.
seed_convert=$work/corpus-convert
seed_symmap=$work/corpus-symmap
seed_kallsyms=$work/corpus-kallsyms
mkdir -p "$seed_convert" "$seed_symmap" "$seed_kallsyms"
cat > "$work/seed.c" <<'SRC'
#include <klp/livepatch.h>
extern int state_show (void);
extern int foo;
extern int __param_str_debug;
KLP_MODULE_RELOC (vmlinux) relocs[] = { KLP_SYMPOS (state_show, 2) };
KLP_MODULE_RELOC_FILE (vmlinux) file_relocs[] = {
  KLP_SYMFILE (__param_str_debug, "drivers/input/serio/i8042.c"),
};
int f (void) { return state_show () + foo + __param_str_debug; }
static const char mi[] __attribute__ ((used, section (".modinfo"))) = "livepatch=Y";
SRC
for cc in gcc s390x-linux-gnu-gcc powerpc64le-linux-gnu-gcc aarch64-linux-gnu-gcc; do
  command -v "$cc" >/dev/null || continue
  "$cc" -O2 -g -I"$srcdir/include" -c "$work/seed.c" -o "$seed_convert/$cc.o"
done
printf 'klp-convert-symbol-data.0.1\n*vmlinux\nstate_show\nstate_show\n__ksymtab_printk\nprintk\n*mod\nx\n' \
  > "$seed_symmap/patchset.klp"
for f in "$srcdir"/example/*.klp "$srcdir"/testsuite/*/*.klp "$srcdir"/testsuite/*/*.map; do
  [ -f "$f" ] && cp "$f" "$seed_symmap/" || true
done
printf '0000000000000000 D __per_cpu_start\n0000000000001000 D cpu_number\n0000000000002000 D __per_cpu_end\nffffffff81000000 T _stext\nffffffff81000010 t state_show\nffffffff81000020 W weak_fn\nffffffff81000030 T __start_foo\nffffffff81000040 t state_show\nffffffff81000050 A _etext\n' \
  > "$seed_kallsyms/System.map"
printf 'ffffffff81000010 t state_show\nffffffff81000040 t state_show\nffffffffc0000000 T mymod_fn\t[mymod]\nffffffffc0000010 t state_show\t[mymod]\n' \
  > "$seed_kallsyms/kallsyms"
for f in "$srcdir"/testsuite/*/*.kallsyms "$srcdir"/testsuite/*/System.map*; do
  [ -f "$f" ] && cp "$f" "$seed_kallsyms/" || true
done

status=0
for t in $targets; do
  case "$t" in
    fuzz-convert|fuzz-view) corpus=$seed_convert ;;
    fuzz-symmap) corpus=$seed_symmap ;;
    fuzz-kallsyms) corpus=$seed_kallsyms ;;
  esac
  echo "run-fuzz.sh: $t for $seconds s"
  if ! (cd "$work" && ./"$t" -max_total_time="$seconds" -max_len=65536 \
	  -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	  -artifact_prefix="$work/" "$corpus" >"$work/$t.log" 2>&1); then
    echo "run-fuzz.sh: $t FAILED; see $work/$t.log and $work/crash-*" >&2
    tail -n 40 "$work/$t.log" >&2
    status=1
  else
    grep -E 'stat::number_of_executed_units|Done' "$work/$t.log" | tail -n 2
  fi
done
exit $status
