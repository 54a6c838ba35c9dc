/* An object without annotations between the annotated ones: its own
   reference to 'state_show' is not renamed.  */
extern int state_show (void);

static int plain2_local (int x) { return x * 5; }

int (*plain2_ptr) (int) = plain2_local;

int
plain2_func (void)
{
  return state_show () + plain2_local (2);
}
