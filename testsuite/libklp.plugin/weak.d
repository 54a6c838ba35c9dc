# A weak undefined symbol is renamed and stays weak; the strong one next
# to it stays global.
#source: weak.c
#source: b.c
#ld: -r -plugin $KLP_PLUGIN
#readelf: -sW
#absent: UND (state_show|optional_hook)$
#...
 +[0-9]+: 0+ +0 NOTYPE +(WEAK +DEFAULT +UND \.klp\.sym\.vmlinux\.optional_hook,1|GLOBAL +DEFAULT +UND \.klp\.sym\.vmlinux\.state_show,[23])
#...
 +[0-9]+: 0+ +0 NOTYPE +(WEAK +DEFAULT +UND \.klp\.sym\.vmlinux\.optional_hook,1|GLOBAL +DEFAULT +UND \.klp\.sym\.vmlinux\.state_show,[23])
#...
 +[0-9]+: 0+ +0 NOTYPE +(WEAK +DEFAULT +UND \.klp\.sym\.vmlinux\.optional_hook,1|GLOBAL +DEFAULT +UND \.klp\.sym\.vmlinux\.state_show,[23])
#...
