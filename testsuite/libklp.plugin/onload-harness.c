/* Loads the plugin the way ld does, with a transfer vector that lacks
   some callbacks, and reports what onload returned: the test of the
   checks at load time and of the messages before ld's message callback
   is known (they go to stderr).
   Usage: onload-harness PLUGIN [OPTION]...  */
#define HAVE_STDINT_H 1
#include <dlfcn.h>
#include <stdio.h>
#include <plugin-api.h>

static enum ld_plugin_status
register_hook (void *hook)
{
  (void) hook;
  return LDPS_OK;
}

int
main (int argc, char **argv)
{
  struct ld_plugin_tv tv[16];
  ld_plugin_onload onload;
  void *handle;
  int n = 0;

  if (argc < 2)
    return 2;
  handle = dlopen (argv[1], RTLD_NOW);
  if (!handle)
    {
      fprintf (stderr, "dlopen: %s\n", dlerror ());
      return 2;
    }
  onload = (ld_plugin_onload) dlsym (handle, "onload");
  if (!onload)
    return 2;

  /* No LDPT_MESSAGE, no LDPT_ADD_SYMBOLS, no LDPT_ADD_INPUT_FILE.  */
  tv[n].tv_tag = LDPT_API_VERSION;
  tv[n++].tv_u.tv_val = LD_PLUGIN_API_VERSION;
  tv[n].tv_tag = LDPT_LINKER_OUTPUT;
  tv[n++].tv_u.tv_val = LDPO_REL;
  tv[n].tv_tag = LDPT_OUTPUT_NAME;
  tv[n++].tv_u.tv_string = "out.o";
  tv[n].tv_tag = LDPT_REGISTER_CLAIM_FILE_HOOK;
  tv[n++].tv_u.tv_register_claim_file
    = (ld_plugin_register_claim_file) register_hook;
  tv[n].tv_tag = LDPT_REGISTER_ALL_SYMBOLS_READ_HOOK;
  tv[n++].tv_u.tv_register_all_symbols_read
    = (ld_plugin_register_all_symbols_read) register_hook;
  tv[n].tv_tag = LDPT_REGISTER_CLEANUP_HOOK;
  tv[n++].tv_u.tv_register_cleanup
    = (ld_plugin_register_cleanup) register_hook;
  /* A tag the plugin does not know must be ignored.  */
  tv[n].tv_tag = (enum ld_plugin_tag) 999;
  tv[n++].tv_u.tv_val = 0;
  for (int i = 2; i < argc && n < 15; i++)
    {
      tv[n].tv_tag = LDPT_OPTION;
      tv[n++].tv_u.tv_string = argv[i];
    }
  tv[n].tv_tag = LDPT_NULL;
  tv[n].tv_u.tv_val = 0;

  printf ("onload: %d\n", (int) onload (tv));
  return 0;
}
