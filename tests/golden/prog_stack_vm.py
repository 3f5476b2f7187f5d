PROGRAM = """
    push 10
    store n
    push 0
    store acc
loop:
    load n
    jz end
    load acc
    load n
    add
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
end:
    load acc
    print
    push 7
    push 0
    div
    halt
"""
class VMError(Exception):
    pass
def assemble(src):
    code, labels = [], {}
    for line in src.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
        else:
            parts = line.split()
            code.append((parts[0], parts[1] if len(parts) > 1 else None))
    return code, labels
def run(code, labels, trace=False):
    stack, mem, pc, steps = [], {}, 0, 0
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(int(arg))
        elif op == "store":
            mem[arg] = stack.pop()
        elif op == "load":
            if arg not in mem:
                raise VMError("undefined variable %r" % arg)
            stack.append(mem[arg])
        elif op in ("add", "sub", "mul", "div"):
            b, a = stack.pop(), stack.pop()
            if op == "div":
                if b == 0:
                    raise VMError("division by zero at pc=%d" % (pc - 1))
                stack.append(a // b)
            else:
                stack.append(a + b if op == "add" else a - b if op == "sub" else a * b)
        elif op == "jz":
            if stack.pop() == 0:
                pc = labels[arg]
        elif op == "jmp":
            pc = labels[arg]
        elif op == "print":
            print("OUT:", stack[-1])
        elif op == "halt":
            break
        else:
            raise VMError("unknown op %r" % op)
    return steps, stack, mem
code, labels = assemble(PROGRAM)
print(len(code), labels)
try:
    run(code, labels)
except VMError as e:
    print("VMError:", e)
code2, labels2 = assemble("push 6\npush 7\nmul\nprint\nhalt\npush 1")
print(run(code2, labels2))
for src in ["load x", "bogus", "push 1\npop"]:
    try:
        print(run(*assemble(src)))
    except VMError as e:
        print("VMError:", e)
