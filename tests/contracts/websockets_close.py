# websockets closing paths (expected output written by hand): server.close() sends 1001 to open connections, a message over max_size fails the connection with 1009, ten concurrent clients, broadcast, the submodules
import asyncio
import websockets
from websockets.exceptions import ConnectionClosedOK
from websockets.server import serve
from websockets.client import connect

async def slow(ws):
    try:
        await ws.recv()
    except websockets.ConnectionClosed as e:
        print("server side:", type(e).__name__, e)

async def echo(ws):
    async for m in ws:
        await ws.send(m)

async def main():
    server = await websockets.serve(slow, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    ws = await websockets.connect(f"ws://127.0.0.1:{port}")
    server.close()
    await server.wait_closed()
    try:
        await ws.recv()
    except websockets.ConnectionClosed as e:
        print("client side:", type(e).__name__, e)

    async with websockets.serve(echo, "127.0.0.1", 0, max_size=1000) as server:
        port = server.sockets[0].getsockname()[1]
        async with websockets.connect(f"ws://127.0.0.1:{port}") as ws:
            await ws.send("x" * 2000)
            try:
                await ws.recv()
            except websockets.ConnectionClosed as e:
                print("too big:", type(e).__name__, e)
        async def client(i):
            async with websockets.connect(f"ws://127.0.0.1:{port}") as ws:
                for j in range(3):
                    await ws.send(f"{i}-{j}")
                    assert await ws.recv() == f"{i}-{j}"
                return i
        print(await asyncio.gather(*(client(i) for i in range(10))))

async def broadcasting():
    joined = []
    done = asyncio.Event()

    async def register(ws):
        joined.append(ws)
        if len(joined) == 3:
            websockets.broadcast(joined, "news for all")
        await done.wait()

    async with serve(register, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        clients = [await connect(f"ws://127.0.0.1:{port}") for _ in range(3)]
        print([await c.recv() for c in clients], len(server.websockets))
        done.set()
        for c in clients:
            try:
                await c.recv()
            except ConnectionClosedOK as e:
                print(type(e).__module__, e.code)


asyncio.run(main())
asyncio.run(broadcasting())
