#!/usr/bin/env python3
"""Replace hand-written constructor injection with Lombok's @RequiredArgsConstructor.

A class qualifies when its only constructor takes parameters and does nothing but `this.f = f;` once for each
parameter, every `f` is a `private final` field of the same type declared without initializer, and no parameter or
the constructor carries an annotation or a comment/javadoc. The script then

  * puts the field declarations in the parameter order (Lombok's constructor follows the field order, so callers
    such as tests' `new X(a, b, c)` keep working),
  * deletes the constructor,
  * annotates the class `@RequiredArgsConstructor`, with `access = AccessLevel.PACKAGE/PROTECTED/PRIVATE` when the
    constructor was not public, and adds the imports.

Everything else is left as it is (constructors with other statements, annotated or varargs parameters, comments,
several constructors, records, enums). Re-runnable on any tree: a converted class has no constructor left, so a
second run changes nothing. Usage: `python3 scripts/lombok-constructors.py [--dry-run] [ROOT]`
(ROOT defaults to src/main/java); prints the converted files.
"""
import os
import re
import sys

MODIFIERS = {"public", "protected", "private", "static", "final", "abstract", "sealed", "non-sealed", "strictfp",
             "transient", "volatile", "synchronized", "native", "default"}
TEMPLATE = r"(?:org\.springframework\.transaction\.support\.)?TransactionTemplate"
TX_MANAGER = ("PlatformTransactionManager", "org.springframework.transaction.PlatformTransactionManager")
ACCESS = {"public": None, "protected": "PROTECTED", "private": "PRIVATE", "": "PACKAGE"}


def mask(src):
    """The source with comments, strings and char literals blanked (newlines kept), so braces can be matched."""
    out = list(src)
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            for k in range(i, j):
                out[k] = " "
            i = j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            for k in range(i, j):
                if out[k] != "\n":
                    out[k] = " "
            i = j
        elif src.startswith('"""', i):
            j = src.find('"""', i + 3)
            j = n if j < 0 else j + 3
            for k in range(i + 1, j - 1):
                if out[k] != "\n":
                    out[k] = " "
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and src[j] != c:
                j += 2 if src[j] == "\\" else 1
            for k in range(i + 1, min(j, n)):
                out[k] = " "
            i = j + 1
        else:
            i += 1
    return "".join(out)


def match_close(m, i, open_c="{", close_c="}"):
    """Index of the bracket closing the one at i."""
    depth = 0
    for j in range(i, len(m)):
        if m[j] == open_c:
            depth += 1
        elif m[j] == close_c:
            depth -= 1
            if depth == 0:
                return j
    return -1


def members(m, start, end):
    """Direct members of a class body m[start:end] (start just after '{'): (begin, end, kind) with kind ';' or '{'."""
    out = []
    i = begin = start
    while i < end:
        c = m[i]
        if c == ";":
            out.append((begin, i + 1, ";"))
            begin = i + 1
        elif c == "{":
            j = match_close(m, i)
            # a field initialised with an array or an anonymous class continues up to its ';'
            head = m[begin:i]
            if "=" in re.sub(r"[<>!=]=", "", head) and "(" not in head.split("=")[0]:
                k = m.find(";", j)
                out.append((begin, k + 1, ";"))
                i = begin = k + 1
                continue
            out.append((begin, j + 1, "{"))
            i = begin = j + 1
            continue
        elif c == "(":
            i = match_close(m, i, "(", ")")
        i += 1
    return out


def split_top(s, sep=","):
    """Split on sep outside <>, () and []."""
    parts, depth, cur = [], 0, ""
    for c in s:
        if c in "<([":
            depth += 1
        elif c in ">)]":
            depth -= 1
        if c == sep and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += c
    if cur.strip():
        parts.append(cur)
    return parts


def norm(t):
    return re.sub(r"\s+", "", t)


def head_words(head):
    """Modifiers and annotations before a declaration; None if anything else is there."""
    words = []
    rest = head.strip()
    while rest:
        a = re.match(r"@[\w.]+\s*", rest)
        if a:
            words.append("@")
            rest = rest[a.end():]
            if rest.startswith("("):
                close = match_close(rest, 0, "(", ")")
                rest = rest[close + 1:]
            rest = rest.lstrip()
            continue
        w = re.match(r"([\w-]+)\s*", rest)
        if w and w.group(1) in MODIFIERS:
            words.append(w.group(1))
            rest = rest[w.end():]
            continue
        return None
    return words


def line_start(s, i):
    return s.rfind("\n", 0, i) + 1


