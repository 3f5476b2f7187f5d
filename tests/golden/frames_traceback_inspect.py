# traceback.extract_stack/format_stack/print_stack/walk_stack, inspect.currentframe/stack/getframeinfo/getouterframes/trace, traceback frames' f_back
import inspect
import io
import os
import sys
import traceback


def short(text):
    return text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")


def show_stack():
    for fs in traceback.extract_stack():
        print("  ", os.path.basename(fs.filename), fs.lineno, fs.name, fs.line)
    print("limit 2:", [fs.name for fs in traceback.extract_stack(limit=2)])
    print("limit -1:", [fs.name for fs in traceback.extract_stack(limit=-1)])
    for line in traceback.format_stack():
        print(short(line), end="")
    buf = io.StringIO()
    traceback.print_stack(file=buf)
    print(short(buf.getvalue()), end="")
    here = sys._getframe()
    print([(f.f_code.co_name, n) for f, n in traceback.walk_stack(here)])
    print([fs.name for fs in traceback.extract_stack(here.f_back)])


def level_two():
    show_stack()


def level_one():
    level_two()


level_one()


def who():
    frame = inspect.currentframe()
    print("current:", frame.f_code.co_name, frame.f_lineno, inspect.isframe(frame), inspect.isframe(who))
    print("caller:", frame.f_back.f_code.co_name, inspect.getlineno(frame.f_back))
    info = inspect.getframeinfo(frame)
    print(os.path.basename(info.filename), info.lineno, info.function, info.code_context, info.index)
    print(info[2], len(info), info.positions.lineno)
    wide = inspect.getframeinfo(frame.f_back, context=3)
    print(wide.function, wide.index, [line.strip() for line in wide.code_context])
    print(inspect.getframeinfo(frame, context=0).code_context)
    for record in inspect.stack():
        print("  stack:", record.function, record.lineno, os.path.basename(record.filename),
              record.code_context, record.index, record[3] == record.function, record.frame.f_code.co_name)
    print([r.function for r in inspect.getouterframes(frame.f_back)])
    print(os.path.basename(inspect.getfile(frame)), os.path.basename(inspect.getsourcefile(frame)))
    try:
        inspect.getframeinfo(42)
    except AttributeError as e:
        print("AttributeError:", e)


class Tool:
    def use(self):
        who()


Tool().use()


# the frames of a traceback know their callers
def fail(n):
    if n == 0:
        raise KeyError("deep")
    fail(n - 1)


def catcher():
    try:
        fail(2)
    except KeyError as e:
        tb = e.__traceback__
        frames = []
        while tb is not None:
            f = tb.tb_frame
            back = f.f_back
            frames.append((f.f_code.co_name, tb.tb_lineno, back.f_code.co_name if back else None))
            tb = tb.tb_next
        print(frames)
        inner = e.__traceback__
        while inner.tb_next is not None:
            inner = inner.tb_next
        chain = []
        f = inner.tb_frame
        while f is not None:
            chain.append(f.f_code.co_name)
            f = f.f_back
        print(chain)
        print([(r.function, r.lineno) for r in inspect.trace()])
        print([fs.name for fs in traceback.extract_stack(inner.tb_frame)])


def run_catcher():
    catcher()


run_catcher()


def gen_stack():
    yield [fs.name for fs in traceback.extract_stack()]
    yield [r.function for r in inspect.stack()]


def iterate():
    for names in gen_stack():
        print(names)


iterate()
print(traceback.extract_stack()[-1].name, len(traceback.extract_stack()))
