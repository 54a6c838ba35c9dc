#!/bin/bash
# bench-plugin.sh: what libklp.so costs in the 'ld -r' that kbuild runs
# for a module of many objects, with ld.bfd and with gold, against the
# same link without the plugin, measured in the same run.
#
# Copyright (C) 2026 The libklp authors.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Goals (issues 4 and 8): an ordinary 'ld -r' of 300 small objects
# compiled with -O2 -g (the plugin's no-op path) costs at most 1.02
# times the user-space instructions of the plain link, with ld.bfd and
# with gold, and gives the same bytes; annotated objects add time for
# those objects only.  The script exits with status 1 when the no-op
# goal is missed on instruction counts.
#
# The inputs: N objects (default 300) generated from C and compiled as
# kbuild compiles kernel code (gcc -O2 -g, no PIE; on x86_64 also
# -mcmodel=kernel -mno-red-zone; --cflags adds flags, for example
# -ffunction-sections), no .modinfo.  Small objects (--kind small, the
# default) have one function calling an undefined one: ld's own work
# per object is then smallest, and the plugin's share largest.  Rich
# objects (--kind rich) have a few functions, data, a table of function
# pointers and calls to shared undefined symbols.  K of them (default 5)
# also exist annotated: the same code plus a function that calls three
# kernel symbols, and KLP_MODULE_RELOC (vmlinux) and (ext4) arrays
# naming them, the j-th annotated object (j = 1..K) with position j, so
# the K objects mean K different 'shared_state_show' and 'ext4_helper'.
#
# The links, each 'LD -r -o OUT OBJECTS', for LD = ld.bfd and gold:
#   plain      without a plugin: the baseline of every ratio;
#   null       with a plugin that declines every input unread: what ld's
#              plugin machinery costs by itself (the floor of 'noop');
#   noop       with libklp.so, no annotated input;
#   last1      libklp.so, the last object annotated;
#   lastK      libklp.so, the last K objects annotated: only they are
#              claimed and rewritten;
#   spreadK    libklp.so, K annotated objects spread over the link, the
#              first one first: from there on libklp claims every object
#              (the rewritten ones are replaced, the others passed
#              through as themselves), the worst case.
# Every link is checked: plain, null and noop give identical bytes
# (cmp), the annotated links have exactly the 3K expected .klp.sym
# symbols and none of the annotated names undefined, and libklp leaves
# no temporary file.
#
# Time: R rounds (default 11) after an unmeasured one; each round runs
# every configuration once, in an order rotated by one each round, so
# drift and the neighbour's load spread over all of them.  Reported:
# the median and minimum wall time, their ratios to 'plain', and the
# median of the per-round ratios to the same round's 'plain' (paired, so
# the slow drifts of a shared VM cancel).  Instruction counts, which
# repeat to a few parts per million, come from 'perf stat' when the
# kernel counts instructions, else from valgrind's callgrind; the no-op
# goal is judged on them when they exist.  They are user-space
# instructions only: system calls (libklp's two pread calls per input,
# ld.bfd's own file handling for a plugin) show in the CPU time (user and
# system, median) and the wall time only.  Peak memory: one run each
# under measure.
set -euo pipefail

prog=bench-plugin.sh
plugin= measure= workdir= include=
cc=${CC:-gcc}
ld_bfd=ld.bfd ld_gold=ld.gold readelf=readelf
nobj=300 nann=5 rounds=11 counter=auto kind=small extra_cflags=
jobs=$(nproc 2>/dev/null || echo 2)
while [ $# -gt 0 ]; do
  case "$1" in
    --plugin) plugin=$2; shift 2 ;;
    --measure) measure=$2; shift 2 ;;
    --workdir) workdir=$2; shift 2 ;;
    --include) include=$2; shift 2 ;;
    --cc) cc=$2; shift 2 ;;
    --ld-bfd) ld_bfd=$2; shift 2 ;;
    --ld-gold) ld_gold=$2; shift 2 ;;
    --readelf) readelf=$2; shift 2 ;;
    --objects) nobj=$2; shift 2 ;;
    --annotated) nann=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --counter) counter=$2; shift 2 ;;	# auto, perf, callgrind, none
    --kind) kind=$2; shift 2 ;;		# small, rich
    --cflags) extra_cflags=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    *) echo "$prog: unknown option '$1'" >&2; exit 2 ;;
  esac
done

