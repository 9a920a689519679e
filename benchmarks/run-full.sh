#!/usr/bin/env bash
# The measurements behind benchmarks/README.md (about 10 minutes). Not run by `mvn verify`.
#   benchmarks/run-full.sh
# JMH (-f 2 -wi 4 -i 8 -w 2s -r 2s -prof gc), the 15 s load run after a 5 s warm-up, 10,000 awaits.
exec "$(dirname "$0")/run.sh" full
