# Skill Studio python_sandbox wrapper (skillrm-format.md section 4). Runs as `python -I -S -c <this>`
# with an empty environment inside bubblewrap (Bubblewrap.java: namespaces, read-only runtime, private
# tmpfs, seccomp without fork/clone); the static checks here are a first filter, not the boundary. The JSON payload arrives on stdin. Limits are applied first, then the
# snippet is validated statically, and only then executed. Exit 3 = rejected by validation.
import sys, json, resource

payload = json.loads(sys.stdin.read())
mem = int(payload.get("memory_bytes") or 0)
if mem > 0:
    resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
cpu = int(payload.get("cpu_seconds") or 0)
if cpu > 0:
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
# No new processes (the seccomp filter is what enforces it: root ignores RLIMIT_NPROC), no file writes,
# no core dumps. Set before any package or model code runs; raising them again needs a capability the
# user namespace does not grant.
for lim, val in ((getattr(resource, "RLIMIT_NPROC", None), 0), (resource.RLIMIT_FSIZE, 0), (resource.RLIMIT_CORE, 0)):
    if lim is not None:
        try:
            resource.setrlimit(lim, (val, val))
        except (ValueError, OSError):
            pass

import ast, io, contextlib
import collections, decimal, fractions, functools, itertools, math, re, statistics, string, unicodedata

ALLOWED = {"collections": collections, "decimal": decimal, "fractions": fractions, "functools": functools,
           "itertools": itertools, "json": json, "math": math, "re": re, "statistics": statistics,
           "string": string, "unicodedata": unicodedata}
BANNED_NAMES = {"__builtins__", "__import__", "breakpoint", "compile", "eval", "exec", "getattr", "globals",
                "help", "input", "locals", "open", "setattr", "vars",
                # str.format-style lookups resolve attribute paths given as (buildable) strings, so
                # `string.Formatter().get_field("0."+"_"+"os", ...)` walks past the "_" check below.
                "Formatter", "get_field", "vformat", "format_map", "format", "attrgetter", "delattr"}
# Public module attributes of the allowed modules that are themselves modules (statistics.sys,
# statistics.random, ...): sys.modules reaches every loaded module, os included, without a "_".
MODULE_ATTRS = {"modules"}
for _m in ALLOWED.values():
    for _n in dir(_m):
        if not _n.startswith("_") and type(getattr(_m, _n)).__name__ == "module" and _n not in ALLOWED:
            MODULE_ATTRS.add(_n)


def reject(message):
    sys.stderr.write("SKILLSTUDIO_VALIDATION_ERROR: " + message + "\n")
    sys.exit(3)


def validate(code):
    if not code.strip():
        reject("empty code")
    if "__" in code:
        reject("dunder names are not allowed in python_sandbox code")
    try:
        tree = ast.parse(code)
    except SyntaxError as e:
        reject("syntax error: " + str(e))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name.split(".")[0] not in ALLOWED:
                    reject("import not allowed: " + a.name)
        elif isinstance(node, ast.ImportFrom):
            # Upstream tests the module AND the imported names, so `from collections import Counter` fails.
            for name in [node.module or ""] + [a.name for a in node.names]:
                if name.split(".")[0] not in ALLOWED:
                    reject("import not allowed: " + name)
        elif isinstance(node, ast.Attribute) and node.attr.startswith("_"):
            # Stricter than upstream (which blocks only "__"): closes statistics.random._os and the like.
            reject("private attribute not allowed: " + node.attr)
        elif isinstance(node, ast.Attribute) and node.attr in BANNED_NAMES:
            reject("attribute not allowed: " + node.attr)
        elif isinstance(node, ast.Attribute) and node.attr in MODULE_ATTRS:
            reject("module attribute not allowed: " + node.attr)
        elif isinstance(node, ast.Name) and node.id in BANNED_NAMES:
            reject("name not allowed: " + node.id)


def safe_import(name, globals=None, locals=None, fromlist=(), level=0):
    if level != 0 or name.split(".")[0] not in ALLOWED:
        raise ImportError("import not allowed: " + name)
    return ALLOWED[name.split(".")[0]]


import builtins as _b
SAFE = {n: getattr(_b, n) for n in ("abs all any bool chr dict enumerate Exception filter float int isinstance len "
                                     "list map max min ord pow print range repr reversed round set sorted str sum "
                                     "tuple ValueError zip").split()}
SAFE["__import__"] = safe_import

code = payload.get("code", "")
helper = payload.get("helper_source", "") or ""
validate(code)
scope = dict(ALLOWED)
scope.update(payload.get("variables", {}))
scope["__builtins__"] = SAFE
if helper:
    # Helpers come from the package (trusted source), so they skip validation but not the safe builtins.
    exec(compile(helper, "constraint_tools.py", "exec"), scope)
exec(compile(code, "<python_sandbox>", "exec"), scope)
if "result" in scope:
    print(json.dumps(scope["result"], ensure_ascii=False, sort_keys=True))