die () {
  echo "$prog: error: $*" >&2
  exit 1
}

[ -n "$plugin" ] && [ -n "$measure" ] && [ -n "$workdir" ] \
  && [ -n "$include" ] \
  || die "usage: $prog --plugin SO --measure PROG --include DIR --workdir DIR [OPTION]..."
[ -f "$plugin" ] || die "'$plugin' does not exist: run 'make' first"
[ -f "$include/klp/livepatch.h" ] || die "'$include/klp/livepatch.h' does not exist"
[ "$nann" -ge 2 ] && [ "$nobj" -ge $((2 * nann)) ] \
  || die "need at least 2 annotated objects and twice as many objects"
[ "$rounds" -ge 1 ] || die "need at least one round"
case "$kind" in small|rich) ;; *) die "unknown kind '$kind' (small, rich)" ;; esac
# ld cannot load a plugin built with AddressSanitizer.
if ldd "$plugin" 2>/dev/null | grep -q 'libasan'; then
  die "'$plugin' is built with sanitizers, which ld cannot load: configure without --enable-sanitizers"
fi

plugin=$(cd "$(dirname "$plugin")" && pwd)/$(basename "$plugin")
case "$measure" in /*) ;; *) measure=$(pwd)/$measure ;; esac
mkdir -p "$workdir"
cd "$workdir"
rm -rf obj cg out-*.o *.times *.log *.cpu

# Wall time with microsecond resolution (bash 5), else measure's.
if [ -n "${EPOCHREALTIME:-}" ]; then
  has_epochrealtime=true
else
  has_epochrealtime=false
fi

# --------------------------------------------------------------------
# The objects.
# --------------------------------------------------------------------

# gen_sources N SPREAD LAST: obj/objNNN.c for every object, and
# obj/objNNN-klp.c, annotated, for the objects SPREAD and LAST list; in
# each list, the j-th (from 1) gets position j.
gen_sources () {
  awk -v n="$1" -v spread="$2" -v last="$3" -v kind="$kind" '
  # The annotated part of object I, the J-th annotated one.
  function emit_annotations(i, f, j) {
    printf "extern int klp_target_%d (int);\nextern int ext4_helper (int);\n", j > f
    print "extern int shared_state_show (void);" > f
    printf "int\nobj%d_patched (int x)\n{\n  return klp_target_%d (x) + ext4_helper (x) + shared_state_show ();\n}\n", i, j > f
    printf "KLP_MODULE_RELOC (vmlinux) obj%d_vmlinux_relocs[] = {\n  KLP_SYMPOS (shared_state_show, %d),\n  KLP_SYMPOS (klp_target_%d, 0),\n};\n", i, j, j > f
    printf "KLP_MODULE_RELOC (ext4) obj%d_ext4_relocs[] = {\n  KLP_SYMPOS (ext4_helper, %d),\n};\n", i, j > f
  }
  function emit_small(i, f, j) {
    printf "/* Generated object %d.  */\n", i > f
    if (j) print "#include <klp/livepatch.h>" > f
    printf "extern int ext_fn_%d (int);\n", i % 64 > f
    printf "int\nobj%d_fn (int x)\n{\n  return ext_fn_%d (x) + %d;\n}\n", i, i % 64, i > f
    if (j) emit_annotations(i, f, j)
    close (f)
  }
  function emit(i, f, j,   e1, e2) {
    if (kind == "small")
      return emit_small(i, f, j)
    e1 = i % 64; e2 = (i * 7 + 3) % 64
    printf "/* Generated object %d.  */\n", i > f
    if (j) print "#include <klp/livepatch.h>" > f
    print "typedef unsigned long size_t;" > f
    print "extern int printk (const char *, ...);" > f
    print "extern void *kmalloc (size_t, int);" > f
    print "extern void kfree (const void *);" > f
    printf "extern int ext_fn_%d (int);\nextern int ext_fn_%d (int);\n", e1, e2 > f
    print "extern int shared_state_show (void);" > f
    printf "struct obj%d_ops\n{\n  int (*open) (void *);\n  int (*release) (void *);\n  long (*ioctl) (void *, unsigned int, unsigned long);\n};\n", i > f
    printf "struct obj%d_dev\n{\n  int id;\n  unsigned long flags;\n  char name[16];\n  void *priv;\n};\n", i > f
    printf "static int obj%d_count;\nint obj%d_flags = %d;\n", i, i, i > f
    printf "unsigned long obj%d_table[8] = { %d, 1, 2, 3, 5, 8, 13, 21 };\n", i, i > f
    printf "static const char *const obj%d_names[] = { \"alpha%d\", \"beta\", \"gamma\", \"delta\" };\n", i, i > f
    printf "static int\nobj%d_helper (int x)\n{\n  int s = 0;\n  for (int k = 0; k < x; k++)\n    s += (int) obj%d_table[k & 7] * k;\n  return s + ext_fn_%d (x);\n}\n", i, i, e1 > f
    printf "int\nobj%d_open (void *p)\n{\n  struct obj%d_dev *d = kmalloc (sizeof *d, 3264);\n  if (!d)\n    return -12;\n  d->id = obj%d_count++;\n  d->flags = obj%d_flags;\n  d->priv = p;\n  printk (\"%%s: open %%d\\n\", obj%d_names[d->id & 3], d->id);\n  return obj%d_helper (d->id);\n}\n", i, i, i, i, i, i > f
    printf "int\nobj%d_release (void *p)\n{\n  kfree (p);\n  obj%d_count--;\n  return ext_fn_%d (obj%d_count);\n}\n", i, i, e2, i > f
    printf "long\nobj%d_ioctl (void *p, unsigned int cmd, unsigned long arg)\n{\n  switch (cmd)\n    {\n    case 1: return obj%d_helper ((int) arg);\n    case 2: return shared_state_show ();\n    case 3: return obj%d_release (p);\n    case 4: obj%d_table[arg & 7] = arg; return 0;\n    default: return -22;\n    }\n}\n", i, i, i, i > f
    printf "int\nobj%d_show (char *buf)\n{\n  int n = 0;\n  for (int k = 0; k < 4; k++)\n    n += printk (\"%%s=%%lu\\n\", obj%d_names[k], obj%d_table[k]);\n  return n + (buf != 0);\n}\n", i, i, i > f
    if (j) emit_annotations(i, f, j)
    printf "const struct obj%d_ops obj%d_ops = { obj%d_open, obj%d_release, obj%d_ioctl };\n", i, i, i, i, i > f
    close (f)
  }
  BEGIN {
    m = split (spread, a, " "); for (k = 1; k <= m; k++) pos[a[k]] = k
    m = split (last, a, " "); for (k = 1; k <= m; k++) pos[a[k]] = k
    for (i = 0; i < n; i++) {
      emit(i, sprintf ("obj/obj%03d.c", i), 0)
      if (i in pos)
        emit(i, sprintf ("obj/obj%03d-klp.c", i), pos[i])
    }
  }'
}

