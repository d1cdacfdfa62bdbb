#!/bin/sh
# The site's build (`npm run build`; the tests and the bench run this file too): Astro writes the
# pages, then, in a process of its own once Astro's has exited, finish-build.ts writes the search
# index and the service worker (it says why they wait).
#
#   sh src/build/build.sh [outDir]      # from the project's root; outDir defaults to dist; astro on PATH
set -e
out=${1:-dist}
astro build --outDir "$out"
node --experimental-strip-types --import ./src/build/resolve-ts.mjs src/build/finish-build.ts "$out"
