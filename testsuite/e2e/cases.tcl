# The end-to-end cases, run by e2e.exp for each kernel (e2e_kernel_select
# has made it the current one): livepatch modules built with kbuild and
# the libklp plugin (kbuild/kbuild.mk), checked with readelf, then loaded
# in that kernel under qemu (qemu-run), all in one boot.
# Copyright (C) 2026 The libklp authors.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The cases (modules/ holds their sources; README-e2e.md the background):
#   1. seed: the bundled example (../example/kbuild), a livepatch of
#      cmdline_proc_show made of three objects, two of which mean the
#      first and the second '__param_str_debug' of vmlinux (each kernel
#      has its own: see e2e_kernel_facts);
#   2. unique: non-exported vmlinux symbols with unique names and no
#      annotation (core_pattern, fscaps_show), resolved through
#      the symbol map, in a single-object livepatch, with an ordinary
#      module built beside it;
#   3. modpatch: a livepatch of the module klp_e2e_target, whose three
#      objects define same-named static symbols, referred to by position
#      (KLP_SYMPOS) and by source file (KLP_SYMFILE), loaded before the
#      target (late module patching) and after it;
#   4. the same livepatch's references to the target's data of every
#      storage class, from its .text, .data and .rodata;
#   5. what must fail, and how: no annotation where the name is ambiguous
#      (the build lists the candidates), an ordinary module with a real
#      undefined symbol (modpost still reports it), the example built
#      without the plugin (klp-check and klp-convert catch it before
#      insmod, the kernel refuses it), a linker or kernel that cannot run
#      the plugin, a kbuild run that would skip the plugin in the final
#      link;
#   6. positions: every klp symbol resolved by the kernel to the symbol at
#      its position; klp-symbols' map has the guest's /proc/kallsyms order
#      (vmlinux, and klp_e2e_target, from its .ko);
#   7. reload: the target module unloaded and loaded again three times
#      while its livepatch is applied: patched each time, no loader error
#      (an expected failure where the kernel is known to refuse it).
# Every livepatch built also passes klp-check against the map.
#
# The symbol maps (libklp's format, and the kernel patchset's, which the
# unique and mixed cases use) come from klp-symbols: for Debian's
# kernels, which ship no System.map, from a dump of the guest's
# /proc/kallsyms made by a first boot (cached per kernel image under
# tmpdir/e2e/KERNEL/cache), with Debian's own modules (xz-compressed in
# 6.12) where the kernel comes from build-kernel; for the kernels
# build-kernel builds, from their vmlinux (s390x) or System.map
# (ppc64le), and the boot of the tests dumps /proc/kallsyms to check the
# order.  The kbuild results are cached too (tmpdir/e2e/KERNEL/build, per
# inputs' contents).  The boot of the tests runs guest-test.sh.

set kind [e2e_kernel_fact kind]

# ------------------------------------------------------------------
# Prerequisites.
# ------------------------------------------------------------------

set headers [e2e_headers]
if {![e2e_is_met headers]} {
    # e2e_kernel_select said why.
} elseif {![file isfile $KLP_PLUGIN]} {
    e2e_set headers "the plugin $KLP_PLUGIN was not built" unresolved
} elseif {$KLP_KBUILD_DIR eq ""
	  || ![file isfile [file join $KLP_KBUILD_DIR libklp-uninstalled.pc]]} {
    e2e_set headers "KLP_KBUILD_DIR does not name the build tree's kbuild/"
} else {
    e2e_set headers ""
}
set kargs [e2e_make_args]

# ------------------------------------------------------------------
# The target module (an ordinary module) and the symbol map.
# ------------------------------------------------------------------

set target_ko ""
if {[e2e_is_met headers]} {
    set b [e2e_build target [list [file join $e2e_modules target]] $kargs]
    set target_ko [file join [dict get $b dir] klp_e2e_target.ko]
    if {[dict get $b status] == 0 && [file exists $target_ko]} {
	e2e_set target ""
    } else {
	e2e_set target "the target module did not build:\n[dict get $b log]"
    }
}
e2e_inherit target {headers}
e2e_test "kbuild: the target module klp_e2e_target (no libklp)" {headers} {
    if {![e2e_is_met target]} {
	return [lindex $e2e_deps(target) 1]
    }
    return ""
}