# The annotated objects: spread (the first first) and the last ones.
spread= last=
for ((j = 0; j < nann; j++)); do
  spread="$spread $((j * nobj / nann))"
  last="$last $((nobj - nann + j))"
done
spread=${spread# } last=${last# }
for j in $spread; do
  [ "$j" -lt $((nobj - nann)) ] || die "too few objects for $nann annotated ones"
done
# Kernel code's flags; the x86_64 kernel's code model where it applies.
cflags="-O2 -g -fno-pie -fno-common -I$include $extra_cflags"
case $($cc -dumpmachine) in
  x86_64-*) cflags="$cflags -mcmodel=kernel -mno-red-zone" ;;
esac

t0=${EPOCHREALTIME:-0}
mkdir obj
gen_sources "$nobj" "$spread" "$last"
# In parallel, 25 files per compiler run.
(cd obj && ls | grep '\.c$' | xargs -P "$jobs" -n 25 $cc $cflags -c) \
  || die "compiling the objects failed"
t1=${EPOCHREALTIME:-0}

# obj_list KLP_POSITIONS: the link's objects, the listed ones annotated.
obj_list () {
  local i name
  for ((i = 0; i < nobj; i++)); do
    printf -v name 'obj/obj%03d' "$i"
    case " $1 " in
      *" $i "*) echo "$name-klp.o" ;;
      *) echo "$name.o" ;;
    esac
  done
}
obj_list "" > plain.list
obj_list "$(echo "$last" | awk '{ print $NF }')" > last1.list
obj_list "$last" > last.list
obj_list "$spread" > spread.list

# The null plugin: declines every input without reading it.
cat > null-plugin.c <<'EOF'
#define HAVE_STDINT_H 1
#include <plugin-api.h>
#include <stddef.h>

enum ld_plugin_status onload (struct ld_plugin_tv *tv);

