/* klp-link-probe: what libklp/link.c says of the inputs of a link, for
   the tests of libklp.link/ (not installed).
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Usage: klp-link-probe [OPTION]... INPUT...
   Offers each INPUT to the core as ld offers inputs to the plugin's
   claim hook: a file as itself, each member of a regular archive at its
   offset in the archive (as ld offers the members it loads; here, all
   of them).  Then prints, one fact a line:

     input I NAME: FACTS       what the headers say (klp_link_add_input):
			       elf64-rel, lto, annotations, this-module,
			       modinfo, or "-" for none
     archive I: yes|no         for a member: whether a member of its
			       archive has annotations
     final-module-link: yes|no (klp_is_final_module_link, for -o)
     livepatch: yes|no         (klp_link_is_livepatch)
     definer NAME: NAME|none   for each -d NAME (klp_link_find_definers
			       with the names), then, with -a, for every
			       name an input defines, sorted
     open I: NAME: GLOBALS     with -O, for each model input opened
			       with klp_link_open_input (its replacement
			       when -r I=FILE gives one): the name the
			       model has in messages (the one -N NAME
			       gives, else the input's), and the global
			       names the model defines, in symbol table
			       order (what tells which file was read)

   Options: -o OUTPUT (the link's output, default "a.out"), -d NAME,
   -a, -O, -r I=FILE, -N NAME.  Exit status 0, or 1 after an error (reported on
   stderr by the core).  */

#include <config.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "elfobj.h"
#include "link.h"

#define MAX_NAMES 64

struct probe
{
  struct klp_link link;
  const char *output;
  const char *names[MAX_NAMES];
  size_t nnames;
  bool all_names;
  bool open_inputs;
  const char *replacement[MAX_NAMES];
  const char *open_name;	/* -N NAME.  */
};

/* An archive whose members are offered.  */
struct archive
{
  struct probe *p;
  const char *path;
  int fd;
};

/* klp_archive_for_each_member's callback: offer the member.  */
static int
offer_member (void *data, const char *member, off_t offset, size_t size)
{
  struct archive *ar = data;

  (void) member;
  return klp_link_add_input (&ar->p->link, ar->path, ar->fd, offset, size)
	 ? 0 : -1;
}

/* Offer PATH: a file, or the members of a regular archive.  */
static int
offer (struct probe *p, const char *path)
{
  struct stat st;
  char magic[8] = "";
  int fd = open (path, O_RDONLY);
  int ret = -1;

  if (fd < 0 || fstat (fd, &st) != 0)
    {
      perror (path);
      goto out;
    }
  if (pread (fd, magic, sizeof magic, 0) == sizeof magic
      && memcmp (magic, "!<arch>\n", 8) == 0)
    {
      struct archive ar = { p, path, fd };
      ret = klp_archive_for_each_member (path, fd, offer_member, &ar);
    }
  else
    ret = klp_link_add_input (&p->link, path, fd, 0, st.st_size) ? 0 : -1;

out:
  if (fd >= 0)
    close (fd);
  return ret;
}

static void
print_input (struct klp_link *link, size_t i)
{
  struct klp_link_input *in = &link->inputs[i];
  const struct klp_input_info *f = &in->info;
  bool any = f->is_elf64_rel || f->is_lto || f->has_annotations
	     || f->has_this_module || f->has_modinfo;

  printf ("input %zu %s:%s%s%s%s%s%s\n", i, klp_link_input_name (in, -1),
	  f->is_elf64_rel ? " elf64-rel" : "", f->is_lto ? " lto" : "",
	  f->has_annotations ? " annotations" : "",
	  f->has_this_module ? " this-module" : "",
	  f->has_modinfo ? " modinfo" : "", any ? "" : " -");
}

/* The archive facts of member I.  */
static int
print_archive (struct klp_link *link, size_t i)
{
  struct klp_link_input *in = &link->inputs[i];
  bool annotated;
  int fd, r;

  if (!is_archive_member (in))
    return 0;
  fd = open (in->name, O_RDONLY);
  if (fd < 0)
    {
      perror (in->name);
      return -1;
    }
  r = klp_link_archive_has_annotations (link, in, fd, &annotated);
  close (fd);
  if (r == 0)
    printf ("archive %zu: %s\n", i, annotated ? "yes" : "no");
  return r;
}

