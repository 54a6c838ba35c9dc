#klp-check: -s map
#status: 2
#error: ^klp-check: missing operand MODULE$