def convert_class(src, m, name, body_start, body_end, class_decl_start):
    """Returns the new source for one class, or None when it does not qualify."""
    mems = members(m, body_start, body_end)
    ctors, fields = [], {}
    for (b, e, kind) in mems:
        text = m[b:e]
        stripped = text.strip()
        if not stripped or stripped == ";":
            continue
        lead = b + len(text) - len(text.lstrip())
        c = re.search(r"(?<![\w.])" + re.escape(name) + r"\s*\(", text)
        if kind == "{" and c and head_words(text[:c.start()]) is not None:
            ctors.append((lead, e, text[:c.start()], c, b))
            continue
        if kind == ";" and "(" not in text.split("=")[0]:
            decl = text[:-1]
            init = None
            if "=" in decl:
                decl, init = decl.split("=", 1)
            dm = re.match(r"\s*((?:@[\w.]+(?:\([^)]*\))?\s+|[\w-]+\s+)*?)([\w.]+(?:\s*<.*>)?(?:\s*\[\s*\])*)\s+(\w+)\s*$",
                          decl, re.S)
            if not dm or "," in decl.split(">")[-1]:
                continue
            words = head_words(dm.group(1))
            if words is None or "static" in words:
                continue
            fields[dm.group(3)] = dict(start=lead, end=e, mods=words, type=norm(dm.group(2)), init=init)
    if len(ctors) != 1:
        return None
    lead, e, head, c, mb = ctors[0]
    words = head_words(head)
    if "@" in words or any(w not in ("public", "protected", "private") for w in words):
        return None
    access = words[0] if words else ""
    popen = mb + c.end() - 1
    pclose = match_close(m, popen, "(", ")")
    params_text = m[popen + 1:pclose]
    if "@" in params_text or "..." in params_text or not params_text.strip():
        return None
    after = m[pclose + 1:e].strip()
    if not after.startswith("{"):
        return None  # throws clause
    # the original text must carry no comment in the constructor (a masked comment leaves blanks behind)
    if src[lead:e] != m[lead:e]:
        return None
    # nor a comment just above it
    prev = src[:lead].rstrip()
    if prev.endswith("*/") or src[line_start(src, len(prev)):len(prev)].lstrip().startswith("//"):
        return None
    params = []
    for p in split_top(params_text):
        pm = re.match(r"\s*(?:final\s+)?(.+?)\s+(\w+)\s*$", p, re.S)
        if not pm:
            return None
        params.append((norm(pm.group(1)), pm.group(2)))
    body = after[1:-1].strip()
    stmts = [s.strip() for s in body.split(";") if s.strip()]
    assigned = []
    for s in stmts:
        am = re.fullmatch(r"this\.(\w+)\s*=\s*(\w+)", s)
        tm = re.fullmatch(r"this\.(\w+)\s*=\s*new\s+" + TEMPLATE + r"\s*\(\s*(\w+)\s*\)", s)
        if tm:
            # a plain TransactionTemplate over the transaction manager: inject the template Spring Boot configures
            # (TransactionAutoConfiguration); only when the parameter serves nothing else and the field is free
            pos = [i for i, (t, n) in enumerate(params) if n == tm.group(2) and t in TX_MANAGER]
            if len(pos) != 1 or any(n == tm.group(1) for _, n in params) \
                    or len(re.findall(r"\b" + tm.group(2) + r"\b", body)) != 1:
                return None
            params[pos[0]] = (fields.get(tm.group(1), {}).get("type"), tm.group(1))
            assigned.append(tm.group(1))
            continue
        if not am or am.group(1) != am.group(2):
            return None
        assigned.append(am.group(1))
    names = [p[1] for p in params]
    if sorted(assigned) != sorted(names) or len(set(names)) != len(names):
        return None
    for t, n in params:
        f = fields.get(n)
        if not f or f["init"] is not None or f["type"] != t or "final" not in f["mods"] \
                or "private" not in f["mods"] or "@" in f["mods"]:
            return None
    # no other final field without initializer (Lombok would add it to the constructor)
    for n, f in fields.items():
        if n not in names and "final" in f["mods"] and f["init"] is None:
            return None

    edits = []  # (start, end, replacement) on src
    # field order = parameter order: permute the declaration texts over the same places
    # (whole lines, with the comment lines just above a declaration and a comment after it on its line)
    spans = sorted((fields[n]["start"], fields[n]["end"], n) for n in names)
    if [s[2] for s in spans] != names:
        lines = {}
        for s0, e0, n in spans:
            ls0 = line_start(src, s0)
            le0 = src.find("\n", e0)
            le0 = len(src) if le0 < 0 else le0 + 1
            tail = src[e0:le0].strip()
            if src[ls0:s0].strip() or (tail and not tail.startswith("//")):
                return None  # a declaration sharing its line with something else: leave the class alone
            while ls0 > 0:
                above = line_start(src, ls0 - 1)
                text = src[above:ls0].strip()
                if not text.startswith(("//", "/*", "*")):
                    break
                ls0 = above
            lines[n] = (ls0, le0)
        ordered = sorted(lines.values())
        for k in range(len(ordered) - 1):
            if ordered[k][1] > ordered[k + 1][0]:
                return None
        for (s0, e0), n in zip(ordered, names):
            edits.append((s0, e0, src[lines[n][0]:lines[n][1]]))
    # delete the constructor with its line(s) and one blank line next to it
    cs = line_start(src, lead)
    ce = src.find("\n", e)
    ce = len(src) if ce < 0 else ce + 1
    next_blank = ce < len(src) and src[ce:src.find("\n", ce) + 1].strip() == ""
    prev_blank = cs > 0 and src[line_start(src, cs - 1):cs].strip() == ""
    if prev_blank:
        cs = line_start(src, cs - 1)
        if next_blank and src[ce:].lstrip().startswith("}"):
            ce = src.find("\n", ce) + 1
    elif next_blank:
        ce = src.find("\n", ce) + 1
    edits.append((cs, ce, ""))
    # annotate the class
    ls = line_start(src, class_decl_start)
    indent = re.match(r"[ \t]*", src[ls:]).group(0)
    level = ACCESS[access]
    ann = "@RequiredArgsConstructor" + (f"(access = AccessLevel.{level})" if level else "")
    edits.append((ls, ls, indent + ann + "\n"))
    for s, e2, r in sorted(edits, reverse=True):
        src = src[:s] + r + src[e2:]
    return src, level is not None


