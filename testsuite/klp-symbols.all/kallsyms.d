# A /proc/kallsyms dump: vmlinux (exports by the address of their
# __ksymtab_ symbol), and each loaded module in the dump's order, exports
# from __ksymtab_ symbols ('E' when the symbol's letter is upper case,
# else 'G').  Left out: the pseudo-modules [bpf] and
# [__builtin__kprobes], a second block of [dumponly] (ftrace's records of
# freed init functions), and a livepatch module (.klp.sym.* symbols).
#symbols: --kallsyms $srcdir/kallsyms-dump -o $output
#expect: kallsyms.map
