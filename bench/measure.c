/* measure: run a command, print its wall time and peak resident memory.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Usage: measure COMMAND [ARG]...
   Prints "SECONDS MAXRSS_KIB" on stderr's last line and exits with the
   command's status.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int
main (int argc, char **argv)
{
  struct timespec t0, t1;
  struct rusage ru;
  int status;
  pid_t pid;

  if (argc < 2)
    {
      fprintf (stderr, "usage: measure COMMAND [ARG]...\n");
      return 2;
    }
  clock_gettime (CLOCK_MONOTONIC, &t0);
  pid = fork ();
  if (pid < 0)
    {
      perror ("measure: fork");
      return 1;
    }
  if (pid == 0)
    {
      execvp (argv[1], argv + 1);
      perror (argv[1]);
      _exit (127);
    }
  if (wait4 (pid, &status, 0, &ru) < 0)
    {
      perror ("measure: wait4");
      return 1;
    }
  clock_gettime (CLOCK_MONOTONIC, &t1);
  fprintf (stderr, "%.3f %ld\n",
	   (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9,
	   ru.ru_maxrss);
  return WIFEXITED (status) ? WEXITSTATUS (status) : 1;
}
