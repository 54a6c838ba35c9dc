/* Growable arrays.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   An array is three variables of the caller's: a pointer V to its
   elements, the number N in use, and the number ALLOC allocated.  Before
   adding elements, make room:

     if (klp_array_reserve (file, list->v, list->alloc, list->n + 1) < 0)
       return -1;
     list->v[list->n++] = x;

   The array grows geometrically (amortised O(1) per element); its
   elements move when it grows, so keep indices, not pointers, into an
   array that is still growing.  Free V with free().  */

#ifndef KLP_ARRAY_H
#define KLP_ARRAY_H

#include <stddef.h>

/* Make the array V of *ALLOC elements of SIZE bytes hold at least WANT
   (WANT > *ALLOC): returns the new array, with *ALLOC updated, or NULL
   after reporting an error about FILE (V is then unchanged).  */
void *klp_array_grow (const char *file, void *v, size_t *alloc, size_t want,
		      size_t size);

/* Make room for WANT elements in the array V with ALLOC allocated (both
   lvalues, updated): 0, or -1 after reporting an error about FILE, with
   the array unchanged.  */
#define klp_array_reserve(file, v, alloc, want)				\
  __extension__ ({							\
    size_t klp_want_ = (want);						\
    int klp_ret_ = 0;							\
    if (klp_want_ > (alloc))						\
      {									\
	void *klp_new_ = klp_array_grow ((file), (v), &(alloc), klp_want_, \
					 sizeof *(v));			\
	if (klp_new_)							\
	  (v) = klp_new_;						\
	else								\
	  klp_ret_ = -1;						\
      }									\
    klp_ret_;								\
  })

#endif /* KLP_ARRAY_H */
