# rlcompleter.Completer: complete(text, state) over a namespace dict (keywords with their
# trailing space or colon, the namespace's names, builtins; "(" after callables and
# "()" after those taking no arguments), attribute completion of dotted names (private
# names only when asked or when nothing else matches, properties not evaluated), a blank
# text, a bad namespace; and the completer importing rlcompleter installs in readline.
import readline
import rlcompleter


class Gadget:
    colour = "red"

    def __init__(self):
        self.size = 3
        self._secret = 1

    def switch_on(self):
        pass

    def reset(self, hard=False):
        pass

    @property
    def weight(self):
        raise RuntimeError("a property is not evaluated")


def zero_args():
    pass


def all_completions(completer, text):
    out = []
    state = 0
    while True:
        word = completer.complete(text, state)
        if word is None:
            return out
        out.append(word)
        state += 1


ns = {"gadget": Gadget(), "Gadget": Gadget, "zero_args": zero_args, "zeta": 1, "whatever": None, "_hidden": 2}
c = rlcompleter.Completer(ns)
for text in ["ze", "wh", "wi", "tr", "fi", "Gad", "_h", "gadget.", "gadget.s", "gadget._", "gadget.__dic",
             "Gadget.re", "nothing.at", "zeta.real", "gadget.weight", "1.rea"]:
    print(repr(text), all_completions(c, text))
print(repr(c.complete("   ", 0)), repr(c.complete("", 1)))
print(sorted(c.global_matches("pri")), c.attr_matches("x"))
try:
    rlcompleter.Completer([1])
except TypeError as e:
    print("TypeError:", e)
print(rlcompleter.Completer({}).complete("pass", 0), rlcompleter.Completer({}).complete("els", 0))
print(readline.get_completer().__self__.__class__.__name__, readline.get_completer().__name__)
print(sorted(rlcompleter.get_class_members(bool))[:3])
main = rlcompleter.Completer()
print(all_completions(main, "all_compl"), all_completions(main, "Gadget.sw"))
