"""Imports a generated compute_score file the way verl does (by path and name) and calls it on cases.

usage: python3 call_compute_score.py CLIENT.py CASES.json
CASES.json is a list of {"data_source", "solution_str", "ground_truth", "extra_info"}; prints one JSON line
per case: the returned dict, or {"raised": "<ExceptionClass>", "message": "..."}; then the signature.
"""
import importlib.util
import inspect
import json
import sys

spec = importlib.util.spec_from_file_location("custom_module", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
compute_score = getattr(module, "compute_score")

with open(sys.argv[2], encoding="utf-8") as f:
    cases = json.load(f)
for case in cases:
    try:
        out = compute_score(case["data_source"], case["solution_str"], case["ground_truth"],
                            extra_info=case.get("extra_info"))
    except Exception as e:  # the test asserts which exception the policy raises
        out = {"raised": type(e).__name__, "message": str(e)}
    print(json.dumps(out))
print(json.dumps({"signature": str(inspect.signature(compute_score)), "unscored_count": module.UNSCORED_COUNT}))
