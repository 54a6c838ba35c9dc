# A modules.order that is a character device that never ends (a private
# copy of /dev/zero, made with mknod: root only): refused, never read
# until memory runs out, never taken for an empty list.
#requires: root
#setup: mknod zero c 1 5
#symbols: --modules-order $tmpdir/zero -o $output
#timeout: 60
#error: ^klp-symbols: .*/zero: error: is not a regular file \(a character device\)$
#stderr-lines: 1
#status: 1
