import getopt
import os

os.environ.pop("POSIXLY_CORRECT", None)

print(getopt.getopt(["-a", "1", "-bc", "x", "y"], "a:bc"))
print(getopt.getopt(["-a1", "--alpha=2", "--beta", "rest", "-b"], "a:b", ["alpha=", "beta"]))
print(getopt.getopt(["--al", "v", "--be", "--", "-a"], "a:", ["alpha=", "beta"]))
print(getopt.getopt(["-", "-a"], "a"))
print(getopt.getopt([], "a"))
print(getopt.getopt(["--alpha"], "", "alpha"))
print(getopt.getopt(["-cfoo"], "c:"))
print(getopt.getopt(["--opt="], "", ["opt="]))
print(getopt.gnu_getopt(["x", "-a", "y", "--beta", "z", "--", "-b"], "ab", ["beta"]))
print(getopt.gnu_getopt(["x", "-a", "y"], "+a"))
print(getopt.gnu_getopt(["-", "-a"], "a"))
os.environ["POSIXLY_CORRECT"] = "1"
print(getopt.gnu_getopt(["x", "-a", "y"], "a"))
del os.environ["POSIXLY_CORRECT"]

cases = [
    (["-z"], "ab", []),
    (["-a"], "a:", []),
    (["--foo"], "", ["bar"]),
    (["--b"], "", ["beta", "bravo"]),
    (["--beta=1"], "", ["beta"]),
    (["--beta"], "", ["beta="]),
    (["-:"], "a:", []),
]
for args, short, longs in cases:
    try:
        getopt.getopt(args, short, longs)
    except getopt.GetoptError as e:
        print(type(e).__name__, e, repr(e.msg), repr(e.opt), e.args)

print(getopt.error is getopt.GetoptError)
e = getopt.GetoptError("boom")
print(str(e), repr(e.opt), e.args)
print(issubclass(getopt.GetoptError, Exception))
print(getopt.__all__)
print(getopt.short_has_arg("a", "a:b"), getopt.short_has_arg("b", "a:b"), getopt.long_has_args("al", ["alpha=", "beta"]),
      getopt.long_has_args("beta", ["beta", "betamax="]), getopt.do_shorts([], "ab", "ab", ["x"]),
      getopt.do_shorts([("-z", "")], "a", "a:", ["v", "w"]), getopt.do_longs([], "alpha=1", ["alpha="], ["r"]),
      getopt.do_longs([], "be", ["beta"], []))
getopt.getopt(["-q"], "a")
