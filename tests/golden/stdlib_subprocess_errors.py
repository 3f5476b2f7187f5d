# subprocess errors: FileNotFoundError/PermissionError from exec, CalledProcessError and TimeoutExpired texts, signals, argument checks
import subprocess

def show(fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
        print("ok", result)
    except subprocess.CalledProcessError as e:
        print("CalledProcessError:", e, "|", e.returncode, e.cmd, e.output, e.stdout, e.stderr)
    except subprocess.TimeoutExpired as e:
        print("TimeoutExpired:", e, "|", e.cmd, e.timeout, e.output, e.stderr)
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(subprocess.run, ["nosuchprog"])
show(subprocess.run, "nosuchprog")
show(subprocess.Popen, ["/no/such/dir/prog", "arg"])
show(subprocess.run, ["/etc/passwd"])
show(subprocess.run, ["/"])
show(subprocess.run, ["echo"], cwd="/no/such/dir")
show(subprocess.run, ["sh", "-c", "true"], executable="/no/such/shell")
show(subprocess.run, ["echo", "x"], executable="/bin/echo", capture_output=True)
try:
    subprocess.run(["nosuchprog"])
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, isinstance(e, OSError))

show(subprocess.check_call, ["false"])
show(subprocess.check_call, "exit 3", shell=True)
show(subprocess.check_output, ["sh", "-c", "echo partial; exit 5"])
show(subprocess.check_output, "echo t; exit 2", shell=True, text=True, stderr=subprocess.STDOUT)
show(subprocess.run, ["sh", "-c", "echo o; echo e >&2; exit 1"], capture_output=True, check=True)
show(subprocess.run, ["sh", "-c", "kill -9 $$"], check=True)
show(subprocess.run, ["sh", "-c", "kill -TERM $$"], check=True)
show(subprocess.check_call, ["sh", "-c", "kill -INT $$"])
r = subprocess.run(["sh", "-c", "kill -9 $$"])
print(r.returncode, r)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.CalledProcessError(-99, "x"))
print(subprocess.CalledProcessError(2, ["a", "b"]))
print(repr(subprocess.CalledProcessError(1, "cmd", b"out")), subprocess.CalledProcessError(1, "cmd", b"out").stdout)
e = subprocess.TimeoutExpired("cmd", 2.5, output=b"o")
print(e, e.stdout, e.output, e.stderr)
e.stdout = b"changed"
print(e.output)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError),
      issubclass(subprocess.SubprocessError, Exception))

# timeouts
show(subprocess.run, ["sleep", "5"], timeout=0.05, capture_output=True)
show(subprocess.run, ["sh", "-c", "echo started; exec sleep 5"], timeout=1.0, stdout=subprocess.PIPE)
show(subprocess.call, ["sleep", "5"], timeout=0.05)
show(subprocess.check_output, ["sleep", "5"], timeout=0.05)
p = subprocess.Popen(["sleep", "5"])
show(p.wait, timeout=0.05)
print(p.poll())
p.terminate()
print(p.wait(), p.returncode)
p = subprocess.Popen(["sleep", "5"], stdout=subprocess.PIPE)
show(p.communicate, timeout=0.05)
p.kill()
print(p.communicate(), p.returncode)
p = subprocess.Popen(["sleep", "5"])
p.send_signal(2)
print(p.wait())
p.kill()
p.send_signal(15)
print(p.returncode)

# argument checks
show(subprocess.run, ["cat"], input=b"x", stdin=subprocess.PIPE)
show(subprocess.run, ["true"], capture_output=True, stdout=subprocess.PIPE)
show(subprocess.check_output, ["true"], stdout=subprocess.PIPE)
show(subprocess.Popen, ["true"], text=True, universal_newlines=False)
show(subprocess.Popen, ["true"], bufsize="big")
show(subprocess.Popen, [])
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.communicate(b"once")
show(p.communicate, b"twice")
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
