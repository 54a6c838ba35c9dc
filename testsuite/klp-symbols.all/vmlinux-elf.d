# vmlinux read from its ELF file: the kernel's order (by address, ties as
# scripts/kallsyms orders them), not the symbol table's; nm's types;
# files from STT_FILE for local symbols; exports from __ksymtab_ symbols
# (E for the __ksymtab table, G for __ksymtab_gpl).  Left out: what
# scripts/mksysmap leaves out (__crc_*, __kstrtab_*, a weak undefined
# symbol, 'a'), what scripts/kallsyms does (absolute symbols,
# kallsyms_names), and a name no klp symbol can carry ('odd,name').
#arch: x86_64 s390x ppc64le aarch64
#symbols: --vmlinux $kernel/vmlinux -o $output
#expect: vmlinux-elf.map
#check: deterministic
