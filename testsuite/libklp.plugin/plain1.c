/* An object without annotations, before the annotated ones.  */
static int plain1_local (int x) { return x * 3; }

int (*plain1_ptr) (int) = plain1_local;

int
plain1_func (int x)
{
  return plain1_local (x) + 1;
}