# Debian's kernels: the guest's /proc/kallsyms, once per kernel image.
# The others: the boot of the tests dumps it (below).
set map [file join [e2e_dir] symbols.klp]
set kallsyms ""
if {[e2e_is_met headers] && $kind eq "built"} {
    set kallsyms [file join [e2e_dir] kallsyms-test]
    file delete $kallsyms
} elseif {[e2e_is_met headers]} {
    set image [e2e_kernel_fact image]
    set kallsyms [file join [e2e_dir cache] kallsyms-[e2e_md5 $image]]
    if {[file exists $kallsyms]} {
	verbose -log "e2e: reusing $kallsyms"
	e2e_set kallsyms ""
    } else {
	set script [file join [e2e_dir] kallsyms.sh]
	e2e_write $script "true\n"
	set run [e2e_boot kallsyms $script {} \
		     [list --timeout 240 --dump-file /proc/kallsyms:$kallsyms.tmp]]
	set status [dict get $run status]
	if {$status == 0 && [file exists $kallsyms.tmp]} {
	    file rename -force $kallsyms.tmp $kallsyms
	    e2e_set kallsyms ""
	} elseif {$status == 77} {
	    e2e_set kallsyms [dict get $run stderr] unsupported
	} else {
	    e2e_set kallsyms "qemu-run status $status: [dict get $run stderr]"
	}
    }
}
if {$kind ne "built"} {
    e2e_inherit kallsyms {headers}
}

# The symbol maps, made by klp-symbols from the dump (Debian's kernels;
# and Debian's modules, where the kernel comes from build-kernel) or the
# kernel's vmlinux (s390x) or System.map (ppc64le), the target module and
# the kernel's Module.symvers, in libklp's format and in the kernel
# patchset's: the plugin reads both.
set patchset_map [file join [e2e_dir] symbols-patchset.klp]
if {$kind eq "built"} {
    if {[e2e_kernel_fact arch] eq "s390x"} {
	set map_inputs [list --vmlinux=[e2e_kernel_fact vmlinux]]
	set map_from vmlinux
    } else {
	set map_inputs [list --system-map=[e2e_kernel_fact system_map]]
	set map_from System.map
    }
    set map_deps {headers target}
} else {
    set map_inputs [list --kallsyms=$kallsyms]
    set map_from "/proc/kallsyms"
    if {[e2e_kernel_fact modules_dir] ne ""} {
	lappend map_inputs --modules-dir=[e2e_kernel_fact modules_dir]
	append map_from " and Debian's modules"
    }
    set map_deps {headers kallsyms target}
}
e2e_test "klp-symbols: maps of the guest kernel ($map_from) and\
	  klp_e2e_target, in both formats" $map_deps {
    foreach {file format} [list $map libklp $patchset_map patchset] {
	file delete $file
	set r [klp_run [concat [list $KLP_SYMBOLS] $map_inputs \
			    [list --modules-dir=[file dirname $target_ko] \
				 --symvers=[file join $headers Module.symvers] \
				 --format=$format --output=$file]]]
	set report [klp_sanitizer_report [dict get $r stderr]]
	if {$report ne ""} {
	    e2e_set map "klp-symbols failed"
	    return "sanitizer: $report"
	}
	if {[dict get $r status] != 0 || ![file exists $file]} {
	    e2e_set map "klp-symbols failed"
	    return "klp-symbols --format=$format exited with\
		    [dict get $r status]: [dict get $r stderr]"
	}
    }
    e2e_set map ""
    return ""
}
e2e_inherit map $map_deps
set mapargs [concat $kargs KLP_SYMBOLS=$map]
set patchset_mapargs [concat $kargs KLP_SYMBOLS=$patchset_map]

# ------------------------------------------------------------------
# Helpers of the static checks.
# ------------------------------------------------------------------

# The klp relocation section NAME of SECS with the kernel's flags and
# sh_info TARGET.
proc e2e_check_klp_rela {secs name target} {
    if {![dict exists $secs $name]} {
	return "no section '$name' (sections: [dict keys $secs])"
    }
    set s [dict get $secs $name]
    set want [expr {0x2 | 0x40 | 0x00100000}]
    if {[dict get $s type] ne "RELA"} {
	return "'$name' is [dict get $s type], not RELA"
    }
    if {[dict get $s flags] != $want} {
	return [format "'%s' has flags 0x%x, not 0x%x (SHF_ALLOC | SHF_INFO_LINK\
			| SHF_RELA_LIVEPATCH)" $name [dict get $s flags] $want]
    }
    if {[dict get $s info] ne $target} {
	return "'$name' applies to '[dict get $s info]', not '$target'"
    }
    return ""
}

# Each of NAMES is a SHN_LIVEPATCH symbol of SYMS, and every symbol of
# that name is.  (Two objects may reach one symbol, by position and by
# file: their klp symbols then have the same name, which the kernel
# resolves each on its own.)
proc e2e_check_klp_syms {syms names} {
    foreach name $names {
	set ndx [e2e_symbol_ndx $syms $name]
	if {[llength $ndx] == 0
	    || [llength [lsearch -all -exact -not $ndx {OS [0xff20]}]] > 0} {
	    return "symbol '$name': st_shndx '$ndx', want SHN_LIVEPATCH\
		    (OS \[0xff20\])"
	}
    }
    return ""
}

