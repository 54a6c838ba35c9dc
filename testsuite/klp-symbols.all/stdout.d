# Without -o, the map goes to standard output.
#symbols: --build-tree $kernel
#output: -
#expect: build-tree.map