static int
compare_names (const void *a, const void *b)
{
  return strcmp (((const struct klp_definer *) a)->name,
		 ((const struct klp_definer *) b)->name);
}

static void
print_definer (struct klp_link *link, const char *name, size_t d)
{
  printf ("definer %s: %s\n", name,
	  d == KLP_NO_INPUT ? "none"
	  : klp_link_input_name (&link->inputs[d], -1));
}

static int
print_definers (struct probe *p)
{
  struct klp_definers defs;

  if (p->nnames)
    {
      if (klp_link_find_definers (&p->link, p->names, p->nnames, &defs) != 0)
	return -1;
      for (size_t i = 0; i < p->nnames; i++)
	print_definer (&p->link, p->names[i],
		       klp_find_definer_by_name (&defs, p->names[i]));
      klp_definers_free (&defs);
    }
  if (p->all_names)
    {
      if (klp_link_find_definers (&p->link, NULL, 0, &defs) != 0)
	return -1;
      qsort (defs.v, defs.n, sizeof *defs.v, compare_names);
      for (size_t i = 0; i < defs.n; i++)
	print_definer (&p->link, defs.v[i].name, defs.v[i].input);
      klp_definers_free (&defs);
    }
  return 0;
}

static int
open_inputs (struct probe *p)
{
  for (size_t i = 0; i < p->link.ninputs; i++)
    {
      struct klp_elf *elf;
      struct klp_symbol *sym;

      if (!is_model_input (&p->link.inputs[i]))
	continue;
      if (i < MAX_NAMES)
	p->link.inputs[i].replacement = p->replacement[i];
      elf = klp_link_open_input (&p->link, i, p->open_name);
      if (!elf)
	return -1;
      printf ("open %zu: %s:", i, elf->path);
      klp_for_each_symbol (elf, sym)
	if (!is_local_symbol (sym) && !is_undefined_symbol (sym))
	  printf (" %s", sym->name);
      putchar ('\n');
      klp_elf_close (elf);
    }
  return 0;
}

static int
parse_args (struct probe *p, int argc, char **argv)
{
  int c;

  p->output = "a.out";
  while ((c = getopt (argc, argv, "o:d:aOr:N:")) != -1)
    switch (c)
      {
      case 'o':
	p->output = optarg;
	break;
      case 'd':
	if (p->nnames == MAX_NAMES)
	  return -1;
	p->names[p->nnames++] = optarg;
	break;
      case 'a':
	p->all_names = true;
	break;
      case 'O':
	p->open_inputs = true;
	break;
      case 'N':
	p->open_name = optarg;
	break;
      case 'r':
	{
	  char *eq;
	  unsigned long i = strtoul (optarg, &eq, 10);
	  if (*eq != '=' || i >= MAX_NAMES)
	    return -1;
	  p->replacement[i] = eq + 1;
	  break;
	}
      default:
	return -1;
      }
  return optind < argc ? 0 : -1;
}

int
main (int argc, char **argv)
{
  struct probe p = { 0 };
  bool livepatch;
  int ret = 1;

  klp_diag_set_program ("klp-link-probe");
  if (parse_args (&p, argc, argv) != 0)
    {
      fprintf (stderr, "usage: klp-link-probe [-o OUTPUT] [-d NAME]... [-a] "
	       "[-O] [-r I=FILE]... [-N NAME] INPUT...\n");
      return 2;
    }
  for (int i = optind; i < argc; i++)
    if (offer (&p, argv[i]) != 0)
      goto out;
  for (size_t i = 0; i < p.link.ninputs; i++)
    {
      print_input (&p.link, i);
      if (print_archive (&p.link, i) != 0)
	goto out;
    }
  printf ("final-module-link: %s\n",
	  klp_is_final_module_link (&p.link, p.output) ? "yes" : "no");
  if (klp_link_is_livepatch (&p.link, &livepatch) != 0)
    goto out;
  printf ("livepatch: %s\n", livepatch ? "yes" : "no");
  if (print_definers (&p) != 0 || (p.open_inputs && open_inputs (&p) != 0))
    goto out;
  ret = 0;

out:
  klp_link_free (&p.link);
  return ret;
}
