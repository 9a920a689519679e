#!/usr/bin/env bash
# Quick regression guard (a few minutes): compare before and after a change. Not run by `mvn verify`.
#   benchmarks/run-quick.sh
# JMH with short iterations (-f 1 -wi 2 -i 3 -w 1s -r 1s -prof gc), a 5 s load run, 1,000 awaits.
# Builds the jars first when missing. Exit status 1 when a target is missed.
exec "$(dirname "$0")/run.sh" quick
