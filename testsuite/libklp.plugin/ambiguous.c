/* Uses 'dup_sym', which two objects of the target kernel define, without
   an annotation: the conversion cannot choose.  */
extern int dup_sym (void);

int
ambiguous_func (void)
{
  return dup_sym ();
}
