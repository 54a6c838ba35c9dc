# A System.map that is a character device that never ends (a private
# copy of /dev/zero, made with mknod: root only): refused before it is
# opened, never read until memory runs out.
#requires: root
#setup: mknod zero c 1 5
#symbols: --system-map $tmpdir/zero -o $output
#timeout: 60
#error: ^klp-symbols: .*/zero: error: is not a regular file \(a character device\)$
#stderr-lines: 1
#status: 1
