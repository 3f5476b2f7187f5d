# contextvars: ContextVar get/set/reset with Tokens, copy_context and Context.run
# isolation, the Context mapping, per-thread contexts, and the error texts.
import contextvars
import threading
from contextvars import ContextVar, Context, Token, copy_context

request = ContextVar('request', default='none')
user = ContextVar('user')
print(request.name, request.get(), user.get('fallback'), user.get(None))
try:
    user.get()
except LookupError as e:
    print('LookupError', e.args[0] is user)

tok = user.set('alice')
print(user.get(), tok.var is user, tok.old_value is Token.MISSING, repr(Token.MISSING))
tok2 = user.set('bob')
print(user.get(), tok2.old_value)
user.reset(tok2)
print(user.get())
user.reset(tok)
print(user.get('unset'))

ctx = copy_context()
print(len(ctx), list(ctx), ctx.get(request), ctx.get(request, 'dflt'), request in ctx)


def handler(name):
    request.set(name)
    user.set(name.upper())
    return request.get(), user.get(), len(copy_context())


print(ctx.run(handler, 'first'))
print(request.get(), user.get('outside'))
print(ctx[request], ctx[user], sorted(v for v in ctx.values()), len(ctx.items()))
print(ctx.run(lambda: (request.get(), user.get())))
snapshot = ctx.copy()
ctx.run(request.set, 'second')
print(ctx[request], snapshot[request], snapshot == ctx, snapshot == snapshot.copy())
print(Context().run(lambda: request.get()), len(Context()))


def nested():
    request.set('nested')
    inner = copy_context()
    inner.run(request.set, 'inner only')
    return request.get(), inner[request]


print(copy_context().run(nested), request.get())

counter = ContextVar('counter', default=0)
seen = []


def worker():
    seen.append(('thread start', counter.get(), len(copy_context())))
    counter.set(100)
    seen.append(('thread after', counter.get()))


counter.set(5)
t = threading.Thread(target=worker)
t.start()
t.join()
print(seen, counter.get())


def show(f):
    try:
        print(f())
    except (TypeError, ValueError, RuntimeError, KeyError, LookupError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])


show(lambda: ContextVar(3))
show(lambda: user.reset(3))
t1 = user.set('x')
user.reset(t1)
show(lambda: user.reset(t1))
t2 = user.set('y')
show(lambda: request.reset(t2))
t3 = ctx.run(user.set, 'z')
show(lambda: user.reset(t3))
show(lambda: ctx[3])
show(lambda: Context().get('x'))
show(lambda: 3 in Context())
show(lambda: Context()[user])
show(lambda: Context(1))
show(lambda: ctx.run(lambda: ctx.run(print)))
show(lambda: ContextVar('s', default=1).get(1, 2))
print(contextvars.__all__ if hasattr(contextvars, '__all__') else None)