# The number of SHN_LIVEPATCH symbols of KO.
proc e2e_count_klp_syms {ko} {
    set n 0
    foreach s [e2e_symbols $ko] {
	if {[lindex $s 1] eq {OS [0xff20]}} {
	    incr n
	}
    }
    return $n
}

# No section of SECS is an annotation section, and no symbol of SYMS
# is undefined with a name of UNDEF.
proc e2e_check_clean {secs syms undef} {
    foreach name [dict keys $secs] {
	if {[string match *.klp.module_relocs.* $name]} {
	    return "annotation section '$name' left in the module"
	}
    }
    foreach name $undef {
	if {[lsearch -exact [e2e_symbol_ndx $syms $name] UND] >= 0} {
	    return "'$name' is still undefined"
	}
    }
    return ""
}

# Build NAME, record dependency NAME, and report the build.
proc e2e_build_case {title name sources makeargs deps ko} {
    global e2e_deps
    set kopath ""
    e2e_test $title $deps {
	set b [e2e_build $name $sources $makeargs]
	set kopath [file join [dict get $b dir] $ko]
	set why [e2e_sanitizer_why $b]
	if {$why ne ""} {
	    e2e_set $name "sanitizer report"
	    return $why
	}
	if {[dict get $b status] != 0 || ![file exists $kopath]} {
	    e2e_set $name "the module did not build"
	    return "kbuild failed:\n[dict get $b log]"
	}
	e2e_set $name ""
	return ""
    }
    e2e_inherit $name $deps
    return $kopath
}

# ------------------------------------------------------------------
# 1. The seed case: the bundled example.
# ------------------------------------------------------------------

set seed_ko [e2e_build_case "seed: the example builds with kbuild and the\
	plugin" seed [list $e2e_example] $kargs {headers} klp-example.ko]
# ppc64le's code reads data through the TOC.
set seed_sec [expr {[e2e_kernel_fact arch] eq "ppc64le" ? ".toc" : ".text"}]
e2e_test "seed: .klp.rela.vmlinux.$seed_sec, SHF_RELA_LIVEPATCH, applies to\
	  $seed_sec" {seed} {
    e2e_check_klp_rela [e2e_sections $seed_ko] .klp.rela.vmlinux.$seed_sec \
	$seed_sec
}
e2e_test "seed: SHN_LIVEPATCH symbols __param_str_debug,1 and ,2" {seed} {
    e2e_check_klp_syms [e2e_symbols $seed_ko] \
	{.klp.sym.vmlinux.__param_str_debug,1 .klp.sym.vmlinux.__param_str_debug,2}
}
e2e_test "seed: no annotation and no undefined __param_str_debug left" \
    {seed} {
    e2e_check_clean [e2e_sections $seed_ko] [e2e_symbols $seed_ko] \
	__param_str_debug
}

# ------------------------------------------------------------------
# 2. Unique names, no annotation; an ordinary module beside.
# ------------------------------------------------------------------

set unique_ko [e2e_build_case "unique: a single-object livepatch and an\
	ordinary module build (patchset-format map)" unique \
	[list [file join $e2e_modules unique]] $patchset_mapargs {headers map} \
	klp_e2e_unique.ko]
e2e_test "unique: a klp relocation section of vmlinux and SHN_LIVEPATCH\
	  symbols core_pattern,0 and fscaps_show,0" {unique} {
    # ppc64le reaches data through the TOC: the relocation that names
    # core_pattern is in .toc.
    set secs [e2e_sections $unique_ko]
    set why [e2e_check_klp_rela $secs .klp.rela.vmlinux..text .text]
    if {$why eq "" && [e2e_kernel_fact arch] eq "ppc64le"} {
	set why [e2e_check_klp_rela $secs .klp.rela.vmlinux..toc .toc]
    }
    if {$why eq ""} {
	set why [e2e_check_klp_syms [e2e_symbols $unique_ko] \
		     {.klp.sym.vmlinux.core_pattern,0
		      .klp.sym.vmlinux.fscaps_show,0}]
    }
    return $why
}
e2e_test "unique: the ordinary module has no klp section or symbol" \
    {unique} {
    set plain [file join [file dirname $unique_ko] klp_e2e_plain.ko]
    foreach name [dict keys [e2e_sections $plain]] {
	if {[string match .klp.* $name]} {
	    return "section '$name'"
	}
    }
    foreach s [e2e_symbols $plain] {
	if {[string match .klp.* [lindex $s 0]]} {
	    return "symbol '[lindex $s 0]'"
	}
    }
    return ""
}

# ------------------------------------------------------------------
# 3, 4. The livepatch of the target module.
# ------------------------------------------------------------------

set modpatch_ko [e2e_build_case "modpatch: the livepatch of klp_e2e_target\
	builds" modpatch [list [file join $e2e_modules modpatch]] $mapargs \
	{headers map} klp_e2e_modpatch.ko]
