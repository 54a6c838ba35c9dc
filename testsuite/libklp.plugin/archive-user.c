/* Pulls the members of the archive tests out of their archive, in the
   order of the archive: plain1.o, a.o, b.o.  */
extern int plain1_func (int), a_func (void), b_func (void);

int
archive_user (void)
{
  return plain1_func (1) + a_func () + b_func ();
}
