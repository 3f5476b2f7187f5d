# subprocess: run/Popen/call/check_output/getoutput with pipes, input, text mode, env, cwd, files, big data through communicate, pass_fds and start_new_session
import os
import subprocess
import sys

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
r.check_returncode()
r = subprocess.run("echo out; echo err >&2; exit 3", shell=True, capture_output=True, text=True)
print(r)
r = subprocess.run(["sh", "-c", "exit 7"])
print(r, r.stdout, r.stderr)
print(subprocess.run(["true"]).returncode, subprocess.run(["false"]).returncode)

# input, text and universal_newlines
print(subprocess.run(["cat"], input=b"bytes in", capture_output=True).stdout)
print(repr(subprocess.run(["cat"], input="a\r\nb\rc\n", capture_output=True, text=True).stdout))
print(repr(subprocess.run(["cat"], input="u\n", stdout=subprocess.PIPE, universal_newlines=True).stdout))
print(repr(subprocess.run(["printf", "caf\\303\\251 \\377"], capture_output=True, encoding="utf-8", errors="replace").stdout))
print(subprocess.check_output(["tr", "a-z", "A-Z"], input=b"shout"))
print(subprocess.check_output("echo $((6 * 7))", shell=True, text=True))

# stderr=STDOUT, DEVNULL, env, cwd
r = subprocess.run("echo one; echo two >&2", shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(r.stdout.split()), r.stderr)
r = subprocess.run("echo gone; echo gone2 >&2", shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(r)
print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True).stdout)
env = {"GREETING": "hi there", "PATH": os.environ.get("PATH", "/bin:/usr/bin")}
print(subprocess.run(["sh", "-c", 'echo "$GREETING"; echo "${HOME:-no home}"'], env=env, capture_output=True, text=True).stdout)
print(subprocess.run(["pwd"], cwd="/", capture_output=True, text=True).stdout)
print(subprocess.run("pwd", shell=True, cwd="/usr", capture_output=True, text=True).stdout.strip())
print(subprocess.run(["sh", "-c", "echo $0 $1 $2", "zero", "one", "two"], capture_output=True, text=True).stdout)

# call, check_call, getoutput, getstatusoutput
print(subprocess.call(["sh", "-c", "exit 4"]), subprocess.call("exit 0", shell=True))
print(subprocess.check_call(["true"]))
print(subprocess.getoutput("echo first; echo second >&2"))
print(subprocess.getstatusoutput("echo bad; exit 2"))
print(subprocess.getstatusoutput("printf 'no newline'"))
print(subprocess.getstatusoutput("exit 1"))

# Popen: pipes used directly, stdin writes, iteration, poll/wait, repr, context manager
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.args, p.pid > 0, p.returncode, p.poll())
p.stdin.write(b"line one\nline two\n")
p.stdin.close()
print(p.stdout.readline(), p.stdout.read())
p.stdout.close()
print(p.wait(), p.returncode, p.poll(), p)
with subprocess.Popen(["sh", "-c", "printf 'x\\ny\\nz\\n'"], stdout=subprocess.PIPE, text=True) as p:
    print([line for line in p.stdout])
print(p.returncode, p.stdout.closed)
p = subprocess.Popen("exit 9", shell=True)
print(p.wait(), p)
p = subprocess.Popen(["echo", "a" * 100], stdout=subprocess.DEVNULL)
p.wait()
print(p)
out, err = subprocess.Popen(["sh", "-c", "echo o; echo e >&2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE).communicate()
print(out, err)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(p.communicate("text via communicate\n"))
print(subprocess.Popen(["true"]).communicate())

# big data both ways: communicate polls stdin, stdout and stderr together
data = bytes(range(256)) * 4000
r = subprocess.run(["sh", "-c", "cat; head -c 300000 /dev/zero >&2"], input=data, capture_output=True)
print(len(r.stdout), r.stdout == data, len(r.stderr), r.returncode)

# files and descriptors as stdin/stdout
path = "/tmp/_trc_subprocess_%d.txt" % os.getpid()
with open(path, "w") as f:
    subprocess.run(["echo", "into a file"], stdout=f)
with open(path) as f:
    print(f.read())
with open(path) as f:
    print(subprocess.run(["wc", "-c"], stdin=f, capture_output=True).stdout.split())
fd = os.open(path, os.O_RDONLY)
print(subprocess.run(["cat"], stdin=fd, capture_output=True).stdout)
os.close(fd)
os.remove(path)
sys.stdout.flush()

# pass_fds and close_fds: only the descriptors passed are inherited; start_new_session
import socket
a, b = socket.socketpair()
fd = b.fileno()
print(subprocess.run(["sh", "-c", "echo passed >&%d" % fd], pass_fds=[fd]).returncode, a.recv(100))
r = subprocess.run(["sh", "-c", "echo leaked >&%d" % fd], capture_output=True)
print(r.returncode != 0, r.stdout)
a.close(); b.close()
leader = "exec awk '{print ($6 == $1 ? \"leader\" : \"member\")}' /proc/self/stat"
print(subprocess.run(["sh", "-c", leader], start_new_session=True, capture_output=True, text=True).stdout,
      subprocess.run(["sh", "-c", leader], capture_output=True, text=True).stdout)