# s390x and ppc64le build modules with -fPIC: GCC puts initialized
# pointers in .data.rel, and constant ones in .data.rel.ro; ppc64le's
# code reaches data through the TOC (.toc).
switch -- [e2e_kernel_fact arch] {
    s390x { set data_secs {.text .data.rel .data.rel.ro} }
    ppc64le { set data_secs {.text .toc .data.rel .data.rel.ro} }
    default { set data_secs {.text .data .rodata} }
}
e2e_test "modpatch: .klp.rela.klp_e2e_target.SEC for SEC in $data_secs" \
    {modpatch} {
    set secs [e2e_sections $modpatch_ko]
    foreach sec $data_secs {
	set why [e2e_check_klp_rela $secs .klp.rela.klp_e2e_target.$sec $sec]
	if {$why ne ""} {
	    return $why
	}
    }
    return ""
}
e2e_test "modpatch: SHN_LIVEPATCH symbols of every position and storage\
	  class" {modpatch} {
    set names {}
    foreach n {1 2 3} {
	lappend names .klp.sym.klp_e2e_target.counter,$n \
	    .klp.sym.klp_e2e_target.whoami,$n
    }
    foreach s {klp_e2e_global_data static_data const_data fls_data.0} {
	lappend names .klp.sym.klp_e2e_target.$s,0
    }
    set syms [e2e_symbols $modpatch_ko]
    set why [e2e_check_klp_syms $syms $names]
    if {$why eq ""} {
	set why [e2e_check_clean [e2e_sections $modpatch_ko] $syms \
		     {counter whoami klp_e2e_global_data static_data
		      const_data fls_data.0}]
    }
    return $why
}

# ------------------------------------------------------------------
# klp-check: every livepatch built above follows the kernel's rules, its
# klp symbols resolving in the map as the kernel will resolve them.
# ------------------------------------------------------------------

# Run klp-check on KO against the map; a dict {status stderr} or a Tcl
# error on a sanitizer report.
proc e2e_klp_check {ko} {
    global KLP_CHECK map headers
    set r [klp_run [list $KLP_CHECK --symbols=$map \
			--symvers=[file join $headers Module.symvers] $ko]]
    set report [klp_sanitizer_report [dict get $r stderr]]
    if {$report ne ""} {
	error "sanitizer: $report"
    }
    return $r
}

foreach {case ko} [list seed $seed_ko unique $unique_ko \
		       modpatch $modpatch_ko] {
    e2e_test "klp-check: $case: no problem found" [list $case map] {
	set r [e2e_klp_check $ko]
	if {[dict get $r status] != 0} {
	    return "klp-check exited with [dict get $r status]:\
		    [dict get $r stderr]"
	}
	return ""
    }
}

# ------------------------------------------------------------------
# 5. What must fail.
# ------------------------------------------------------------------

