# An unknown option: exit status 2 (usage error), a message on stderr.
#convert: --no-such-option
#status: 2
#error: ^klp-convert: .*no-such-option
