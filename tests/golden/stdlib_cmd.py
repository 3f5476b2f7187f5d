import cmd
import io
import sys


class Shell(cmd.Cmd):
    """A test shell."""
    intro = "Welcome to the shell."
    prompt = "(test) "

    def preloop(self):
        print("preloop")

    def postloop(self):
        print("postloop")

    def precmd(self, line):
        print("precmd", repr(line))
        return line.lower() if line.startswith("UP") else line

    def postcmd(self, stop, line):
        print("postcmd", stop, repr(line))
        return stop

    def do_greet(self, arg):
        """greet [name]: say hello"""
        print("hello", repr(arg))

    def do_add(self, arg):
        print(sum(int(x) for x in arg.split()))

    def do_shell(self, arg):
        print("shell:", repr(arg))

    def do_undocumented_one(self, arg):
        pass

    def help_add(self):
        print("add numbers")

    def help_topic(self):
        print("a topic")

    def do_quit(self, arg):
        "Quit the shell"
        print("bye")
        return True

    def do_EOF(self, arg):
        print("EOF reached")
        return True


out = io.StringIO()
sh = Shell(stdin=io.StringIO("greet world\n\nadd 1 2 3\n?add\n!ls -l\n  greet   spaced  \nnosuch x\n$%^\nup_is_lower\nquit\ngreet after\n"), stdout=out)
sh.use_rawinput = False
sh.cmdloop()
print(out.getvalue())

out = io.StringIO()
sh = Shell(stdin=io.StringIO("greet a\n"), stdout=out)
sh.use_rawinput = False
sh.cmdloop(intro="Custom intro")
print(out.getvalue())
print(repr(sh.lastcmd))

out = io.StringIO()
sh = Shell(stdout=out)
sh.onecmd("help")
sh.onecmd("help greet")
sh.onecmd("help add")
sh.onecmd("help topic")
sh.onecmd("help nothing")
sh.onecmd("help quit")
sh.onecmd("help undocumented_one")
print(out.getvalue())
print(sh.parseline("greet  x y "), sh.parseline(""), sh.parseline("?x"), sh.parseline("!!"),
      sh.parseline("a-b c"), sh.parseline("123abc def"))
print(cmd.Cmd().parseline("!ls"))
print(sorted(sh.completenames("g")), sorted(sh.completenames("")), sorted(sh.complete_help("t")),
      sh.completedefault("x"))
sh.completion_matches = ["greet", "gone"]
print(sh.complete("g", 1), sh.complete("g", 5))
sh.cmdqueue = ["greet queued", "quit"]
sh.intro = None
sh.cmdloop()

c = cmd.Cmd(stdout=out)
out.truncate(0)
out.seek(0)
c.columnize([])
c.columnize(["one"])
c.columnize(["a", "bb", "ccc", "dddd", "eeeee"], 10)
c.columnize(["word%d" % i for i in range(40)])
c.columnize(["x" * 50, "y" * 50], 60)
c.columnize([str(i) * (i % 7 + 1) for i in range(30)], 40)
print(out.getvalue())
try:
    c.columnize(["a", 1, "b", None])
except TypeError as e:
    print(type(e).__name__, e)
out.truncate(0)
out.seek(0)
c.onecmd("help")
c.onecmd("")
c.onecmd("  ")
c.onecmd("bogus")
c.ruler = ""
c.doc_leader = "Leader"
c.print_topics("Header", ["a", "b"], 15, 80)
c.print_topics("Empty", [], 15, 80)
print(out.getvalue())
print(cmd.PROMPT, cmd.IDENTCHARS, cmd.__all__, cmd.Cmd.nohelp, cmd.Cmd.use_rawinput)


class Rep(cmd.Cmd):
    def do_count(self, arg):
        self.n = getattr(self, "n", 0) + 1
        print("count", self.n)

    def do_EOF(self, arg):
        print("done")
        return True

r = Rep()
r.onecmd("count")
r.onecmd("")
r.onecmd("")
print(r.lastcmd)
r.cmdloop()
