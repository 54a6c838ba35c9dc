/* The module's exit function.  */
void
cleanup_module (void)
{
}
