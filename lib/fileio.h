/* Reading and writing whole buffers through file descriptors.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   read(2), pread(2) and write(2) may transfer fewer bytes than asked
   (signals, pipes, large requests): these loop until all were
   transferred, the file ended, or an error occurred.  They report
   nothing: the caller words the error (errno is set).

   klp_open_input() opens the inputs that must be regular files (ELF
   files, symbol maps, System.map, kallsyms copies, Module.symvers,
   modules.order), and reports what is wrong with one.  */

#ifndef KLP_FILEIO_H
#define KLP_FILEIO_H

#include <stddef.h>
#include <sys/stat.h>
#include <sys/types.h>

/* Read SIZE bytes at OFFSET of FD into BUF.  Returns the number read,
   SIZE unless the file ends first, or -1 with errno set.  */
ssize_t klp_pread_full (int fd, void *buf, size_t size, off_t offset);

/* Write the SIZE bytes at BUF to FD.  Returns 0, or -1 with errno
   set.  */
int klp_write_full (int fd, const void *buf, size_t size);

/* Open PATH for reading, an input that must be a regular file: with
   O_NONBLOCK, so that opening a FIFO that has no writer (or a device)
   does not block, then checked with fstat(2) (stored in *ST unless ST is
   NULL), so that nothing but a regular file is ever read: not a FIFO,
   not a device like /dev/zero that never ends.  Returns the descriptor,
   or -1 after reporting "PATH: error: cannot open: REASON", "PATH:
   error: is a directory" or "PATH: error: is not a regular file (a
   FIFO)".  */
int klp_open_input (const char *path, struct stat *st);

/* What the file type of MODE is, for messages: "a regular file", "a
   directory", "a FIFO", "a character device", "a block device", "a
   socket", "a symbolic link".  */
const char *klp_file_type_name (mode_t mode);

#endif /* KLP_FILEIO_H */
