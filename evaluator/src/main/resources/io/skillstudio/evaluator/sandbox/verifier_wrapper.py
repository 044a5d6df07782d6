# Skill Studio runner for a sample's Python verifier code (skillrm-format.md 5.4-5.5). Runs as
# `python -I -S -c <this>` with an empty environment inside bubblewrap (Bubblewrap.java: namespaces,
# read-only runtime, private tmpfs, seccomp without fork/clone), never in the studio's process. The JSON
# payload arrives on stdin: every code item and every response of one verify_all call, so one process
# serves the whole call. Limits are set first. The namespace, builtins, import hook, callable choice,
# call attempts and result coercion are upstream R2's `execute_verifier_code` / `verifier_result_to_bool`.
# The result is one JSON document on stdout; verifier prints are captured per item, never mixed into it.
import sys, json, resource

payload = json.loads(sys.stdin.read())
mem = int(payload.get("memory_bytes") or 0)
if mem > 0:
    resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
cpu = int(payload.get("cpu_seconds") or 0)
if cpu > 0:
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
for lim, val in ((getattr(resource, "RLIMIT_NPROC", None), 0), (resource.RLIMIT_FSIZE, 0), (resource.RLIMIT_CORE, 0)):
    if lim is not None:
        try:
            resource.setrlimit(lim, (val, val))
        except (ValueError, OSError):
            pass

import io, contextlib, re as _re
import collections, functools, itertools, math, re, statistics, string, textwrap, unicodedata

PREBOUND = {"json": json, "re": re, "math": math, "string": string, "statistics": statistics,
            "textwrap": textwrap, "unicodedata": unicodedata}
IMPORTABLE = {"json": json, "re": re, "math": math, "string": string, "collections": collections,
              "itertools": itertools, "functools": functools, "textwrap": textwrap, "unicodedata": unicodedata,
              "statistics": statistics}
MAX_TEXT = int(payload.get("max_text_chars") or 400)


def safe_import(name, globals=None, locals=None, fromlist=(), level=0):
    root = name.split(".")[0]
    if level != 0 or root not in IMPORTABLE:
        raise ImportError("import not allowed: " + name)
    return IMPORTABLE[root]


import builtins as _b
BUILTINS = {n: getattr(_b, n) for n in ("abs all any bool chr dict enumerate Exception filter float getattr hasattr "
                                        "int isinstance len list map max min ord range reversed round set sorted str "
                                        "sum tuple ValueError zip print").split()}
BUILTINS["__import__"] = safe_import
PREFERRED = ("check", "verify", "judge", "evaluate", "verifier", "checker")


def normalized(name):
    return _re.sub(r"[^a-z0-9_.-]", "_", str(name or "").lower())


def choose(namespace, verifier_name):
    callables = [(k, v) for k, v in namespace.items() if callable(v) and not k.startswith("_")]
    if not callables:
        return None
    wanted = normalized(verifier_name)
    if verifier_name:
        for k, v in callables:
            if normalized(k) == wanted:
                return v
    names = dict(callables)
    for k in PREFERRED:
        if k in names:
            return names[k]
    return callables[0][1]


def attempts(fn, prompt, response):
    yield lambda: fn(response)
    yield lambda: fn(prompt, response)
    yield lambda: fn({"prompt": prompt, "instruction": prompt, "response": response, "output": response})
    yield lambda: fn(response=response)
    yield lambda: fn(output=response)
    yield lambda: fn(text=response)
    yield lambda: fn(prompt=prompt, response=response)
    yield lambda: fn(instruction=prompt, output=response)


def to_bool(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return bool(value)
    if isinstance(value, dict):
        for key in ("satisfied", "passed", "pass", "ok", "valid", "success", "result"):
            if key in value:
                return to_bool(value[key])
        score = value.get("score")
        if isinstance(score, (int, float)) and not isinstance(score, bool):
            return score >= 0.5
        return None
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("true", "yes", "pass", "passed", "satisfied", "ok", "valid"):
            return True
        if text in ("false", "no", "fail", "failed", "unsatisfied", "invalid"):
            return False
    return None


def shown(value):
    # The raw result as JSON when it is JSON, else its repr; cut so one verifier cannot flood the reply.
    try:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        out = value
    except (TypeError, ValueError):
        text = repr(value)
        out = text
    if len(text) > MAX_TEXT:
        return text[:MAX_TEXT] + "...[truncated]"
    return out


def run_one(code, verifier_name, prompt, response):
    captured = io.StringIO()
    result, error = None, None
    try:
        with contextlib.redirect_stdout(captured):
            namespace = dict(PREBOUND)
            namespace["__builtins__"] = BUILTINS
            exec(compile(code, "<verifier>", "exec"), namespace)
            fn = choose(namespace, verifier_name)
            if fn is None:
                error = "no callable verifier function in the code"
            else:
                last = None
                for attempt in attempts(fn, prompt, response):
                    try:
                        result = attempt()
                        last = None
                        break
                    except TypeError as exc:
                        last = exc
                if last is not None:
                    result, error = None, str(last)
    except MemoryError:
        result, error = None, "memory limit reached"
    except RecursionError as exc:
        result, error = None, "recursion limit reached: " + str(exc)
    except Exception as exc:
        result, error = None, str(exc)
    out = captured.getvalue()
    return {"satisfied": None if error is not None else to_bool(result),
            "raw_result": shown(result), "stdout": out[:MAX_TEXT], "stdout_truncated": len(out) > MAX_TEXT,
            "error": error}


prompt = payload.get("prompt", "")
results = []
for response in payload.get("responses", []):
    results.append([run_one(item["code"], item.get("verifier_name", ""), prompt, response)
                    for item in payload.get("items", [])])
sys.stdout.write(json.dumps({"results": results}, ensure_ascii=False))
