# --build-tree: vmlinux, modules.order and Module.symvers of a build tree.
# Module.symvers adds exports the objects do not declare (only_symvers,
# other_fn): an EXPORT_SYMBOL_GPL export keeps its lower-case letter.
#arch: x86_64 s390x
#symbols: --build-tree $kernel -o $output
#expect: build-tree.map
#check: deterministic
