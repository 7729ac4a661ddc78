"""What a regular expression's matches must start with, read from re's own parse of it.

A step that tries a pattern on every line (boilerplate's rules, reflow's heading) first asks whether the
line's first character is one a match can start with: one set lookup instead of a call into re, which
costs about as much as reading a short line.
"""

from __future__ import annotations

import re

# The character kinds of re's \d \s \w as a str method that tests one character for them (a str
# pattern's \d is Unicode's decimal digits, \s what str.isspace accepts, \w alphanumerics and _).
_KIND_OF_CATEGORY = {"CATEGORY_DIGIT": "isdecimal", "CATEGORY_SPACE": "isspace", "CATEGORY_WORD": "isalnum"}
_RANGE_MAX = 256  # a class range wider than this is not spelled out: the rule gets no screen


def first_of(items) -> tuple[set[str], set[str], bool] | None:
    """(characters, character kinds) a non-empty match of the parsed sequence `items` can start with,
    and whether the sequence can match the empty string; None when that is not known (any character,
    a negated class, a back-reference, case folding)."""
    from re import _constants as c

    chars: set[str] = set()
    kinds: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av))
            return chars, kinds, False
        if op is c.IN:
            for sub_op, sub_av in av:
                if sub_op is c.LITERAL:
                    chars.add(chr(sub_av))
                elif sub_op is c.RANGE and sub_av[1] - sub_av[0] <= _RANGE_MAX:
                    chars.update(map(chr, range(sub_av[0], sub_av[1] + 1)))
                elif sub_op is c.CATEGORY and str(sub_av) in _KIND_OF_CATEGORY:
                    kinds.add(_KIND_OF_CATEGORY[str(sub_av)])
                    if str(sub_av) == "CATEGORY_WORD":
                        chars.add("_")
                else:
                    return None
            return chars, kinds, False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the match starts with what follows
        if op is c.SUBPATTERN:
            if av[1] & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE):
                return None
            inner = first_of(av[-1])
            nullable_here = None if inner is None else inner[2]
            branches = [inner]
        elif op is c.BRANCH:
            branches = [first_of(b) for b in av[1]]
            nullable_here = None if None in branches else any(b[2] for b in branches)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            inner = first_of(av[2])
            branches = [inner]
            nullable_here = None if inner is None else av[0] == 0 or inner[2]
        else:
            return None
        if nullable_here is None:
            return None
        for b in branches:
            chars |= b[0]
            kinds |= b[1]
        if not nullable_here:
            return chars, kinds, False
    return chars, kinds, True




def parsed_pattern(pattern: str):
    """re's parse of `pattern`; None when it folds case (its first characters are not the ones written)
    or this Python's parser cannot be read."""
    from re import _constants as c
    from re import _parser

    try:
        parsed = _parser.parse(pattern)
    except Exception:
        return None
    if parsed.state.flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE):
        return None
    return parsed


def first_characters(pattern: re.Pattern[str]) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """(the characters, the str methods of the character kinds) a non-empty match of `pattern` can
    start with; None when not known."""
    if pattern.flags & (re.IGNORECASE | re.LOCALE):
        return None
    parsed = parsed_pattern(pattern.pattern)
    first = None if parsed is None else first_of(list(parsed))
    return None if first is None else (frozenset(first[0]), tuple(sorted(first[1])))


def may_start(pattern: re.Pattern[str]):
    """A test of one character: False only when no match of `pattern` can start with it."""
    first = first_characters(pattern)
    if first is None:
        return lambda ch: True
    chars, kinds = first
    if not kinds:
        return chars.__contains__
    if kinds == ("isdecimal",):
        return lambda ch: ch in chars or ch.isdecimal()
    return lambda ch: ch in chars or any(getattr(ch, kind)() for kind in kinds)
