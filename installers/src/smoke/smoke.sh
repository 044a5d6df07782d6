#!/usr/bin/env bash
# Smoke test of the jpackage app image (profile `smoke`, docs/installers.md): runs the image's own launcher with
# no display, so only its bundled Java 25 runtime is used: --version, validate and eval of a sample skill, and
# `serve` (start, /health, stop) once the image has that command.
# Usage: smoke.sh IMAGE_DIR SAMPLE_SKILL_DIR SCRATCH_DIR
set -euo pipefail
image="$1"; skill="$2"; scratch="$3"
launcher="$image/bin/SkillStudio"
[ -x "$launcher" ] || { echo "smoke: no launcher at $launcher (build the image with -Pdist first)" >&2; exit 1; }
unset DISPLAY WAYLAND_DISPLAY
rm -rf "$scratch"; mkdir -p "$scratch"
run() { echo "\$ SkillStudio $*"; "$launcher" "$@"; echo; }

echo "image runtime: $(grep '^JAVA_VERSION=' "$image/lib/runtime/release")"
echo "image size: $(du -sh "$image" | cut -f1)"
run --version
run validate "$skill"
run eval --skill "$skill" --samples "$skill/evals/samples.jsonl" --out "$scratch/eval"

# The hook for `skillstudio serve` (issue 10): exercised as soon as the command is in the image.
if "$launcher" --help | grep -qE '^ +serve +'; then
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  echo "\$ SkillStudio serve --skill $skill --port $port"
  "$launcher" serve --skill "$skill" --port "$port" > "$scratch/serve.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$port/health" > "$scratch/health.json" 2>/dev/null; then break; fi
    kill -0 $pid 2>/dev/null || { echo "smoke: the server exited"; cat "$scratch/serve.log"; exit 1; }
    sleep 0.5
  done
  echo "GET /health -> $(cat "$scratch/health.json")"
  kill $pid; wait $pid 2>/dev/null || true
  trap - EXIT
  echo "server stopped"
else
  echo "serve: not in this image (the serve module has not landed on main yet); skipped"
fi
echo "smoke test passed"
