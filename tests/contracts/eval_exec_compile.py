# A compiled program has no interpreter: eval(), exec() and compile() of source raise
# NotImplementedError with a message that says so, catchable like any exception.
for name, f, arg in (("eval", eval, "1 + 1"), ("exec", exec, "x = 1"), ("compile", compile, "1")):
    try:
        f(arg) if name != "compile" else f(arg, "<string>", "eval")
    except NotImplementedError as e:
        print(name, "->", type(e).__name__ + ":", e)
print(callable(compile), compile.__name__)
eval("2 * 21")
