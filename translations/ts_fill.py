#!/usr/bin/env python3
"""Fill Qt Linguist .ts files from a table, without Linguist.

lupdate rewrites the .ts files whenever sources change, and merges of the
.ts files between branches conflict easily. Keeping the translations in the
.ts files themselves and carrying them over with this script lets a
translator take the other branch's .ts, re-run lupdate and re-apply the
translations that were already done, instead of hand-merging XML.

The file is edited as text, message by message, so lupdate's own layout
(locations, indentation, escaping) survives and diffs stay small.

Usage:
  ts_fill.py dump FILE.ts [--all]        unfinished messages as JSON on stdout
  ts_fill.py fill FILE.ts TABLE.json     set translations from a dump-shaped table
  ts_fill.py carry FROM.ts TO.ts         copy finished translations FROM -> TO
  ts_fill.py check FILE.ts               placeholders, accelerators, spacing, counts
"""
import html
import json
import re
import sys

CONTEXT_RE = re.compile(r"(<context>\s*<name>(.*?)</name>)(.*?)(</context>)", re.S)
MESSAGE_RE = re.compile(r"<message( numerus=\"yes\")?>(.*?)</message>", re.S)
TRANSLATION_RE = re.compile(r"<translation(?: type=\"(\w+)\")?(?:/>|>(.*?)</translation>)", re.S)
NUMERUS_RE = re.compile(r"<numerusform>(.*?)</numerusform>", re.S)


def tag(body, name):
    m = re.search(r"<%s>(.*?)</%s>" % (name, name), body, re.S)
    return html.unescape(m.group(1)) if m else ""


def escape(text):
    # The same entities lupdate writes (non-ASCII spaces such as the no-break space as
    # numeric entities), so a re-run of lupdate changes nothing.
    out = []
    for ch in text:
        if ch in ENTITIES:
            out.append(ENTITIES[ch])
        elif (ch < " " and ch not in "\n\t") or (ch > "\x7f" and ch.isspace()):
            out.append("&#x%x;" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}


def messages(text):
    """Yield (key, info, span of the message body) for every message."""
    for c in CONTEXT_RE.finditer(text):
        ctx = html.unescape(c.group(2))
        base = c.start(3)
        for m in MESSAGE_RE.finditer(c.group(3)):
            body = m.group(2)
            t = TRANSLATION_RE.search(body)
            numerus = bool(m.group(1))
            if numerus:
                tr = [html.unescape(x) for x in NUMERUS_RE.findall(t.group(2) or "")]
            else:
                tr = html.unescape(t.group(2) or "")
            info = {
                "ctx": ctx,
                "src": tag(body, "source"),
                "comment": tag(body, "comment"),
                "extra": tag(body, "extracomment"),
                "numerus": numerus,
                "type": t.group(1) or "",
                "tr": tr,
            }
            key = (info["ctx"], info["src"], info["comment"])
            span = (base + m.start(2) + t.start(), base + m.start(2) + t.end())
            yield key, info, span


def render(info, tr):
    if info["numerus"]:
        forms = "".join("\n            <numerusform>%s</numerusform>" % escape(f) for f in tr)
        return "<translation>%s\n        </translation>" % forms
    return "<translation>%s</translation>" % escape(tr)


def apply(text, table, only_unfinished):
    """table: key -> translation. Returns (new text, number of messages set)."""
    edits = []
    for key, info, span in messages(text):
        if key not in table:
            continue
        if only_unfinished and info["type"] != "unfinished":
            continue
        tr = table[key]
        if info["numerus"]:
            n = len(info["tr"]) or 2
            if not isinstance(tr, list) or len(tr) != n or not all(tr):
                sys.exit("wrong plural forms for %r: %r" % (key, tr))
        elif not isinstance(tr, str) or not tr:
            sys.exit("empty translation for %r" % (key,))
        edits.append((span, render(info, tr)))
    for (a, b), new in reversed(edits):
        text = text[:a] + new + text[b:]
    return text, len(edits)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def write(path, text):
    import xml.dom.minidom
    xml.dom.minidom.parseString(text.encode("utf-8"))  # never write a malformed file
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


PLACEHOLDER_RE = re.compile(r"%L?\d|%n|<[^>]+>|\{\w+\}")


def check(path):
    problems = 0
    fr = 'language="fr' in read(path)
    count = unfinished = 0
    for key, info, _ in messages(read(path)):
        count += 1
        if info["type"] == "unfinished":
            unfinished += 1
            continue
        if info["type"] in ("vanished", "obsolete"):
            continue
        forms = info["tr"] if info["numerus"] else [info["tr"]]
        src = info["src"]
        for f in forms:
            issues = []
            if sorted(PLACEHOLDER_RE.findall(src)) != sorted(PLACEHOLDER_RE.findall(f)):
                if not (info["numerus"] and "%n" in src and "%n" not in f and len(forms) > 1
                        and forms.index(f) == 0):
                    issues.append("placeholders")
            amp_src = len(re.findall(r"&(?!&)", src.replace("&&", "")))
            amp_tr = len(re.findall(r"&(?!&)", f.replace("&&", "")))
            if amp_src != amp_tr:
                issues.append("accelerator")
            if src.count("\n") != f.count("\n"):
                issues.append("line breaks")
            if (src[:1] == " ") != (f[:1] == " ") or (src[-1:] == " ") != (f[-1:] == " "):
                issues.append("edge spaces")
            if src.endswith("…") != f.endswith("…"):
                issues.append("ellipsis")
            if src.endswith(":") != f.endswith(":"):
                issues.append("colon")
            if fr and re.search(r"[^\u202f\u00a0\s/]([:;?!»])(?!//)", re.sub(r"<[^>]+>|https?://\S+|\{\w+\}|%\d|\w+:\w+|saved:|\);;", "", f)):
                issues.append("french spacing")
            if issues:
                problems += 1
                print("%s: %s\n  src: %r\n  tr:  %r" % (", ".join(issues), key[0], src, f))
    print("%s: %d messages, %d unfinished, %d flagged" % (path, count, unfinished, problems))
    return unfinished == 0


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    cmd, path = argv[1], argv[2]
    if cmd == "dump":
        everything = "--all" in argv
        out = [info for _, info, _ in messages(read(path))
               if everything or info["type"] == "unfinished"]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif cmd == "fill":
        rows = json.load(open(argv[3], encoding="utf-8"))
        table = {(r["ctx"], r["src"], r.get("comment", "")): r["tr"] for r in rows if r.get("tr")}
        text, n = apply(read(path), table, only_unfinished=False)
        write(path, text)
        print("%s: %d translations set" % (path, n))
    elif cmd == "carry":
        src_table = {k: i["tr"] for k, i, _ in messages(read(path))
                     if i["type"] in ("", "vanished", "obsolete") and i["tr"]}
        target = argv[3]
        text, n = apply(read(target), src_table, only_unfinished=True)
        write(target, text)
        print("%s: %d translations carried over" % (target, n))
    elif cmd == "check":
        sys.exit(0 if check(path) else 1)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
