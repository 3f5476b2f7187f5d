# readline without a terminal: the history list (add, get by 1-based index, remove and
# replace by 0-based position, clear, its length), history files written and read back
# (with set_history_length cutting the file), completer delimiters, completer and hook
# setters with their TypeErrors, and input() still reading piped stdin after the import.
import os
import readline
import tempfile

print(readline.get_current_history_length(), readline.get_history_length())
for line in ["first", "second", "third", "fourth"]:
    readline.add_history(line)
print(readline.get_current_history_length())
print([readline.get_history_item(i) for i in range(0, 6)])
readline.remove_history_item(0)
readline.replace_history_item(1, "THIRD")
print([readline.get_history_item(i) for i in range(1, readline.get_current_history_length() + 1)])
for bad in (99, -1):
    try:
        readline.remove_history_item(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    readline.replace_history_item(50, "x")
except ValueError as e:
    print("ValueError:", e)
for call, args in ((readline.add_history, (3,)), (readline.parse_and_bind, (None,)),
                   (readline.set_completer_delims, (b" ",)), (readline.insert_text, (1.5,)),
                   (readline.replace_history_item, (0, 3)), (readline.get_history_item, ("x",)),
                   (readline.read_history_file, (3,)), (readline.set_history_length, ("x",))):
    try:
        call(*args)
    except TypeError as e:
        print("TypeError:", e)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "hist")
    readline.write_history_file(path)
    readline.clear_history()
    print("cleared:", readline.get_current_history_length(), readline.get_history_item(1))
    readline.read_history_file(path)
    n = readline.get_current_history_length()
    print("read back:", n, [readline.get_history_item(i) for i in range(1, n + 1)])
    readline.set_history_length(2)
    print(readline.get_history_length())
    readline.write_history_file(path)
    readline.clear_history()
    readline.read_history_file(path)
    n = readline.get_current_history_length()
    print("cut to 2:", n, [readline.get_history_item(i) for i in range(1, n + 1)])
    readline.set_history_length(-1)
    try:
        readline.read_history_file(os.path.join(d, "missing"))
    except OSError as e:
        print(type(e).__name__, e.errno)
readline.clear_history()
print(readline.get_current_history_length())

print(repr(readline.get_completer_delims()))
readline.set_completer_delims(" .")
print(repr(readline.get_completer_delims()))
print(readline.get_completer())


def completer(text, state):
    return None


readline.set_completer(completer)
print(readline.get_completer() is completer)
readline.set_completer()
print(readline.get_completer())
readline.set_completer(completer)
readline.set_completer(None)
print(readline.get_completer())
for setter in (readline.set_completer, readline.set_startup_hook, readline.set_pre_input_hook):
    try:
        setter(42)
    except TypeError as e:
        print("TypeError:", e)
readline.set_startup_hook(lambda: None)
readline.set_startup_hook()
readline.parse_and_bind("tab: complete")
print(repr(readline.get_line_buffer()), readline.get_begidx(), readline.get_endidx())
readline.set_auto_history(False)

# stdin becomes a pipe holding two lines: not a terminal, so input() reads it plainly
r, w = os.pipe()
os.write(w, b"line one\n  line two  \n")
os.close(w)
os.dup2(r, 0)
os.close(r)
print("read:", repr(input()))
print("read with prompt:", repr(input("> ")))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
print(readline.get_current_history_length())
