/* An object of the same link that defines 'state_show'.  */
int
state_show (void)
{
  return 42;
}
