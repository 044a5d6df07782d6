"""Generates nonascii-kwargs-vectors.jsonl: IFEval kwarg regexes on non-ASCII text, answered by CPython.

Run from this folder with Python 3.11 (the version whose Unicode 14 tables python/py-unicode-14.txt
holds):  python3 gen_nonascii_kwargs.py > nonascii-kwargs-vectors.jsonl

Each check below is the call the official IFEval checker makes (instructions.py of
google-research/instruction_following_eval): the kwargs are used as Python regexes, unescaped.
A row is {"id", "kwargs", "text", "followed"} or, where CPython rejects the pattern,
{"id", "kwargs", "text", "python_error"}: Skill Studio reports such a kwarg as a ParamProblem
(the official checker would raise re.error). Output is ASCII JSON (non-ASCII as \\u escapes).
"""
import json
import re
import sys


def existence(text, kw):
    return all(re.search(k, text, flags=re.IGNORECASE) for k in kw["keywords"])


def frequency(text, kw):
    n = len(re.findall(kw["keyword"], text, flags=re.IGNORECASE))
    return n < kw["frequency"] if kw["relation"] == "less than" else n >= kw["frequency"]


def forbidden(text, kw):
    return not any(re.search(r"\b" + w + r"\b", text, flags=re.IGNORECASE) for w in kw["forbidden_words"])


def postscript(text, kw):
    value = text.lower()
    marker = kw["postscript_marker"]
    if marker == "P.P.S":
        pattern = r"\s*p\.\s?p\.\s?s.*$"
    elif marker == "P.S.":
        pattern = r"\s*p\.\s?s\..*$"
    else:
        pattern = r"\s*" + marker.lower() + r".*$"
    return bool(re.findall(pattern, value, flags=re.MULTILINE))


def sections(text, kw):
    pattern = r"\s?" + kw["section_spliter"].strip() + r"\s?\d+\s?"
    return len(re.split(pattern, text)) - 1 >= kw["num_sections"]


CHECKS = {
    "keywords:existence": existence,
    "keywords:frequency": frequency,
    "keywords:forbidden_words": forbidden,
    "detectable_content:postscript": postscript,
    "detectable_format:multiple_sections": sections,
}

CAFE = "Le Café du coin sert un café noir; CAFÉ CRÈME au comptoir."
NAIVE = "A naïve plan, a NAÏVE hope, and a nai\u0308ve NFD spelling."
RUSSIAN = "Привет, мир! ПРИВЕТ снова. Приветствие длинное. Ёлка и ёжик."
CJK = "我说中文很好。中文 是一种语言。日本語のテキスト、カタカナ。"
GREEK = "ΟΔΟΣ και οδός, Σίσυφος στην ΟΔΌ."
MIXED = "straße STRASSE Straße; İstanbul istanbul; ﬁle file; K\u212a Kelvin; x\u00b2 \u0663\u0664 42"
SPACES = "Intro\u00a0text\u2028P.S.\u00a0later\nП.С. Постскриптум в конце"
SECTIONS = "Раздел 1 начало Раздел\u00a02 середина Раздел ٣ конец SECTION 4 节 5 内容 节6"

