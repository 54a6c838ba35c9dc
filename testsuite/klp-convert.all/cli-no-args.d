# No arguments: exit status 2.
#convert:
#status: 2
#error: ^klp-convert: .
