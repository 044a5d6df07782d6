#!/usr/bin/env bash
# The app image's AOT cache (Java 25, JEP 483/514/515), made after jpackage has assembled the image (profile
# `dist`, docs/installers.md). A cache is valid only for the JVM build and class path it was trained with, so it
# is trained with the image's own launcher and jlinked runtime, never the build's JDK:
#  1. record: bin/SkillStudio opens the sample skill in the studio and exits once it is loaded
#     (-Dskillstudio.startupProbe=true), with -XX:AOTMode=record, on a display from bin/with-display;
#  2. create: the launcher again with -XX:AOTMode=create writes lib/app/skillstudio.aot (the runtime has no
#     bin/java, which the one-step -XX:AOTCacheOutput needs for its assembly process);
#  3. the launcher's options (lib/app/SkillStudio.cfg) get -XX:AOTCache=$APPDIR/skillstudio.aot;
#  4. check: the launcher runs the studio start again with -Xlog:aot and -Xlog:class+load and must report the
#     cache mapped and classes loaded from it.
# The extra JVM flags reach the launcher's JVM through JAVA_TOOL_OPTIONS (read by the JVM itself).
# Without a display the image is left without a cache (a message says so) unless AOT_REQUIRED=true.
#   train-image.sh IMAGE_DIR SAMPLE_SKILL_DIR SCRATCH_DIR
set -euo pipefail
image="$(cd "$1" && pwd)"; skill="$2"; scratch="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
with_display="$here/../../../bin/with-display"
name="$(basename "$image")"
launcher="$image/bin/$name"
cfg="$image/lib/app/$name.cfg"
aot="$image/lib/app/skillstudio.aot"
[ -x "$launcher" ] && [ -f "$cfg" ] || { echo "train-image: no launcher/cfg in $image" >&2; exit 1; }
rm -rf "$scratch"; mkdir -p "$scratch"
rm -f "$aot"
sed -i '/-XX:AOTCache=/d' "$cfg"   # a re-run trains without the old cache
conf="$scratch/skillstudio.aotconf"
probe="-Dskillstudio.startupProbe=true -Dskillstudio.home=$scratch/settings"

fail() {
  echo "train-image: $1" >&2
  if [ "${AOT_REQUIRED:-false}" = true ]; then exit 1; fi
  echo "train-image: the image is left without an AOT cache" >&2
  exit 0
}

echo "train-image: record (studio start of $skill)"
set +e
JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$conf -Xlog:aot=error $probe" \
  "$with_display" "$launcher" "$skill" >"$scratch/record.log" 2>&1
code=$?
set -e
[ $code -eq 3 ] && fail "no display for the training run (install Xvfb or set DISPLAY)"
[ -s "$conf" ] || { tail -n 20 "$scratch/record.log" >&2; fail "the training run wrote no AOT configuration (exit $code)"; }

echo "train-image: create $aot"
JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$conf -XX:AOTCache=$aot -Xlog:aot=error" \
  "$launcher" >"$scratch/create.log" 2>&1 || true
[ -s "$aot" ] || { tail -n 20 "$scratch/create.log" >&2; fail "no AOT cache created"; }

# the launcher expands $APPDIR to the image's lib/app folder wherever the image is installed
awk '{print} /^\[JavaOptions\]/{print "java-options=-XX:AOTCache=$APPDIR/skillstudio.aot"}' "$cfg" > "$scratch/cfg"
cat "$scratch/cfg" > "$cfg"

echo "train-image: check (studio start with the cache, -Xlog:aot -Xlog:class+load)"
JAVA_TOOL_OPTIONS="-Xlog:aot -Xlog:class+load:file=$scratch/classes.log $probe" \
  "$with_display" "$launcher" "$skill" >"$scratch/check.log" 2>&1 || true
shared=$(grep -c 'source: shared objects file' "$scratch/classes.log" || true)
other=$(grep -vc 'source: shared objects file' "$scratch/classes.log" || true)
grep -m3 -iE 'opened aot cache|aot cache|Using AOT' "$scratch/check.log" || true
echo "train-image: $shared classes from the AOT cache, $other from elsewhere; $(du -h "$aot" | cut -f1) cache"
if [ "${shared:-0}" -lt 1000 ]; then
  echo "train-image: the image does not use its AOT cache; removing it" >&2
  sed -i '/-XX:AOTCache=/d' "$cfg"; rm -f "$aot"
  fail "cache not used"
fi
