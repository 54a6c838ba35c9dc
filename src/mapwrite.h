/* Writing symbol maps: libklp's format (klp-symbols(5)) and the kernel
   patchset's "klp-convert-symbol-data.0.1".
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   A map is built as text chunks, one per object, which may be formatted
   in parallel; klp_mapwrite_file() then writes the chunks in the order
   given, so the output does not depend on which chunk was ready first.
   Symbols whose names no klp symbol can carry (empty, longer than 511
   bytes, with white space or a comma) are left out: positions are
   counted among symbols of one name, so leaving a name out changes no
   other name's positions.  */

#ifndef KLP_MAPWRITE_H
#define KLP_MAPWRITE_H

#include <stddef.h>

#include "objsyms.h"
#include "strbuf.h"

enum klp_map_format
{
  KLP_MAP_FORMAT_LIBKLP,	/* "klp-symbols-map<TAB>1".  */
  KLP_MAP_FORMAT_PATCHSET	/* "klp-convert-symbol-data.0.1".  */
};

/* Append the header line of FORMAT to OUT.  Returns 0, or -1 after
   reporting an error about PATH.  */
int klp_mapwrite_header (const char *path, enum klp_map_format format,
			 struct klp_strbuf *out);

/* Append the lines of OBJ in FORMAT to OUT, and store in *NSKIPPED the
   number of symbols left out.  Returns 0, or -1 after reporting an
   error.  */
int klp_mapwrite_object (enum klp_map_format format,
			 const struct klp_objsyms *obj, struct klp_strbuf *out,
			 size_t *nskipped);

/* Write the chunks CHUNKS[0..N) to PATH as an output file
   (lib/outfile.h: PATH is never left partial, and is not touched on
   error), with mode 0666 less the umask.  PATH NULL or "-": standard output.
   Returns 0, or -1 after reporting an error.  */
int klp_mapwrite_file (const char *path, const struct klp_strbuf *chunks,
		       size_t n);

#endif /* KLP_MAPWRITE_H */
