# __file__, code objects and tracebacks name the main script by its absolute path, as
# CPython does: data files next to the script are found from any working directory.
import os
import sys
import traceback

print(os.path.isabs(__file__), os.path.basename(__file__))
print(os.path.normpath(__file__) == __file__)
here = os.path.dirname(__file__)
print(os.path.exists(os.path.join(here, "main_file_absolute.py")))
print(os.path.isfile(os.path.join(here, os.path.basename(__file__))))

def f():
    pass

print(f.__code__.co_filename == __file__)
try:
    {}["k"]
except KeyError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_filename == __file__)
    entry = traceback.extract_tb(tb)[0]
    print(entry.filename == __file__, entry.lineno, entry.line)
print(os.path.isabs(sys.argv[0]) == os.path.isabs(sys.argv[0]))
