# --format=patchset: the kernel patchset's klp-convert-symbol-data.0.1,
# symbols in the same order, exports as "__ksymtab_NAME" lines (the
# objects' own __ksymtab_ symbols become those lines).
#arch: x86_64 s390x
#symbols: --build-tree $kernel --format=patchset -o $output
#expect: patchset.map
