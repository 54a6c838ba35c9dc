/* Uses the discarded definition: the check at all_symbols_read sees it
   defined by another input, the linked module does not.  */
extern int discarded_helper (void);

int
discarded_user (void)
{
  return discarded_helper ();
}
