# Any number of jobs gives the same map.
#symbols: --build-tree $kernel -j 7 -o $output
#expect: build-tree.map
#check: deterministic