static enum ld_plugin_status
claim_file (const struct ld_plugin_input_file *file, int *claimed)
{
  (void) file;
  *claimed = 0;
  return LDPS_OK;
}

enum ld_plugin_status
onload (struct ld_plugin_tv *tv)
{
  ld_plugin_register_claim_file register_claim_file = NULL;

  for (; tv->tv_tag != LDPT_NULL; tv++)
    if (tv->tv_tag == LDPT_REGISTER_CLAIM_FILE_HOOK)
      register_claim_file = tv->tv_u.tv_register_claim_file;
  return register_claim_file ? register_claim_file (claim_file) : LDPS_ERR;
}
EOF
$cc -O2 -fPIC -shared -o null-plugin.so null-plugin.c \
  || die "compiling the null plugin failed"

# --------------------------------------------------------------------
# The links.
# --------------------------------------------------------------------

configs="plain null noop last1 last$nann spread$nann"

# link_args CONFIG: the plugin options and objects of CONFIG's link, one
# a line (for mapfile).
link_args () {
  case "$1" in
    plain) ;;
    null) printf '%s\n' -plugin "$(pwd)/null-plugin.so" ;;
    *) printf '%s\n' -plugin "$plugin" ;;
  esac
  case "$1" in
    plain|null|noop) cat plain.list ;;
    last1) cat last1.list ;;
    last*) cat last.list ;;
    spread*) cat spread.list ;;
  esac
}

# run_link LD CONFIG: one link of CONFIG, output out-CONFIG.o, messages in
# CONFIG.log; prints "WALL CPU", in seconds.  Run it in a subshell: the
# CPU time is the user and system time of the subshell's children, from
# the 'times' builtin (to the millisecond).
run_link () {
  local ld=$1 cfg=$2 s e wall args
  mapfile -t args < <(link_args "$cfg")
  if $has_epochrealtime; then
    s=$EPOCHREALTIME
    "$ld" -r -o "out-$cfg.o" "${args[@]}" > "$cfg.log" 2>&1 \
      || die "$ld: the '$cfg' link failed: $(head -n 5 "$cfg.log")"
    e=$EPOCHREALTIME
    wall=$(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.6f", e - s }')
  else
    "$measure" "$ld" -r -o "out-$cfg.o" "${args[@]}" > "$cfg.log" 2>&1 \
      || die "$ld: the '$cfg' link failed: $(head -n 5 "$cfg.log")"
    wall=$(tail -n 1 "$cfg.log" | awk '{ print $1 }')
    : > "$cfg.log"
  fi
  # The second line of 'times': "0m0.012s 0m0.003s".  Into a file: in a
  # pipe, 'times' would run in a child of its own.
  times > "$cfg.cpu"
  awk -v wall="$wall" 'NR == 2 {
    split ($1, u, /[ms]/); split ($2, y, /[ms]/)
    printf "%s %.3f\n", wall, u[1] * 60 + u[2] + y[1] * 60 + y[2] }' "$cfg.cpu"
}

# check_outputs LD: the outputs of the round just run are right.
check_outputs () {
  local ld=$1 cfg expected found
  cmp -s out-plain.o out-null.o \
    || die "$ld: the null plugin changed the output"
  cmp -s out-plain.o out-noop.o \
    || die "$ld: libklp.so changed the output of a link without annotations (out-plain.o, out-noop.o in $workdir)"
  for cfg in last$nann spread$nann; do
    expected=$(for ((j = 1; j <= nann; j++)); do
		 echo ".klp.sym.vmlinux.shared_state_show,$j"
		 echo ".klp.sym.vmlinux.klp_target_$j,0"
		 echo ".klp.sym.ext4.ext4_helper,$j"
	       done | sort)
    found=$("$readelf" -sW "out-$cfg.o" \
	      | awk '$7 == "UND" && $8 ~ /^\.klp\.sym\./ { print $8 }' | sort)
    [ "$found" = "$expected" ] \
      || die "$ld: out-$cfg.o has the klp symbols '$(echo $found)', expected '$(echo $expected)'"
    if "$readelf" -sW "out-$cfg.o" \
	 | awk '$7 == "UND" && $8 ~ /^(klp_target_[0-9]+|ext4_helper)$/' \
	 | grep -q .; then
      die "$ld: out-$cfg.o still has an annotated name undefined"
    fi
  done
  found=$("$readelf" -sW out-last1.o \
	    | awk '$7 == "UND" && $8 ~ /^\.klp\.sym\./ { print $8 }' | sort | tr '\n' ' ')
  # The last object is the last of lastK: position K.
  [ "$found" = ".klp.sym.ext4.ext4_helper,$nann .klp.sym.vmlinux.klp_target_$nann,0 .klp.sym.vmlinux.shared_state_show,$nann " ] \
    || die "$ld: out-last1.o has the klp symbols '$found'"
  if ls | grep -q '\.klp-[0-9]*\.o$'; then
    die "$ld: libklp.so left temporary files: $(ls | grep '\.klp-[0-9]*\.o$' | head -n 3)"
  fi
  for cfg in $configs; do
    [ ! -s "$cfg.log" ] || die "$ld: the '$cfg' link said: $(head -n 5 "$cfg.log")"
  done
}

