# asyncio streams over TCP on 127.0.0.1: start_server + open_connection echo, readline, readexactly, readuntil, read, write_eof, IncompleteReadError, LimitOverrunError, async iteration by line, concurrent clients
import asyncio


async def echo_upper(reader, writer):
    peer = writer.get_extra_info('peername')
    assert peer[0] == '127.0.0.1' and isinstance(peer[1], int)
    async for line in reader:
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def lines_and_sizes(reader, writer):
    # a header line, then a 4-byte size and that many bytes, until EOF
    header = await reader.readline()
    writer.write(b'header=' + header)
    while True:
        try:
            size = int(await reader.readexactly(4))
        except asyncio.IncompleteReadError as e:
            writer.write(b'incomplete partial=%r expected=%r\n' % (e.partial, e.expected))
            break
        body = await reader.readexactly(size)
        writer.write(b'body=' + body + b'\n')
    writer.close()


async def echo_client(port, name, n):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    got = []
    for i in range(n):
        writer.write(f'{name} message {i}\n'.encode())
        await writer.drain()
        got.append((await reader.readline()).decode().rstrip('\n'))
    writer.write_eof()
    rest = await reader.read()
    writer.close()
    await writer.wait_closed()
    return got, rest


async def main():
    server = await asyncio.start_server(echo_upper, '127.0.0.1', 0)
    host, port = server.sockets[0].getsockname()[:2]
    print('listening on', host, type(port).__name__, server.is_serving())
    async with server:
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        sock = writer.get_extra_info('sockname')
        print('client sockname host', sock[0], writer.get_extra_info('peername') == (host, port))
        print('unknown extra info', writer.get_extra_info('nothing', 'default'))
        writer.writelines([b'first ', b'line\n', b'second line\n', b'third\n'])
        await writer.drain()
        print(await reader.readline())
        print(await reader.readuntil(b' '))
        print(await reader.readexactly(5))
        print(await reader.read(3))
        print(await reader.read(100))
        print('at_eof before eof:', reader.at_eof(), 'is_closing:', writer.is_closing())
        writer.write(b'no newline at the end')
        writer.write_eof()
        print(await reader.read())
        print('at_eof:', reader.at_eof(), await reader.read(), await reader.readline())
        try:
            await reader.readexactly(3)
        except asyncio.IncompleteReadError as e:
            print('IncompleteReadError:', e, e.partial, e.expected)
        try:
            await reader.readuntil(b'!')
        except asyncio.IncompleteReadError as e:
            print('IncompleteReadError:', e, e.expected)
        writer.close()
        print('is_closing after close:', writer.is_closing())
        await writer.wait_closed()

        # several clients at once: each sees its own replies in order
        results = await asyncio.gather(*(echo_client(port, f'client{k}', k + 1) for k in range(4)))
        for got, rest in results:
            print(got, rest)
    print('serving after async with:', server.is_serving(), server.sockets)

    server2 = await asyncio.start_server(lines_and_sizes, '127.0.0.1', 0)
    port2 = server2.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port2)
    writer.write(b'hello header\n0005abcde0003xyz00')
    writer.write_eof()
    async for line in reader:
        print('reply', line)
    writer.close()
    await writer.wait_closed()
    server2.close()
    await server2.wait_closed()

    # connecting to a closed port
    try:
        await asyncio.open_connection('127.0.0.1', port2)
    except OSError as e:
        print(type(e).__name__, isinstance(e, ConnectionRefusedError))


async def reader_without_network():
    # a StreamReader fed by hand: the limit, LimitOverrunError, readline's ValueError
    reader = asyncio.StreamReader(limit=8)
    reader.feed_data(b'short\nmuch too long line\nrest')
    print(await reader.readline())
    try:
        await reader.readuntil(b'\n')
    except asyncio.LimitOverrunError as e:
        print('LimitOverrunError:', e, e.consumed)
    try:
        await reader.readline()
    except ValueError as e:
        print('ValueError:', e)
    print(await reader.read(2))
    try:
        await reader.readuntil(b'')
    except ValueError as e:
        print('ValueError:', e)
    try:
        await reader.readexactly(-1)
    except ValueError as e:
        print('ValueError:', e)
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print('ValueError:', e)
    reader.feed_eof()
    print(await reader.read(), reader.at_eof(), await reader.read(5), await reader.readexactly(0))
    reader = asyncio.StreamReader()
    reader.set_exception(ConnectionResetError('peer went away'))
    try:
        await reader.read()
    except ConnectionResetError as e:
        print('ConnectionResetError:', e)
    e = asyncio.IncompleteReadError(b'abc', 10)
    print(str(e), e.partial, e.expected, isinstance(e, EOFError))


asyncio.run(main())
asyncio.run(reader_without_network())
print('done')
