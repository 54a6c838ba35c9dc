#!/bin/bash
# quickstart.sh: set up a Debian 12 machine for libklp, build it, and run
# either the bundled example or the whole testsuite.
#
#   ./quickstart.sh example   install, build, convert the bundled example
#   ./quickstart.sh test      install, build, run the testsuite (plain,
#                             then again under ASan and UBSan)
#
# Copyright (C) 2026 The libklp authors.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

mode=${1:-}
case "$mode" in
  example|test) ;;
  *) echo "usage: $0 example|test" >&2; exit 2 ;;
esac

top=$(cd "$(dirname "$0")" && pwd)
jobs=$(nproc 2>/dev/null || echo 2)

# Debian packages, per mode.  Each mode installs its own list and the
# lists of the modes it includes; add a package to the first mode that
# uses it, in a group that says why.
#
# example: what building libklp and running the bundled example use (gcc,
# ld.bfd, readelf; kbuild for Debian's kernel; that kernel under qemu).
packages_example=(
  # building libklp
  build-essential autoconf automake libtool pkg-config
  binutils binutils-dev libelf-dev
  zlib1g-dev liblzma-dev libzstd-dev
  # the kbuild example: Debian's kernel, its headers, and qemu to boot it
  linux-image-amd64 linux-headers-amd64
  qemu-system-x86 busybox-static cpio gzip
)
# test: the example's, and what the testsuite, the fuzzers and the
# sanitizer build use.
packages_test=(
  # DejaGnu, and the tools the tests drive
  dejagnu python3 elfutils xz-utils zstd
  # cross toolchains: the tests' s390x, ppc64le and aarch64 objects
  gcc-s390x-linux-gnu gcc-powerpc64le-linux-gnu gcc-aarch64-linux-gnu
  binutils-s390x-linux-gnu binutils-powerpc64le-linux-gnu
  binutils-aarch64-linux-gnu
  # the fuzzers (make fuzz): clang and its libFuzzer runtime
  clang libclang-rt-dev
  # the packaging test (make check-package, which CI runs): the Debian
  # package's build and lintian, and debootstrap for a clean Debian root
  debhelper dpkg-dev lintian debootstrap
  # the end-to-end tests on other kernels: s390x and ppc64le kernels
  # built from Debian's source (flex, bison, bc; the cross compilers
  # above) and booted under qemu; modules for Debian's 6.12 (pahole)
  qemu-system-misc qemu-system-ppc flex bison bc dwarves
)

# The packages of MODE: its list and those of the modes it includes.
mode_packages () {
  case "$1" in
    example) echo "${packages_example[@]}" ;;
    test) echo "${packages_example[@]}" "${packages_test[@]}" ;;
  esac
}

# Run a command as root: directly, or through sudo.
as_root () {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages () {
  local sudo=
  local -a packages
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  read -r -a packages <<< "$(mode_packages "$mode")"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update
  $sudo apt-get install -y --no-install-recommends "${packages[@]}"
}

# Configure and build in BUILDDIR with the extra configure ARGS.
build () {
  local builddir=$1; shift
  (cd "$top" && autoreconf -fi)
  mkdir -p "$builddir"
  (cd "$builddir" && "$top/configure" --enable-werror "$@" && make -j"$jobs")
}

# Print the DejaGnu totals of BUILDDIR's testsuite as one line:
# "testsuite: N passed, N failed, N skipped" (unsupported tests are
# skipped, never passed; expected failures count as passed).
summarize () {
  cat "$1"/testsuite/*.sum | awk '
    /^PASS:|^XFAIL:/ { p++ }
    /^FAIL:|^XPASS:|^UNRESOLVED:|^ERROR:/ { f++ }
    /^UNSUPPORTED:|^UNTESTED:/ { s++ }
    END { printf "testsuite: %d passed, %d failed, %d skipped\n", p, f, s }'
}

install_packages

case "$mode" in
  example)
    build "$top/_build"
    make -C "$top/_build" example
    ;;
  test)
    build "$top/_build"
    make -C "$top/_build" check
    make -C "$top/_build" fuzz
    build "$top/_build-sanitize" --enable-sanitizers
    # The end-to-end tests under the sanitizers in one kernel only: the
    # plain run has shown the others.
    make -C "$top/_build-sanitize" check RUNTESTFLAGS=KLP_E2E_KERNELS=x86_64-6.1
    # The Debian package, built, checked with lintian and used in a fresh
    # Debian 12 root (debootstrap and chroot need root).
    as_root make -C "$top/_build" check-package
    echo "plain build:"
    summarize "$top/_build"
    echo "ASan+UBSan build:"
    summarize "$top/_build-sanitize"
    ;;
esac