# time_links LD: R rounds of every configuration into LD.times, lines
# "ROUND CONFIG WALL CPU".
time_links () {
  local ld=$1 round k n cfg list t out
  out=$(basename "$ld").times
  read -r -a list <<< "$configs"
  n=${#list[@]}
  : > "$out"
  for ((round = 0; round <= rounds; round++)); do
    for ((k = 0; k < n; k++)); do
      cfg=${list[(round + k) % n]}
      t=$(run_link "$ld" "$cfg")
      [ -n "$t" ] || die "$ld: timing the '$cfg' link failed"
      # Round 0 warms the caches and is checked, not counted.
      [ "$round" -eq 0 ] || echo "$round $cfg $t" >> "$out"
    done
    [ "$round" -ne 0 ] || check_outputs "$ld"
  done
}

# peak_kib LD CONFIG: peak resident memory of one link, under measure.
peak_kib () {
  local args
  mapfile -t args < <(link_args "$2")
  "$measure" "$1" -r -o "out-$2.o" "${args[@]}" 2>&1 >/dev/null \
    | tail -n 1 | awk '{ print $2 }'
}

# Instruction counts: perf when the kernel counts them here, else
# callgrind.
perf_counts () {
  local f=perf-probe.txt
  perf stat -x, -e instructions:u -o "$f" -- true > /dev/null 2>&1 \
    && awk -F, '$3 ~ /^instructions/ { ok = $1 ~ /^[0-9]+$/ } END { exit !ok }' "$f"
}
case "$counter" in
  auto)
    if command -v perf > /dev/null && perf_counts; then
      counter=perf
    elif command -v valgrind > /dev/null; then
      counter=callgrind
    else
      counter=none
    fi ;;
  perf|callgrind|none) ;;
  *) die "unknown counter '$counter' (auto, perf, callgrind, none)" ;;
esac

# count_instructions LD CONFIG: instructions ld runs for one link.  The
# outputs are removed; callgrind's profiles stay in cg/ for
# callgrind_annotate.
count_instructions () {
  local ld=$1 cfg=$2 args tag
  tag=$(basename "$ld")-$cfg
  mapfile -t args < <(link_args "$cfg")
  case "$counter" in
    perf)
      perf stat -x, -e instructions:u -o "cg/$tag.txt" -- \
	"$ld" -r -o "cg/$tag.o" "${args[@]}" > /dev/null 2>&1 \
	|| die "perf stat $ld ($cfg) failed"
      rm -f "cg/$tag.o"
      awk -F, '$3 ~ /^instructions/ { print $1 }' "cg/$tag.txt" ;;
    callgrind)
      valgrind --tool=callgrind --callgrind-out-file="cg/$tag.out" \
	"$ld" -r -o "cg/$tag.o" "${args[@]}" > "cg/$tag.txt" 2>&1 \
	|| die "valgrind $ld ($cfg) failed: $(tail -n 3 "cg/$tag.txt")"
      rm -f "cg/$tag.o"
      sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' "cg/$tag.txt" ;;
    none) echo - ;;
  esac
}