CASES = [
    # keywords:existence: re.search(keyword, text, re.I)
    ("keywords:existence", {"keywords": ["café"]}, CAFE),
    ("keywords:existence", {"keywords": ["CAFÉ", "crème"]}, CAFE),
    ("keywords:existence", {"keywords": ["caf\\w"]}, CAFE),
    ("keywords:existence", {"keywords": ["caf\\w\\b"]}, CAFE),
    ("keywords:existence", {"keywords": ["\\bcaf\\b"]}, CAFE),
    ("keywords:existence", {"keywords": ["(?a)caf\\w\\b"]}, CAFE),
    ("keywords:existence", {"keywords": ["na\\wve"]}, NAIVE),
    ("keywords:existence", {"keywords": ["nai\\Wve"]}, NAIVE),
    ("keywords:existence", {"keywords": ["\\bnai\\b"]}, NAIVE),
    ("keywords:existence", {"keywords": ["привет"]}, RUSSIAN),
    ("keywords:existence", {"keywords": ["\\w+ствие"]}, RUSSIAN),
    ("keywords:existence", {"keywords": ["[а-я]+ик"]}, RUSSIAN),
    ("keywords:existence", {"keywords": ["ёлка", "ЁЖИК"]}, RUSSIAN),
    ("keywords:existence", {"keywords": ["(?P<w>при)вет, мир! (?P=w)вет"]}, RUSSIAN),
    ("keywords:existence", {"keywords": ["(?P<w>при)вет.*(?P=w)вет снова"]}, RUSSIAN),
    ("keywords:existence", {"keywords": ["中文"]}, CJK),
    ("keywords:existence", {"keywords": ["\\b中文\\b"]}, CJK),
    ("keywords:existence", {"keywords": ["\\w{2}の"]}, CJK),
    ("keywords:existence", {"keywords": ["οδοσ"]}, GREEK),
    ("keywords:existence", {"keywords": ["σίσυφοσ"]}, GREEK),
    ("keywords:existence", {"keywords": ["ΟΔΌ\\b"]}, GREEK),
    ("keywords:existence", {"keywords": ["strasse"]}, MIXED),
    ("keywords:existence", {"keywords": ["straße"]}, MIXED),
    ("keywords:existence", {"keywords": ["file"]}, MIXED),
    ("keywords:existence", {"keywords": ["kk"]}, MIXED),
    ("keywords:existence", {"keywords": ["x\\d"]}, MIXED),
    ("keywords:existence", {"keywords": ["\\d\\d 42"]}, MIXED),
    ("keywords:existence", {"keywords": ["x\\w"]}, MIXED),
    ("keywords:existence", {"keywords": ["istanbul\\b.*istanbul"]}, MIXED),
    ("keywords:existence", {"keywords": ["\\p{L}+"]}, CAFE),
    ("keywords:existence", {"keywords": ["(?<n>café)"]}, CAFE),
    ("keywords:existence", {"keywords": ["café("]}, CAFE),
    ("keywords:existence", {"keywords": ["\\N{LATIN SMALL LETTER E WITH ACUTE}"]}, CAFE),
    # keywords:frequency: len(re.findall(keyword, text, re.I))
    ("keywords:frequency", {"keyword": "café", "frequency": 3, "relation": "at least"}, CAFE),
    ("keywords:frequency", {"keyword": "café", "frequency": 4, "relation": "at least"}, CAFE),
    ("keywords:frequency", {"keyword": "naïve", "frequency": 2, "relation": "at least"}, NAIVE),
    ("keywords:frequency", {"keyword": "na\\w+ve", "frequency": 3, "relation": "at least"}, NAIVE),
    ("keywords:frequency", {"keyword": "na\\w+ve", "frequency": 3, "relation": "less than"}, NAIVE),
    ("keywords:frequency", {"keyword": "привет", "frequency": 3, "relation": "at least"}, RUSSIAN),
    ("keywords:frequency", {"keyword": "\\bпривет\\b", "frequency": 3, "relation": "less than"}, RUSSIAN),
    ("keywords:frequency", {"keyword": "\\w+", "frequency": 9, "relation": "at least"}, RUSSIAN),
    ("keywords:frequency", {"keyword": "\\w+", "frequency": 10, "relation": "at least"}, RUSSIAN),
    ("keywords:frequency", {"keyword": "\\w+", "frequency": 5, "relation": "at least"}, CJK),
    ("keywords:frequency", {"keyword": "\\w+", "frequency": 6, "relation": "at least"}, CJK),
    ("keywords:frequency", {"keyword": "\\w+", "frequency": 12, "relation": "at least"}, MIXED),
    ("keywords:frequency", {"keyword": "\\w+", "frequency": 13, "relation": "at least"}, MIXED),
    ("keywords:frequency", {"keyword": "\\d", "frequency": 4, "relation": "at least"}, MIXED),
    ("keywords:frequency", {"keyword": "\\d", "frequency": 5, "relation": "at least"}, MIXED),
    ("keywords:frequency", {"keyword": "σ", "frequency": 6, "relation": "at least"}, GREEK),
    ("keywords:frequency", {"keyword": "σ", "frequency": 7, "relation": "at least"}, GREEK),
    ("keywords:frequency", {"keyword": "\\w+ς\\b", "frequency": 3, "relation": "at least"}, GREEK),
    ("keywords:frequency", {"keyword": "\\w+ς\\b", "frequency": 4, "relation": "at least"}, GREEK),
    ("keywords:frequency", {"keyword": "(?P<c>[cC])af(?P=c)?é", "frequency": 2, "relation": "at least"}, CAFE),
    ("keywords:frequency", {"keyword": "\\p{Lu}", "frequency": 1, "relation": "at least"}, CAFE),
    # keywords:forbidden_words: re.search(r"\b" + word + r"\b", text, re.I)
    ("keywords:forbidden_words", {"forbidden_words": ["café"]}, CAFE),
    ("keywords:forbidden_words", {"forbidden_words": ["caf"]}, CAFE),
    ("keywords:forbidden_words", {"forbidden_words": ["crème"]}, CAFE),
    ("keywords:forbidden_words", {"forbidden_words": ["naïve"]}, NAIVE),
    ("keywords:forbidden_words", {"forbidden_words": ["nai"]}, NAIVE),
    ("keywords:forbidden_words", {"forbidden_words": ["nai\u0308ve"]}, "only NAÏVE here"),
    ("keywords:forbidden_words", {"forbidden_words": ["привет"]}, RUSSIAN),
    ("keywords:forbidden_words", {"forbidden_words": ["прив"]}, RUSSIAN),
    ("keywords:forbidden_words", {"forbidden_words": ["ёлка"]}, RUSSIAN),
    ("keywords:forbidden_words", {"forbidden_words": ["при\\w+ие"]}, RUSSIAN),
    ("keywords:forbidden_words", {"forbidden_words": ["中文"]}, CJK),
    ("keywords:forbidden_words", {"forbidden_words": ["中文很好"]}, CJK),
    ("keywords:forbidden_words", {"forbidden_words": ["我说中文很好"]}, CJK),
    ("keywords:forbidden_words", {"forbidden_words": ["カタカナ"]}, CJK),
    ("keywords:forbidden_words", {"forbidden_words": ["οδοσ"]}, GREEK),
    ("keywords:forbidden_words", {"forbidden_words": ["οδός"]}, GREEK),
    ("keywords:forbidden_words", {"forbidden_words": ["strasse"]}, MIXED),
    ("keywords:forbidden_words", {"forbidden_words": ["Kk"]}, MIXED),
    ("keywords:forbidden_words", {"forbidden_words": ["x"]}, MIXED),
    ("keywords:forbidden_words", {"forbidden_words": ["\\d+"]}, MIXED),
    ("keywords:forbidden_words", {"forbidden_words": ["(?P<a>caf)é"]}, CAFE),
    ("keywords:forbidden_words", {"forbidden_words": ["\\p{L}"]}, CAFE),
    # detectable_content:postscript: re.findall(pattern, text.lower(), re.M)
    ("detectable_content:postscript", {"postscript_marker": "P.S."}, SPACES),
    ("detectable_content:postscript", {"postscript_marker": "P.P.S"}, SPACES),
    ("detectable_content:postscript", {"postscript_marker": "П.С."}, SPACES),
    ("detectable_content:postscript", {"postscript_marker": "п\\.с\\.\\s\\w+"}, SPACES),
    ("detectable_content:postscript", {"postscript_marker": "Постскриптум в конце$"}, SPACES),
    ("detectable_content:postscript", {"postscript_marker": "NB:"}, SPACES),
    # detectable_format:multiple_sections: len(re.split(pattern, text)) - 1 >= N
    ("detectable_format:multiple_sections", {"section_spliter": "Раздел", "num_sections": 3}, SECTIONS),
    ("detectable_format:multiple_sections", {"section_spliter": "Раздел", "num_sections": 4}, SECTIONS),
    ("detectable_format:multiple_sections", {"section_spliter": "раздел", "num_sections": 1}, SECTIONS),
    ("detectable_format:multiple_sections", {"section_spliter": "节", "num_sections": 2}, SECTIONS),
    ("detectable_format:multiple_sections", {"section_spliter": "节", "num_sections": 3}, SECTIONS),
    ("detectable_format:multiple_sections", {"section_spliter": "\\w+", "num_sections": 6}, SECTIONS),
    ("detectable_format:multiple_sections", {"section_spliter": "\\w+", "num_sections": 7}, SECTIONS),
    ("detectable_format:multiple_sections", {"section_spliter": "(Раздел)", "num_sections": 6}, SECTIONS),
    ("detectable_format:multiple_sections", {"section_spliter": "(Раздел)", "num_sections": 7}, SECTIONS),
    ("detectable_format:multiple_sections", {"section_spliter": "(?P<s>Раздел)", "num_sections": 6}, SECTIONS),
    ("detectable_format:multiple_sections", {"section_spliter": "Раздел\\", "num_sections": 1}, SECTIONS),
]


def main():
    for instruction, kwargs, text in CASES:
        row = {"id": instruction, "kwargs": kwargs, "text": text}
        try:
            row["followed"] = CHECKS[instruction](text, kwargs)
        except re.error as e:
            row["python_error"] = str(e)
        sys.stdout.write(json.dumps(row, ensure_ascii=True) + "\n")


if __name__ == "__main__":
    main()
