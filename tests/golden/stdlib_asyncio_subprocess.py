# asyncio subprocesses: create_subprocess_exec/shell with stdin/stdout/stderr PIPE, communicate, wait, readline from stdout, return codes, kill, DEVNULL, STDOUT, a missing program
import asyncio
import sys
from asyncio.subprocess import PIPE, STDOUT, DEVNULL


async def main():
    proc = await asyncio.create_subprocess_exec('echo', 'hello', 'world', stdout=PIPE)
    out, err = await proc.communicate()
    print(out, err, proc.returncode)

    proc = await asyncio.create_subprocess_shell('echo to-out; echo to-err >&2; exit 3',
                                                 stdout=PIPE, stderr=PIPE)
    out, err = await proc.communicate()
    print(out, err, proc.returncode)

    proc = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    out, _ = await proc.communicate(b'line 1\nline 2\n' * 3)
    print(out.splitlines(), proc.returncode)

    proc = await asyncio.create_subprocess_exec('tr', 'a-z', 'A-Z', stdin=PIPE, stdout=PIPE)
    proc.stdin.write(b'streamed ')
    proc.stdin.write(b'input\n')
    await proc.stdin.drain()
    proc.stdin.close()
    print(await proc.stdout.readline(), await proc.stdout.read(), await proc.wait())

    proc = await asyncio.create_subprocess_shell('for i in 1 2 3; do echo n$i; done', stdout=PIPE)
    lines = [line async for line in proc.stdout]
    print(lines, await proc.wait(), proc.returncode)

    proc = await asyncio.create_subprocess_shell('echo both; echo streams >&2', stdout=PIPE, stderr=STDOUT)
    out, err = await proc.communicate()
    print(sorted(out.split()), err)

    proc = await asyncio.create_subprocess_shell('echo hidden; exit 0', stdout=DEVNULL)
    print(await proc.communicate(), proc.returncode)

    proc = await asyncio.create_subprocess_exec('sleep', '10')
    print('running:', proc.returncode)
    proc.kill()
    print('killed:', await proc.wait())
    try:
        proc.kill()
    except ProcessLookupError as e:
        print('ProcessLookupError', e)

    proc = await asyncio.create_subprocess_exec('sleep', '10')
    proc.terminate()
    print('terminated:', await proc.wait())

    # several children at once
    procs = [await asyncio.create_subprocess_shell(f'echo child {i}; exit {i}', stdout=PIPE)
             for i in range(3)]
    results = await asyncio.gather(*(p.communicate() for p in procs))
    print(results, [p.returncode for p in procs])

    try:
        await asyncio.create_subprocess_exec('/nonexistent/program', stdout=PIPE)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.filename)

    try:
        await asyncio.create_subprocess_shell(['echo'])
    except ValueError as e:
        print('ValueError', e)


asyncio.run(main())
