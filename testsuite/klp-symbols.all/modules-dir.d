# Every module under a directory (here the build tree): the module's
# symbol table order, only what the loader keeps once the module is live
# (not: section, file, undefined, .init, .modinfo, __versions symbols,
# nor symbols of sections that are not allocated), types as
# /proc/kallsyms prints them (upper case only for EXPORT_SYMBOL exports),
# files of local symbols.  The livepatch module is left out; object names
# come from modinfo name=, else from the file name ('-' turned into '_').
# powerpc has no init sections (module_init_section), and aarch64's
# assembler adds '$d' mapping symbols, which the kernel keeps.
#arch: x86_64 s390x ppc64le aarch64
#symbols: --modules-dir $kernel -o $output
#expect: modules.map
#expect-ppc64le: modules-ppc64le.map
#expect-aarch64: modules-aarch64.map
#check: deterministic
