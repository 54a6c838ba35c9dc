# --absolute-percpu=no keeps System.map's letters.
#symbols: --system-map $srcdir/percpu.sysmap --absolute-percpu=no -o $output
#expect: percpu-no.map
