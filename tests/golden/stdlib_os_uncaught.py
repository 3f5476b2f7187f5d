# An uncaught FileNotFoundError from os.rename: both file names in the message.
import os

os.rename("no_such_file_for_trc_test.txt", "target.txt")
