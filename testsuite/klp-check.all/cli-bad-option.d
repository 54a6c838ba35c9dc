#klp-check: --frobnicate -s map a.ko
#status: 2
#error: ^klp-check: unrecognized option '--frobnicate'$
