/* A definition the module linker script discards.  */
__attribute__ ((__section__ (".discard.helper"))) int
discarded_helper (void)
{
  return 1;
}