# count_all: every count, JOBS at a time (counts do not depend on load),
# into counts.txt, lines "LD CONFIG INSTRUCTIONS".
count_all () {
  local ld cfg running=0
  mkdir -p cg
  : > counts.txt
  for ld in "$ld_bfd" "$ld_gold"; do
    for cfg in $configs; do
      (n=$(count_instructions "$ld" "$cfg")
       [ -n "$n" ] || die "no instruction count for $ld ($cfg)"
       echo "$ld $cfg $n" > "cg/$(basename "$ld")-$cfg.count") &
      running=$((running + 1))
      if [ "$running" -ge "$jobs" ]; then
	wait -n || die "counting instructions failed"
	running=$((running - 1))
      fi
    done
  done
  while [ "$running" -gt 0 ]; do
    wait -n || die "counting instructions failed"
    running=$((running - 1))
  done
  for ld in "$ld_bfd" "$ld_gold"; do
    for cfg in $configs; do
      cat "cg/$(basename "$ld")-$cfg.count" >> counts.txt
    done
  done
}

# --------------------------------------------------------------------
# Run and report.
# --------------------------------------------------------------------

: > rss.txt
for ld in "$ld_bfd" "$ld_gold"; do
  time_links "$ld"
  for cfg in $configs; do
    kib=$(peak_kib "$ld" "$cfg")
    echo "$ld $cfg $kib" >> rss.txt
  done
done
t2=${EPOCHREALTIME:-0}
count_all
t3=${EPOCHREALTIME:-0}

# report LD: the table and the derived figures of LD.
report () {
  awk -v ld="$1" -v nobj="$nobj" -v nann="$nann" -v rounds="$rounds" \
      -v counter="$counter" -v configs="$configs" '
  function median(arr, n,   i, j, t) {
    for (i = 2; i <= n; i++)
      for (j = i; j > 1 && arr[j - 1] > arr[j]; j--) {
	t = arr[j]; arr[j] = arr[j - 1]; arr[j - 1] = t
      }
    return n % 2 ? arr[(n + 1) / 2] : (arr[n / 2] + arr[n / 2 + 1]) / 2
  }
  function pct(x) { return sprintf ("%+.2f%%", (x - 1) * 100) }
  # The median of the per-round ratios of K1 to K2.
  function paired_ratio(k1, k2,   r, q) {
    for (r = 1; r <= rounds; r++) q[r] = t[k1, r] / t[k2, r]
    return median(q, rounds)
  }
  function cpu_ratio(k1, k2) {
    return cpu[k2] > 0 ? pct(cpu[k1] / cpu[k2]) : "-"
  }
  FILENAME ~ /\.times$/ { t[$2, $1] = $3; u[$2, $1] = $4; next }
  FILENAME ~ /counts/ && $1 == ld { ins[$2] = $3; next }
  FILENAME ~ /rss/ && $1 == ld { rss[$2] = $3; next }
  END {
    nc = split (configs, cfg, " ")
    for (c = 1; c <= nc; c++) {
      k = cfg[c]
      for (r = 1; r <= rounds; r++) {
	a[r] = t[k, r]; p[r] = t[k, r] / t["plain", r]; b[r] = u[k, r]
      }
      med[k] = median(a, rounds); mn[k] = a[1]
      paired[k] = median(p, rounds); cpu[k] = median(b, rounds)
    }
    printf "\n%s: ld -r of %d objects, %d rounds\n", ld, nobj, rounds
    printf "%-9s %8s %8s %7s %7s %7s %7s %7s %12s %7s %8s\n", "config", \
      "median_s", "min_s", "med/pl", "min/pl", "paired", "cpu_s", "cpu/pl", \
      "instructions", "ins/pl", "peak_kib"
    for (c = 1; c <= nc; c++) {
      k = cfg[c]
      printf "%-9s %8.4f %8.4f %7.3f %7.3f %7.3f %7.3f %7.3f %12s %7s %8s\n", \
	k, med[k], mn[k], med[k] / med["plain"], mn[k] / mn["plain"], \
	paired[k], cpu[k], (cpu["plain"] > 0 ? cpu[k] / cpu["plain"] : 0), \
	ins[k], ins[k] == "-" ? "-" : sprintf ("%.4f", ins[k] / ins["plain"]), \
	rss[k]
    }
    hasi = ins["plain"] != "-"
    lastk = "last" nann; spreadk = "spread" nann
    # The no-op path.
    printf "no-op path (noop vs plain): time %s (median), %s (min), %s (paired), cpu %s", \
      pct(med["noop"] / med["plain"]), pct(mn["noop"] / mn["plain"]), \
      pct(paired["noop"]), cpu_ratio("noop", "plain")
    if (hasi)
      printf "; instructions %s", pct(ins["noop"] / ins["plain"])
    printf "\n"
    printf "  ld with a plugin that reads nothing (null vs plain): time %s (paired), cpu %s", \
      pct(paired_ratio("null", "plain")), cpu_ratio("null", "plain")
    if (hasi)
      printf "; instructions %s", pct(ins["null"] / ins["plain"])
    printf "\n"
    printf "  libklp itself (noop vs null): time %s (paired), cpu %s", \
      pct(paired_ratio("noop", "null")), cpu_ratio("noop", "null")
    if (hasi)
      printf "; instructions %s, %.0f per object", \
	pct(ins["noop"] / ins["null"]), (ins["noop"] - ins["null"]) / nobj
    printf "\n"
    if (hasi) {
      g = ins["noop"] / ins["plain"]
      verdict = g <= 1.02 ? "met" : "MISSED"
      printf "  goal, within 2%% of plain (on user-space instructions): %s\n", verdict
    } else {
      g = paired["noop"]
      verdict = g <= 1.02 ? "met" : "MISSED"
      printf "  goal, within 2%% of plain (on paired time, no counter): %s\n", verdict
    }
    # The rewriting.
    printf "rewriting, added to the no-op link:\n"
    printf "  %-46s %9.2f ms", "naive: (" spreadk " - noop) / " nann, \
      (med[spreadk] - med["noop"]) / nann * 1000
    if (hasi) printf " %12.0f instructions", (ins[spreadk] - ins["noop"]) / nann
    printf "\n"
    printf "  %-46s %9.2f ms", "each rewritten: (" lastk " - last1) / " nann - 1, \
      (med[lastk] - med["last1"]) / (nann - 1) * 1000
    if (hasi) printf " %12.0f instructions", (ins[lastk] - ins["last1"]) / (nann - 1)
    printf "\n"
    printf "  %-46s %9.2f ms", "once per link: last1 - noop - each rewritten", \
      (med["last1"] - med["noop"] - (med[lastk] - med["last1"]) / (nann - 1)) * 1000
    if (hasi) printf " %12.0f instructions", ins["last1"] - ins["noop"] - (ins[lastk] - ins["last1"]) / (nann - 1)
    printf "\n"
    printf "  %-46s %9.2f ms", "each passed through: (" spreadk " - " lastk ") / " nobj - nann, \
      (med[spreadk] - med[lastk]) / (nobj - nann) * 1000
    if (hasi) printf " %12.0f instructions", (ins[spreadk] - ins[lastk]) / (nobj - nann)
    printf "\n"
    printf "  %-46s %9.2f ms", "for comparison, plain link, per object", \
      med["plain"] / nobj * 1000
    if (hasi) printf " %12.0f instructions", ins["plain"] / nobj
    printf "\n"
  }' "$(basename "$1").times" counts.txt rss.txt
}

