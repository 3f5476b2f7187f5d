# websockets client and server in one program on 127.0.0.1 (no websockets package under CPython here: expected output written by hand): echo, JSON, binary, close codes, ConnectionClosed, handshake errors
import asyncio
import json
import websockets


async def echo_handler(websocket):
    async for message in websocket:
        await websocket.send(f"Echo: {message}" if isinstance(message, str) else message[::-1])


async def inspect_handler(websocket, path):
    # the older two-argument handler signature
    await websocket.send(path)
    await websocket.send(websocket.request_headers.get("X-Token", "no token"))
    await websocket.send(str(websocket.remote_address[0]))
    code = int(await websocket.recv())
    await websocket.close(code, "closing from the server")


async def main():
    async with websockets.serve(echo_handler, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        uri = f"ws://127.0.0.1:{port}"

        async with websockets.connect(uri) as websocket:
            await websocket.send("Hello Server")
            print(f"Received: {await websocket.recv()}")
            print("open:", websocket.open, "closed:", websocket.closed)

        async with websockets.connect(uri) as ws:
            await ws.send(json.dumps({"type": "message", "content": "Hello"}))
            print(await ws.recv())
            await ws.send(b"\x00\x01binary")
            print(await ws.recv())
            await ws.send(["frag", "mented"])
            print(await ws.recv())
            big = "x" * 100000
            await ws.send(big)
            print(len(await ws.recv()))
            pong = await ws.ping()
            latency = await pong
            print("pong latency is a float:", isinstance(latency, float))
        print("after close:", ws.closed, ws.close_code, repr(ws.close_reason))
        try:
            await ws.send("too late")
        except websockets.ConnectionClosedOK as e:
            print("send after close:", type(e).__name__, e)
        try:
            await ws.recv()
        except websockets.ConnectionClosed as e:
            print("recv after close:", type(e).__name__, e.code, repr(e.reason))

        ws = await websockets.connect(uri, extra_headers={"Authorization": "Bearer token123"})
        await ws.send("Authenticated message")
        print(await ws.recv())
        await ws.close(4000, "custom reason")
        try:
            await ws.recv()
        except websockets.ConnectionClosedError as e:
            print("ConnectionClosedError:", e)
            print(e.rcvd.code, e.rcvd.reason, e.sent.code, e.rcvd_then_sent)

        try:
            await ws.send(123)
        except websockets.ConnectionClosed as e:
            print("closed before the type check:", type(e).__name__)
        async with websockets.connect(uri) as ws:
            try:
                await ws.send(123)
            except TypeError as e:
                print("TypeError:", e)
            try:
                await ws.send({"a": 1})
            except TypeError as e:
                print("TypeError:", e)

    print("serving:", server.is_serving())

    async with websockets.serve(inspect_handler, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        async with websockets.connect(f"ws://127.0.0.1:{port}/chat/room?x=1",
                                      additional_headers=[("X-Token", "abc")]) as ws:
            print(await ws.recv(), await ws.recv(), await ws.recv())
            await ws.send("1001")
            messages = [m async for m in ws]
            print("iteration ended normally:", messages, ws.close_code, ws.close_reason)
        async with websockets.connect(f"ws://127.0.0.1:{port}") as ws:
            print(await ws.recv(), await ws.recv(), await ws.recv())
            await ws.send("1011")
            try:
                async for m in ws:
                    pass
            except websockets.ConnectionClosedError as e:
                print("iteration error:", e)

    for bad in ["http://localhost", "ws://", "ws://host:port/"]:
        try:
            websockets.connect(bad)
        except websockets.InvalidURI as e:
            print("InvalidURI:", e, isinstance(e, websockets.WebSocketException))

    async def not_websocket(reader, writer):
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
        writer.close()

    http = await asyncio.start_server(not_websocket, "127.0.0.1", 0)
    port = http.sockets[0].getsockname()[1]
    try:
        async with websockets.connect(f"ws://127.0.0.1:{port}") as ws:
            pass
    except websockets.InvalidHandshake as e:
        print(type(e).__name__, e, e.status_code)
    http.close()

    try:
        async with websockets.connect(f"ws://127.0.0.1:{port}") as ws:
            pass
    except websockets.ConnectionClosed:
        print("Connection closed")
    except Exception as e:
        print(f"Error: {type(e).__name__}")

    h = websockets.Headers({"Content-Type": "text/plain"})
    h["Set-Cookie"] = "a=1"
    h["set-cookie"] = "b=2"
    print(h["content-type"], h.get_all("SET-COOKIE"), "set-cookie" in h, len(h))


asyncio.run(main())
print("done")
