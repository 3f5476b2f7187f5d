import sys
print(sys.version_info[0], sys.version_info[:2] >= (3, 11), sys.version_info.major, sys.version_info.minor >= 11)
print(sys.byteorder in ("little", "big"), type(sys.path).__name__, type(sys.modules).__name__, "sys" in sys.modules)
print(sys.getrecursionlimit() >= 1000, sys.getrecursionlimit() < 10 ** 7)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.min)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.width)
print(type(sys.stdout).__name__ != "", sys.stdout is not sys.stderr, hasattr(sys.stdin, "read"))
print(sys.maxunicode, chr(sys.maxunicode) != "")
print(sys.getdefaultencoding(), sys.flags.optimize)
