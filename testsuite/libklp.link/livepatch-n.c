/* Module metadata that says "livepatch=N": not a livepatch module.  */
#include "module.h"

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "N");
