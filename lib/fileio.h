/* Reading and writing whole buffers through file descriptors.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   read(2), pread(2) and write(2) may transfer fewer bytes than asked
   (signals, pipes, large requests): these loop until all were
   transferred, the file ended, or an error occurred.  They report
   nothing: the caller words the error (errno is set).  */

#ifndef KLP_FILEIO_H
#define KLP_FILEIO_H

#include <stddef.h>
#include <sys/types.h>

/* Read SIZE bytes at OFFSET of FD into BUF.  Returns the number read,
   SIZE unless the file ends first, or -1 with errno set.  */
ssize_t klp_pread_full (int fd, void *buf, size_t size, off_t offset);

/* Write the SIZE bytes at BUF to FD.  Returns 0, or -1 with errno
   set.  */
int klp_write_full (int fd, const void *buf, size_t size);

#endif /* KLP_FILEIO_H */