echo "bench-plugin: $nobj $kind objects (cflags: $cflags), $nann annotated (last$nann: $last; spread$nann: $spread), $plugin"
echo "ld.bfd: $("$ld_bfd" --version | head -n 1); gold: $("$ld_gold" --version | head -n 1)"
echo "instruction counter: $counter; wall time: $($has_epochrealtime && echo 'bash EPOCHREALTIME' || echo measure)"
for ld in "$ld_bfd" "$ld_gold"; do
  report "$ld"
done
echo
echo "median_s, min_s: wall time of ld; med/pl, min/pl: over plain's; paired:"
echo "median of each round's ratio to that round's plain; cpu_s: median user"
echo "and system time; ins/pl: instructions over plain's; peak_kib: one run"
echo "under measure.  All outputs checked."
# The no-op goal of both linkers, on instruction counts.
status=0
if [ "$counter" != none ]; then
  summary=
  for ld in "$ld_bfd" "$ld_gold"; do
    r=$(awk -v ld="$ld" '$1 == ld && $2 == "plain" { p = $3 }
	$1 == ld && $2 == "noop" { n = $3 }
	END { printf "%.4f", n / p }' counts.txt)
    summary="$summary $(basename "$ld") $r"
    awk -v r="$r" 'BEGIN { exit !(r <= 1.02) }' || status=1
  done
  echo "no-op goal, instructions at most 1.02 times plain's:$summary:" \
    "$([ $status -eq 0 ] && echo met || echo MISSED)"
fi
if $has_epochrealtime; then
  awk -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" 'BEGIN {
    printf "phases: objects %.1f s, timed links %.1f s, instruction counts %.1f s\n", b - a, c - b, d - c }'
fi
exit $status
