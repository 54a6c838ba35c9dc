/* The module's own state_show (see annotation-defined-a.c).  */
int
state_show (void)
{
  return 42;
}
