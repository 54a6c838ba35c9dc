# Too many arguments: exit status 2, before any file is opened.
#convert: symbols.klp in.ko out.ko extra.ko
#status: 2
#error: ^klp-convert: .
