/* A weak definition of 'state_show': it defines the name for the rest
   of the link as a strong one would.  */
__attribute__ ((__weak__)) int
state_show (void)
{
  return 0;
}
