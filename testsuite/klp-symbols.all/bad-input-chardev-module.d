# A module of modules.order that is a character device (a private copy
# of /dev/zero, made with mknod: root only).
#requires: root
#setup: write modules.order "zero.ko\n"
#setup: mknod zero.ko c 1 5
#symbols: --modules-order $tmpdir/modules.order -o $output
#timeout: 60
#error: ^klp-symbols: .*/zero.ko: error: is not a regular file \(a character device\)$
#stderr-lines: 1
#status: 1
