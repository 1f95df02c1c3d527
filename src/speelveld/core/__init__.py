"""The pure analysis core of Speelveld: plain data in, plain data out, no Django.

A test keeps this package free of Django and web imports, so it runs unchanged on national data
and on map-partitions of a distributed engine.
"""

from speelveld.core.cbs import CodeProblem, Level, ParsedCode, check_parent, parent_code, parse_code

__all__ = ["CodeProblem", "Level", "ParsedCode", "check_parent", "parent_code", "parse_code"]