e2e_test "noannot: an ambiguous name without annotation fails the build,\
	  listing the candidates" {headers map} {
    set b [e2e_build noannot [list [file join $e2e_modules noannot]] $mapargs]
    set log [dict get $b log]
    if {[e2e_sanitizer_why $b] ne ""} {
	return [e2e_sanitizer_why $b]
    }
    if {[dict get $b status] == 0} {
	return "the build succeeded:\n$log"
    }
    if {[file exists [file join [dict get $b dir] klp_e2e_noannot.ko]]} {
	return "the build failed but left klp_e2e_noannot.ko"
    }
    # Every candidate is listed, and no other.
    set res [list {'__param_str_debug'.*ambiguous} \
		 {KLP_SYMPOS\(__param_str_debug}]
    set n [e2e_kernel_fact debug_count]
    for {set i 1} {$i <= $n} {incr i} {
	lappend res "vmlinux $i\\M"
    }
    if {[regexp -line "vmlinux [expr {$n + 1}]\\M" $log]} {
	return "more than $n candidates in:\n$log"
    }
    foreach re $res {
	if {![regexp -line -- $re $log]} {
	    return "no line matches '$re' in:\n$log"
	}
    }
    return ""
}

e2e_test "mixed: modpost still fails on an ordinary module's undefined\
	  symbol, not on the livepatch's" {headers map} {
    set b [e2e_build mixed [list [file join $e2e_modules mixed]] \
	       $patchset_mapargs]
    set log [dict get $b log]
    if {[e2e_sanitizer_why $b] ne ""} {
	return [e2e_sanitizer_why $b]
    }
    if {[dict get $b status] == 0} {
	return "the build succeeded:\n$log"
    }
    if {![regexp -line {^ERROR: modpost: "core_pattern" \[.*/klp_e2e_badnormal\.ko\] undefined!$} $log]} {
	return "no modpost error about klp_e2e_badnormal:\n$log"
    }
    if {[regexp -line {modpost: .*klp_e2e_lpok} $log]} {
	return "modpost reported the livepatch:\n$log"
    }
    return ""
}

e2e_test "mixed: with KBUILD_MODPOST_WARN=1 the report is a warning and both\
	  modules build" {headers map} {
    set b [e2e_build mixed-warn [list [file join $e2e_modules mixed]] \
	       [concat $patchset_mapargs KBUILD_MODPOST_WARN=1]]
    set log [dict get $b log]
    if {[e2e_sanitizer_why $b] ne ""} {
	return [e2e_sanitizer_why $b]
    }
    if {[dict get $b status] != 0} {
	return "the build failed:\n$log"
    }
    if {![regexp -line {^WARNING: modpost: "core_pattern" \[.*/klp_e2e_badnormal\.ko\] undefined!$} $log]} {
	return "no modpost warning about klp_e2e_badnormal:\n$log"
    }
    if {[regexp -line {modpost: .*klp_e2e_lpok} $log]} {
	return "modpost reported the livepatch:\n$log"
    }
    set lpok [file join [dict get $b dir] klp_e2e_lpok.ko]
    e2e_check_klp_syms [e2e_symbols $lpok] {.klp.sym.vmlinux.core_pattern,0}
}

set noplugin_ko [e2e_build_case "noplugin: the example built without the\
	plugin (KBUILD_MODPOST_WARN=1)" noplugin \
	[list $e2e_example [file join $e2e_modules noplugin Makefile]] \
	[concat $kargs KLP_INCLUDE=$KLP_INCLUDE] {headers} klp-e2e-noplugin.ko]
e2e_test "noplugin: the module is left unconverted" {noplugin} {
    set secs [e2e_sections $noplugin_ko]
    if {![dict exists $secs .klp.module_relocs.vmlinux]} {
	return "no annotation section"
    }
    foreach name [dict keys $secs] {
	if {[string match .klp.rela.* $name]} {
	    return "klp relocation section '$name'"
	}
    }
    return ""
}
e2e_test "noplugin: klp-convert refuses it (annotations merged without the\
	  plugin)" {noplugin} {
    set out [file join [e2e_dir] noplugin.out.ko]
    file delete $out
    set r [klp_run [list $KLP_CONVERT --symbols $map $noplugin_ko $out]]
    set report [klp_sanitizer_report [dict get $r stderr]]
    if {$report ne ""} {
	return "sanitizer: $report"
    }
    if {[dict get $r status] != 1} {
	return "klp-convert exited with [dict get $r status]:\
		[dict get $r stderr]"
    }
    if {[file exists $out]} {
	return "klp-convert wrote $out"
    }
    if {![regexp -line {conflicting.*'__param_str_debug'.*plugin} \
	      [dict get $r stderr]]} {
	return "unexpected diagnostic: [dict get $r stderr]"
    }
    return ""
}

e2e_test "noplugin: klp-check catches it before insmod, with the kernel's\
	  message" {noplugin map} {
    set r [e2e_klp_check $noplugin_ko]
    if {[dict get $r status] != 1} {
	return "klp-check exited with [dict get $r status]:\
		[dict get $r stderr]"
    }
    if {![regexp {klp_e2e_noplugin: Unknown symbol __param_str_debug \(err -2\)} \
	      [dict get $r stderr]]} {
	return "unexpected diagnostic: [dict get $r stderr]"
    }
    return ""
}

# A linker that cannot run the plugin: a fake ld.lld, given as LD.
e2e_test "lld: a linker that is not GNU ld stops the build with a message" \
    {headers} {
    set fake [file join [e2e_dir] fake-ld.lld]
    e2e_write $fake "#!/bin/sh\necho 'LLD 16.0.6 (compatible with GNU linkers)'\n"
    file attributes $fake -permissions 0755
    set b [e2e_build lld [list $e2e_example] [concat $kargs LD=$fake]]
    set log [dict get $b log]
    if {[dict get $b status] == 0} {
	return "the build succeeded:\n$log"
    }
    if {![regexp -line {libklp: the linker '.*fake-ld.lld' cannot run the libklp ld plugin: it is not GNU ld or gold \(its --version says: 'LLD 16} $log]} {
	return "unexpected messages:\n$log"
    }
    return ""
}

# A kernel built with ld.lld: a copy of the headers directory (3 MB; 40
# MB for build-kernel's) whose configuration says CONFIG_LD_IS_LLD.
e2e_test "lld: a kernel configured with CONFIG_LD_IS_LLD stops the build\
	  with a message" {headers} {
    set fk [file join [e2e_dir] fake-lld-headers]
    set conf [file join $fk include config auto.conf]
    if {![file exists $conf]
	|| ![regexp -line {^CONFIG_LD_IS_LLD=y$} [e2e_read $conf]]} {
	file delete -force $fk
	file mkdir $fk
	exec cp -a $headers/. $fk
	foreach link {scripts tools} {
	    set p [file join $fk $link]
	    if {![catch {file type $p} type] && $type eq "link"} {
		set target [exec realpath [file join $headers $link]]
		file delete $p
		file link -symbolic $p $target
	    }
	}
	set text [e2e_read $conf]
	regsub -line {^CONFIG_LD_IS_BFD=y$} $text CONFIG_LD_IS_LLD=y text
	e2e_write $conf $text
    }
    set b [e2e_build lld-config [list $e2e_example] \
	       [concat [lrange $kargs 1 end] KDIR=$fk]]
    set log [dict get $b log]
    if {[dict get $b status] == 0} {
	return "the build succeeded:\n$log"
    }
    if {![regexp -line {libklp: this kernel is linked with ld.lld \(CONFIG_LD_IS_LLD\)} $log]} {
	return "unexpected messages:\n$log"
    }
    return ""
}

# "make -C KDIR M=DIR" skips the module Makefile's own pass, which gives
# the final link its plugin: kbuild.mk must stop the build.
e2e_test "direct: make -C KDIR M=DIR stops with a message (the final link\
	  would lack the plugin)" {headers} {
    set dir [e2e_copy direct [list $e2e_example]]
    set r [klp_run [concat $KLP_E2E_MAKE -C $headers M=$dir modules \
			[lrange $kargs 1 end]] [e2e_kbuild_env]]
    set log "[dict get $r stdout]\n[dict get $r stderr]"
    if {[dict get $r status] == 0} {
	return "the build succeeded:\n$log"
    }
    if {![regexp -line {libklp: the final link of the modules would not run the libklp plugin.*LDFLAGS_MODULE='-plugin } $log]} {
	return "unexpected messages:\n$log"
    }
    return ""
}

# ------------------------------------------------------------------
# The guest: every case in one boot.
# ------------------------------------------------------------------

set guest_deps {headers seed unique modpatch target noplugin}
if {$kind ne "built"} {
    lappend guest_deps kallsyms
}
set run ""
set boot_why ""
if {[e2e_all_met $guest_deps]} {
    set files [list $seed_ko $unique_ko \
		   [file join [file dirname $unique_ko] klp_e2e_plain.ko] \
		   $target_ko $modpatch_ko $noplugin_ko]
    set qargs {--timeout 300 --dmesg}
    if {$kind eq "built"} {
	# The copy of /proc/kallsyms that the script made.
	lappend qargs --dump-file /tmp/kallsyms:$kallsyms
    }
    set run [e2e_boot test [file join $e2e_src guest-test.sh] $files $qargs]
    set status [dict get $run status]
    if {$status == 77} {
	e2e_set bootable [dict get $run stderr] unsupported
    } else {
	e2e_set bootable ""
	if {$status == 0} {
	    e2e_set guest ""
	} else {
	    set boot_why "qemu-run status $status: [dict get $run stderr]"
	    e2e_set guest "the guest did not run the tests"
	}
    }
}
e2e_inherit bootable $guest_deps
e2e_inherit guest [concat $guest_deps bootable]
if {$kind eq "built"} {
    if {[e2e_is_met guest] && [file exists $kallsyms]} {
	e2e_set kallsyms ""
    }
    e2e_inherit kallsyms [concat $guest_deps bootable guest]
}
e2e_test "guest: boot the kernel and run the tests" \
    [concat $guest_deps bootable] {
    verbose -log "e2e: [e2e_kernel_fact release]: [e2e_kernel_fact image]"
    return $boot_why
}

# STEP exited with RC (a number or "fail": any non-zero).
proc e2e_step_rc {run step rc} {
    set s [e2e_step $run $step]
    set got [dict get $s rc]
    if {$got eq "missing"} {
	return "step '$step' did not run"
    }
    if {($rc eq "fail" && $got == 0) || ($rc ne "fail" && $got != $rc)} {
	return "step '$step' exited with $got, want $rc:\
		[dict get $s output]"
    }
    return ""
}

# STEP succeeded and its output matches RE (-line).
proc e2e_step_output {run step re} {
    set why [e2e_step_rc $run $step 0]
    if {$why ne ""} {
	return $why
    }
    set out [dict get [e2e_step $run $step] output]
    if {![regexp -line -- $re $out]} {
	return "step '$step' printed '$out', want '$re'"
    }
    return ""
}

# Each of STEPS succeeded (a list of {step re}, re "" for no check).
proc e2e_steps {run steps} {
    foreach {step re} $steps {
	if {$re eq ""} {
	    set why [e2e_step_rc $run $step 0]
	} else {
	    set why [e2e_step_output $run $step $re]
	}
	if {$why ne ""} {
	    return $why
	}
    }
    return ""
}

e2e_test "noplugin: the kernel refuses the unconverted module" {guest} {
    set why [e2e_step_rc $run noplugin-insmod fail]
    if {$why eq ""
	&& ![regexp -line {klp_e2e_noplugin: Unknown symbol __param_str_debug \(err -2\)} \
		 [dict get $run dmesg]]} {
	set why "no 'Unknown symbol __param_str_debug' in dmesg"
    }
    return $why
}

e2e_test "seed: loads, enabled, transition complete" {guest} {
    e2e_steps $run {seed-insmod {} seed-transition {^0$}
		    seed-enabled {^1$}}
}
lassign [e2e_kernel_fact seed] seed_a seed_b
e2e_test "seed: each object sees its own instance:\
	  a=$seed_a b=$seed_b" {guest} {
    e2e_step_output $run seed-cmdline \
	"^klp-example: a=[string map {. \\.} $seed_a]\
	 b=[string map {. \\.} $seed_b]\$"
}

e2e_test "unique: loads, enabled, transition complete" {guest} {
    e2e_steps $run {core-pattern {} unique-insmod {}
		    unique-transition {^0$} unique-enabled {^1$}}
}
e2e_test "unique: /proc/version reads core_pattern and calls\
	  fscaps_show" {guest} {
    e2e_step_output $run unique-version \
	{^klp-e2e-unique: core_pattern=klp-e2e-core fscaps=1$}
}
e2e_test "unique: the ordinary module built beside loads" {guest} {
    e2e_step_rc $run plain-insmod 0
}

set patched {^klp-e2e-modpatch: whoami=t1,t2,t3 counter=101,202,303\
	     file=202 text=4001,4002,4003,4004 data=4001,4002,4003,4004\
	     rodata=4001,4002,4003,4004$}
e2e_test "modpatch: loaded before its target, enabled" {guest} {
    e2e_steps $run {modpatch-insmod-before {}
		    modpatch-transition-before {^0$}}
}
e2e_test "modpatch: applied to the target as it loads (late module\
	  patching)" {guest} {
    set why [e2e_steps $run {target-insmod {} modpatch-enabled {^1$}}]
    if {$why eq ""
	&& ![regexp -line {livepatch: applying patch 'klp_e2e_modpatch' to loading module 'klp_e2e_target'} \
		 [dict get $run dmesg]]} {
	set why "no 'applying patch ... to loading module' in dmesg"
    }
    return $why
}
e2e_test "modpatch: late: each object's static symbols by position and by\
	  file, data of every storage class from .text, .data, .rodata" {guest} {
    e2e_step_output $run target-show-late $patched
}
e2e_test "modpatch: disabled and unloaded, the target is unpatched" {guest} {
    e2e_steps $run {modpatch-unload {}
		    target-show-unpatched {^klp-e2e-target: unpatched}}
}
e2e_test "modpatch: loaded after its target: same results" {guest} {
    e2e_steps $run [list modpatch-insmod-after {} \
			modpatch-transition-after {^0$} \
			target-show-after $patched]
}

# The lines of the kernel log LINES (a list) that report a livepatch or
# module loader error, an oops or a warning.
proc e2e_bad_dmesg {lines} {
    set res {
	{livepatch: .*(not found|ambiguity|invalid|incorrectly formatted|not marked|failed|error|refusing)}
	{[Ii]nvalid relocation}
	{[Ee]xpected nop}
	{[Uu]nknown relocation}
	{BUG:}
	{Oops}
	{WARNING: CPU:}
	{cut here}
	{Call Trace}
    }
    set bad {}
    foreach line $lines {
	foreach re $res {
	    if {[regexp -- $re $line]} {
		lappend bad $line
		break
	    }
	}
    }
    return $bad
}

# The kernel log of RUN from the line matching FROM (a regexp; "" for the
# start) to the line before the one matching TO ("" for the end).
proc e2e_dmesg_part {run from to} {
    set out {}
    set in [expr {$from eq ""}]
    foreach line [split [dict get $run dmesg] "\n"] {
	if {!$in} {
	    set in [regexp -- $from $line]
	} elseif {$to ne "" && [regexp -- $to $line]} {
	    break
	}
	if {$in} {
	    lappend out $line
	}
    }
    return $out
}

e2e_test "dmesg: no livepatch error, no oops (before the reloads)" {guest} {
    set bad [e2e_bad_dmesg [e2e_dmesg_part $run "" {klp-e2e-guest: reload 1$}]]
    if {[llength $bad] > 0} {
	return "kernel log:\n[join $bad \n]"
    }
    return ""
}

# ------------------------------------------------------------------
# 7. The target module unloaded and loaded again while its livepatch is
# applied: the kernel applies the livepatch's klp relocations of the
# target each time.
# ------------------------------------------------------------------

set reload_xfail [e2e_kernel_fact reload_xfail]
for {set i 1} {$i <= 3} {incr i} {
    e2e_test "reload $i of 3: the target unloaded and loaded again while\
	      the livepatch is applied: patched, no loader error" {guest} {
	set why [e2e_steps $run [list target-rmmod-$i {} target-insmod-$i {} \
				     target-show-$i $patched]]
	set next [expr {$i == 3 ? {klp-e2e-guest: reloads done$}
			: "klp-e2e-guest: reload [expr {$i + 1}]\$"}]
	set bad [e2e_bad_dmesg [e2e_dmesg_part $run \
				    "klp-e2e-guest: reload $i\$" $next]]
	if {[llength $bad] > 0} {
	    append why "\nkernel log:\n[join $bad \n]"
	}
	return [string trim $why]
    } $reload_xfail
}

# ------------------------------------------------------------------
# 6. Positions.
# ------------------------------------------------------------------

e2e_test "positions: every klp symbol resolved to the same-named symbol at\
	  its position" {guest} {
    set why [e2e_step_rc $run klp-symbols 0]
    if {$why ne ""} {
	return $why
    }
    set n 0
    foreach line [split [dict get [e2e_step $run klp-symbols] output] "\n"] {
	if {![regexp {^(\S+) \.klp\.sym\.[^.]+\..*,(\d+) found=(\d+) count=(\d+)$} \
		  $line -> mod pos found count]} {
	    continue
	}
	incr n
	if {$pos == 0 ? ($count != 1 || $found != 1) : ($found != $pos)} {
	    return "$line: want position $pos"
	}
    }
    # All the klp symbols of the three livepatches loaded.
    set want 0
    foreach ko [list $seed_ko $unique_ko $modpatch_ko] {
	incr want [e2e_count_klp_syms $ko]
    }
    if {$n != $want} {
	return "$n klp symbols in /proc/kallsyms, want $want:\
		[dict get [e2e_step $run klp-symbols] output]"
    }
    return ""
}

# The names of OBJ's symbols in MAP (libklp's format), in order.
proc e2e_map_block {map obj} {
    set out {}
    set in 0
    foreach line [split [e2e_read $map] "\n"] {
	if {$line eq "" || [string index $line 0] eq "#"} {
	    continue
	}
	set f [split $line "\t"]
	if {[lindex $f 0] eq "object"} {
	    set in [expr {[lindex $f 1] eq $obj}]
	} elseif {$in} {
	    lappend out [lindex $f 1]
	}
    }
    return $out
}

# The vmlinux names of a /proc/kallsyms dump, in order.
proc e2e_kallsyms_vmlinux {file} {
    set out {}
    foreach line [split [e2e_read $file] "\n"] {
	set f [regexp -all -inline {\S+} $line]
	if {[llength $f] == 3} {
	    lappend out [lindex $f 2]
	}
    }
    return $out
}

# Debian's kernels: the map comes from the first boot's dump.
if {$kind ne "built"} {
e2e_test "positions: the guest's vmlinux symbols are in the first boot's\
	  order (another boot, KASLR)" {guest kallsyms} {
    set why [e2e_step_rc $run vmlinux-names 0]
    if {$why ne ""} {
	return $why
    }
    set f [file join [e2e_dir] vmlinux-names]
    e2e_write $f "[join [e2e_kallsyms_vmlinux $kallsyms] \n]\n"
    set want [lindex [exec md5sum $f] 0]
    set got [string trim [dict get [e2e_step $run vmlinux-names] output]]
    if {$got ne $want} {
	return "md5 of the names in the guest $got, in the first boot $want"
    }
    return ""
}
}

e2e_test "positions: klp-symbols' vmlinux positions ($map_from) are the\
	  guest's /proc/kallsyms order" {map kallsyms} {
    # The map may leave symbols out, never reorder them: the dump's names
    # that the map has must be the map's names, in the same order.
    set mapped [e2e_map_block $map vmlinux]
    array unset in
    foreach name $mapped {
	set in($name) 1
    }
    set dump {}
    set all [e2e_kallsyms_vmlinux $kallsyms]
    foreach name $all {
	if {[info exists in($name)]} {
	    lappend dump $name
	}
    }
    if {[llength $mapped] < 0.95 * [llength $all]} {
	return "only [llength $mapped] of the [llength $all] vmlinux symbols\
		in the map"
    }
    if {$dump ne $mapped} {
	set n [llength $dump]
	for {set i 0} {$i < $n} {incr i} {
	    if {[lindex $dump $i] ne [lindex $mapped $i]} {
		break
	    }
	}
	return "symbol $i: '[lindex $dump $i]' in the dump, '[lindex $mapped $i]'\
		in the map ([llength $dump] and [llength $mapped] names)"
    }
    return ""
}

e2e_test "positions: klp-symbols' klp_e2e_target (from its .ko) is the\
	  guest's /proc/kallsyms order" {guest map} {
    set why [e2e_step_rc $run target-names 0]
    if {$why ne ""} {
	return $why
    }
    set got [split [string trim [dict get [e2e_step $run target-names] output]] "\n"]
    set want [e2e_map_block $map klp_e2e_target]
    if {$got ne $want} {
	return "guest: $got\nmap:   $want"
    }
    return ""
}
