#klp-check: -s map a.ko b.ko
#status: 2
#error: ^klp-check: extra operand 'b\.ko'$
