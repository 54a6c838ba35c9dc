# long-names.ko (ln.s) has a symbol of 511 characters, the most a klp
# symbol can carry (".klp.sym.%55[^.].%511[^,],%lu"), which the map
# keeps, and one of 512, which it leaves out (-v says so).  The
# module exports neither: lower-case types, as /proc/kallsyms shows them;
# the order is the symbol table's, as the assembler wrote it.
#symbols: --modules-dir $names -o $output -v
#error: ^klp-symbols: [^ ]*/out\.map: left out 1 symbol whose name a klp symbol cannot carry$
#error: ^klp-symbols: [^ ]*/out\.map: 1 object, 2 symbols$
#stderr-lines: 2
klp-symbols-map\t1
object\tlong_names
t\tn{255}n{255}n\t-\t-
t\tshort_fn\t-\t-
