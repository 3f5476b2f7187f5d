# subprocess.Popen's child set-up: umask, process_group, user, group, extra_groups and
# preexec_fn, in CPython's order and with its errors.
import os
import subprocess
import sys

print(subprocess.run(["sh", "-c", "umask"], umask=0o077, capture_output=True, text=True).stdout.strip())
print(subprocess.run(["sh", "-c", "umask"], umask=0o022, capture_output=True, text=True).stdout.strip())

# process_group=0: the child leads a new process group; without it, it is in ours
script = 'read -r line < /proc/$$/stat; set -- $line; echo $1 $5'
for kw in ({"process_group": 0}, {}):
    pid, pgid = subprocess.run(["sh", "-c", script], capture_output=True, text=True, **kw).stdout.split()
    print(kw, pid == pgid)

# the ids the process has already are always allowed
out = subprocess.run(["id", "-u"], user=os.getuid(), capture_output=True, text=True).stdout.strip()
print(out == str(os.getuid()))
out = subprocess.run(["id", "-g"], group=os.getgid(), capture_output=True, text=True).stdout.strip()
print(out == str(os.getgid()))
import pwd, grp
me = pwd.getpwuid(os.getuid()).pw_name
mygroup = grp.getgrgid(os.getgid()).gr_name
out = subprocess.run(["id", "-un"], user=me, group=mygroup, capture_output=True, text=True).stdout.strip()
print(out == me)
try:
    out = subprocess.run(["id", "-G"], extra_groups=[os.getgid()], capture_output=True, text=True).stdout.split()
    print("extra_groups", str(os.getgid()) in out)
except PermissionError as e:   # setgroups needs privilege: the child's error reaches the parent
    print("extra_groups", str(os.getgid()) in str(e) or e.errno == 1)

# preexec_fn runs in the child, before the exec
def in_child():
    os.environ["FROM_PREEXEC"] = "set in the child"
    print("preexec runs in", "the child" if os.getpid() != parent else "the parent", flush=True)

parent = os.getpid()
sys.stdout.flush()   # the child inherits what is still buffered
r = subprocess.run(["sh", "-c", "echo $FROM_PREEXEC"], preexec_fn=in_child, capture_output=True, text=True)
print(r.stdout.splitlines())
print("FROM_PREEXEC" in os.environ)

def fails():
    raise ValueError("no")

try:
    subprocess.run(["true"], preexec_fn=fails)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)

# errors found before the fork
for kw in [{"user": -1}, {"user": 1.5}, {"group": -2}, {"group": []}, {"extra_groups": "wheel"},
           {"extra_groups": [1.5]}, {"extra_groups": [-3]}, {"user": "no such user"},
           {"group": "no such group"}, {"extra_groups": ["no such group"]}]:
    try:
        subprocess.run(["true"], **kw)
    except Exception as e:
        print(kw, type(e).__name__, e)
print(sys.argv[0] != "", "done")