def add_import(src, imp):
    line = f"import {imp};"
    if re.search(r"^" + re.escape(line) + r"$", src, re.M):
        return src
    imports = [(mm.start(), mm.group(1)) for mm in re.finditer(r"^import (?!static)([\w.]+);$", src, re.M)]
    non_java = [(s, n) for s, n in imports if not n.startswith(("java.", "javax."))]
    if non_java:
        for s, n in non_java:
            if n > imp:
                return src[:s] + line + "\n" + src[s:]
        s = non_java[-1][0]
        e = src.find("\n", s) + 1
        return src[:e] + line + "\n" + src[e:]
    if imports:
        s = imports[0][0]
        return src[:s] + line + "\n\n" + src[s:]
    pkg = re.search(r"^package [\w.]+;\n", src, re.M)
    e = pkg.end() if pkg else 0
    return src[:e] + "\n" + line + "\n" + src[e:]


def convert_file(src):
    changed, needs_access = False, False
    while True:
        m = mask(src)
        done = False
        for cm in re.finditer(r"(?<![\w.])class\s+(\w+)", m):
            name = cm.group(1)
            brace = m.find("{", cm.end())
            if brace < 0:
                continue
            close = match_close(m, brace)
            # the declaration begins after the previous member boundary: annotations stay above our annotation
            b = max(m.rfind(";", 0, cm.start()), m.rfind("{", 0, cm.start()), m.rfind("}", 0, cm.start())) + 1
            head = m[b:cm.start()]
            words = head_words(head)
            if words is None:
                continue
            # the first modifier after the annotations (or 'class' itself)
            mods = re.search(r"(?:^|\s)((?:(?:" + "|".join(sorted(MODIFIERS, key=len, reverse=True))
                             + r")\s+)*)$", head)
            decl_start = b + mods.start(1) if mods and mods.group(1) else cm.start()
            if "ConfigurationProperties" in src[b:cm.start()] or "RequiredArgsConstructor" in m[b:cm.start()]:
                continue
            r = convert_class(src, m, name, brace + 1, close, decl_start)
            if r:
                src, acc = r
                needs_access |= acc
                changed = done = True
                break
        if not done:
            break
    if changed:
        src = add_import(src, "lombok.RequiredArgsConstructor")
        if needs_access:
            src = add_import(src, "lombok.AccessLevel")
    if changed:
        src = drop_unused_import(src, "org.springframework.transaction.PlatformTransactionManager")
        src = drop_unused_import(src, "org.springframework.transaction.support.TransactionTemplate")
    return src if changed else None


def drop_unused_import(src, imp):
    line = re.compile(r"^import " + re.escape(imp) + r";\n", re.M)
    simple = imp.rsplit(".", 1)[1]
    rest = line.sub("", src)
    if line.search(src) and not re.search(r"\b" + simple + r"\b", mask(rest)):
        return rest
    return src


def main(argv):
    dry = "--dry-run" in argv
    args = [a for a in argv if not a.startswith("--")]
    root = args[0] if args else "src/main/java"
    count = 0
    for d, _, files in os.walk(root):
        for f in sorted(files):
            if not f.endswith(".java"):
                continue
            p = os.path.join(d, f)
            with open(p, encoding="utf-8") as fh:
                src = fh.read()
            out = convert_file(src)
            if out is not None and out != src:
                count += 1
                print(p)
                if not dry:
                    with open(p, "w", encoding="utf-8") as fh:
                        fh.write(out)
    print(f"{count} file(s) converted", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
