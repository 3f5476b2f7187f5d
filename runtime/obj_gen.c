/* obj_gen.c — generators, coroutines and async generators: one TrGen layout and three
 * types over the resumable functions the compiler emits (tr.h, "generators").
 * next/send/throw/close, `yield from`/`await` delegation, PEP 479 (a StopIteration
 * escaping the body becomes RuntimeError), the await protocol (__await__, coroutine
 * wrappers), the `async for` helpers, and the awaitables of the async generator
 * protocol (__anext__/asend/athrow/aclose) with CPython 3.11's semantics and texts.
 * Assumes: the emitted resume function sets gen->state (> 0 suspended, -1 finished)
 * and sets agen_yielded when an async generator's body returns a value it yields. */
#include "tr.h"

static TrValue exhausted_stop_iteration(TrValue retval);
static TrType coro_wrapper_type, asend_type, athrow_type, anext_awaitable_type;
typedef struct AgenOp AgenOp;
static int asend_step(AgenOp *o, TrValue v, TrValue *out);
static TrValue agen_anext_op(TrGen *g);

/* "generator", "coroutine" or "async generator", as CPython's messages say. */
static const char *kind_noun(TrGen *g) {
    if (g->ob.type == &tr_coroutine_type) return "coroutine";
    if (g->ob.type == &tr_async_generator_type) return "async generator";
    return "generator";
}

TrValue tr_gen_new(TrType *type, TrFunc *fn, TrValue (*resume)(TrGen *, TrValue), size_t frame_size) {
    /* one allocation: the frame follows the object (sizeof(TrGen) keeps it aligned) */
    TrGen *g = (TrGen *)tr_object_alloc(type, sizeof(TrGen) + frame_size);
    g->resume = resume;
    g->frame = g + 1;
    g->func = fn;
    g->retval = tr_None;
    return (TrValue)g;
}

/* What TrGen.delegate_done says: the delegate's outcome a resume finds pending */
enum { DELEGATE_RAISED = 1,   /* the current exception (a StopIteration: its value is the result) */
       DELEGATE_RETURNED = 2  /* the delegate, a generator, finished: the result is its retval */ };

/* Resume g's own body.  Returns the yielded value; 0 without error when the generator
 * finished (its return value is in retval); 0 with an error otherwise. */
static TrValue resume_body(TrGen *g, TrValue sent) {
    if (g->state == -1) {
        g->retval = tr_None; /* the return value belongs to the step that finished */
        if (g->ob.type != &tr_coroutine_type) return 0; /* a thrown exception (sent == 0) stays current */
        tr_err_clear();
        return tr_err(TR_EXC_TYPE(RuntimeError), "cannot reuse already awaited coroutine");
    }
    if (g->running) return tr_err(TR_EXC_TYPE(ValueError), "%s already executing", kind_noun(g));
    g->running = 1;
    /* the exception a generator handles is its own: the caller's shows through only
     * where the generator handles none, as CPython's exc_info stack */
    TrValue caller_handled = tr_exc_handled();
    if (g->handled) tr_exc_handled_swap(g->handled);
    TrValue r = g->resume(g, sent);
    TrValue own = tr_exc_handled_swap(caller_handled);
    g->handled = r && g->state != -1 && own != caller_handled ? own : 0;
    g->running = 0;
    if (!r) {
        g->state = -1;
        bool async_stop = g->ob.type == &tr_async_generator_type && tr_err_is(TR_EXC_TYPE(StopAsyncIteration));
        if (async_stop || tr_err_is(TR_EXC_TYPE(StopIteration))) {
            TrValue stop = tr_err_fetch();
            tr_err(TR_EXC_TYPE(RuntimeError), "%s raised %s", kind_noun(g),
                   async_stop ? "StopAsyncIteration" : "StopIteration");
            TrValue rt = tr_err_fetch();
            tr_raise_from(rt, stop);
        }
        return 0;
    }
    if (g->state == -1) {
        g->retval = r;
        return 0;
    }
    /* a compiled generator suspended in yield from: its frame slot, just popped, still
     * holds the line (a chain resume shows it) */
    if (g->yieldfrom && g->ob.type == &tr_generator_type) g->yieldfrom_line = tr_frames.top[1].line;
    return r;
}

/* The generator a chain resume goes on to from g: g's delegate when both are generators
 * (coroutines, some resumed by C code without a frame, go step by step) and the delegate
 * is suspended and not running; else 0. */
static TrGen *chain_link(TrGen *g) {
    TrValue yf = g->yieldfrom;
    if (!yf || g->ob.type != &tr_generator_type || TR_TYPE(yf) != &tr_generator_type) return 0;
    TrGen *sub = (TrGen *)yf;
    return sub->state > 0 && !sub->running ? sub : 0;
}

/* How many levels of a chain one chain resume passes (a bounded array on the C stack):
 * the level it stops at resumes the rest of the chain as a chain of its own. */
#define CHAIN_MAX 32

/* Resume g.  A generator suspended in `yield from` another generator, itself perhaps
 * suspended in one, ... is a chain: a value the innermost yields passes up unchanged,
 * so the chain is walked down and the innermost resumed at once, with what each level
 * would have shown while it delegated — its frame slot at its yield from line (for
 * sys._getframe, tracebacks of the stack and the recursion limit) and gi_running set.
 * When the innermost finishes or raises, its delegator resumes with that outcome
 * pending in delegate_done (tr_gen_delegate takes it), and so on up while levels end.
 * Under sys.settrace or setprofile every level reports its own resume: step by step. */
static TrValue resume_chain(TrGen *g, TrValue sent);
static inline TrValue gen_resume(TrGen *g, TrValue sent) {
    if (TR_LIKELY(!g->yieldfrom) || !sent || g->running || g->state <= 0 || !chain_link(g) || tr_trace_hooked())
        return resume_body(g, sent);
    return resume_chain(g, sent);
}

/* gen_resume's walk of a chain (out of line: its frame would cost every plain resume) */
static __attribute__((noinline)) TrValue resume_chain(TrGen *g, TrValue sent) {
    TrGen *levels[CHAIN_MAX], *sub;
    int n = 0;
    levels[0] = g;
    while (n + 1 < CHAIN_MAX && (sub = chain_link(levels[n]))) {
        TrFrameSlot *slot = tr_frame_enter(levels[n]->func->code);
        if (!slot) { /* past the recursion limit: the level resumes itself, and raises */
            tr_err_clear();
            break;
        }
        slot->line = levels[n]->yieldfrom_line;
        levels[n]->running = 1;
        levels[++n] = sub;
    }
    TrValue r = resume_body(levels[n], sent);
    while (n > 0) {
        TrGen *up = levels[--n];
        tr_frame_leave();
        up->running = 0;
        if (!r) {
            bool raised = tr_err_occurred();
            up->delegate_done = raised ? DELEGATE_RAISED : DELEGATE_RETURNED;
            r = resume_body(up, raised ? 0 : tr_None);
        }
    }
    return r;
}

/* The generator behind a generator, a coroutine or a coroutine's __await__() wrapper
 * (0 for other iterators): these are resumed directly by yield from / await. */
typedef struct CoroWrapper { TrObject ob; TrGen *coro; } CoroWrapper;
static TrGen *resumable(TrValue v) {
    TrType *t = TR_TYPE(v);
    if (t == &tr_generator_type || t == &tr_coroutine_type) return (TrGen *)v;
    if (t == &coro_wrapper_type) return ((CoroWrapper *)v)->coro;
    return 0;
}

static TrValue gen_iternext(TrValue self) { return gen_resume(resumable(self), tr_None); }

TrValue tr_gen_take_retval(TrValue it) {
    TrGen *g = resumable(it);
    if (!g || g->retval == tr_None) return 0;
    TrValue rv = g->retval;
    g->retval = tr_None;
    return rv;
}

static TrValue gen_iter(TrValue self) { return self; }

static TrValue exhausted_stop_iteration(TrValue retval) {
    if (retval == tr_None) tr_raise((TrValue)TR_EXC_TYPE(StopIteration));
    else tr_err_value(TR_EXC_TYPE(StopIteration), retval);
    return 0;
}

/* send(), throw() and the sub-iterator steps of yield from share this ending. */
static TrValue finish_step(TrGen *g, TrValue r) {
    if (r || tr_err_occurred()) return r;
    return exhausted_stop_iteration(g->retval);
}

/* A resume by send(v): 0 without error when the body finished. */
static TrValue gen_send_raw(TrGen *g, TrValue v) {
    if (g->state == 0 && v != tr_None)
        return tr_err(TR_EXC_TYPE(TypeError), "can't send non-None value to a just-started %s", kind_noun(g));
    return gen_resume(g, v);
}

static TrValue gen_send(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "send", 1, 1) < 0) return 0;
    TrGen *g = resumable(args[0]);
    return finish_step(g, gen_send_raw(g, args[1]));
}

/* The exception object throw(type[, value]) stands for. */
static TrValue make_thrown(TrValue typ, TrValue val) {
    if (TR_TYPE(typ) == &tr_type_type || tr_isinstance_type(typ, &tr_type_type)) {
        TrType *t = (TrType *)typ;
        if (!(t->flags & TR_TF_EXCEPTION))
            return tr_err(TR_EXC_TYPE(TypeError), "exceptions must be classes or instances deriving from BaseException, not type");
        if (val && val != tr_None && tr_isinstance_type(val, t)) return val;
        TrValue exc = !val || val == tr_None ? tr_call0(typ) : tr_call1(typ, val);
        if (exc && !(TR_TYPE(exc)->flags & TR_TF_EXCEPTION)) /* a __new__ returned something else */
            return tr_err(TR_EXC_TYPE(TypeError), "calling %R should have returned an instance of BaseException, not %s", typ,
                          TR_TYPE_NAME(exc));
        return exc;
    }
    if (!(TR_TYPE(typ)->flags & TR_TF_EXCEPTION))
        return tr_err(TR_EXC_TYPE(TypeError), "exceptions must be classes or instances deriving from BaseException, not %s",
                      TR_TYPE_NAME(typ));
    if (val && val != tr_None)
        return tr_err(TR_EXC_TYPE(TypeError), "instance exception may not have a separate value");
    return typ;
}

static TrValue gen_throw_exc(TrGen *g, TrValue exc) {
    tr_raise(exc);
    return finish_step(g, gen_resume(g, 0));
}

/* typ is GeneratorExit, a subclass or an instance of one */
static bool is_generator_exit(TrValue typ) {
    TrType *ge = TR_EXC_TYPE(GeneratorExit);
    if (tr_isinstance_type(typ, &tr_type_type)) return tr_type_is_subtype((TrType *)typ, ge);
    return tr_isinstance_type(typ, ge);
}

/* throw(*targs) into g (targs: type[, value[, traceback]]), with gen_resume's result.
 * As CPython's gen_throw: a generator suspended in `yield from`/`await` first hands the
 * arguments as given to its delegate (a generator's throw, or the iterator's own throw
 * method; GeneratorExit closes it instead, at the yield from).  A value the delegate
 * gives is yielded on g's behalf; its StopIteration ends g's yield from with the value,
 * and any other error is raised there. */
static TrValue gen_throw_args(TrGen *g, TrValue *targs, size_t n) {
    TrValue yf = g->state > 0 && !g->running ? g->yieldfrom : 0;
    if (yf && !is_generator_exit(targs[0])) {
        TrGen *sub = resumable(yf);
        TrValue throw_m = sub ? 0 : tr_getattr_opt(yf, TR_INTERN("throw"));
        if (!sub && !throw_m && tr_err_occurred()) return 0;
        if (sub || throw_m) {
            TrValue r = sub ? finish_step(sub, gen_throw_args(sub, targs, n)) : tr_call(throw_m, targs, n, 0);
            if (r) return r;
            g->delegate_done = DELEGATE_RAISED;
            return gen_resume(g, 0);
        }
    }
    TrValue exc = make_thrown(targs[0], n > 1 ? targs[1] : 0);
    if (!exc) return 0;
    tr_raise(exc);
    return gen_resume(g, 0);
}

static TrValue gen_throw(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "throw", 1, 3) < 0) return 0;
    TrGen *g = resumable(args[0]);
    return finish_step(g, gen_throw_args(g, args + 1, nargs - 1));
}

static TrValue gen_close_impl(TrGen *g) {
    if (g->state <= 0) { g->state = -1; return tr_None; }
    tr_raise((TrValue)TR_EXC_TYPE(GeneratorExit));
    TrValue r = gen_resume(g, 0);
    if (r) return tr_err(TR_EXC_TYPE(RuntimeError), "%s ignored GeneratorExit", kind_noun(g));
    if (!tr_err_occurred() || tr_err_is(TR_EXC_TYPE(GeneratorExit)) || tr_err_is(TR_EXC_TYPE(StopIteration))) {
        tr_err_clear();
        return tr_None;
    }
    return 0;
}

TrValue tr_gen_close(TrValue gen) { return gen_close_impl((TrGen *)gen); }

static TrValue gen_close(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "close", 0, 0) < 0) return 0;
    return gen_close_impl(resumable(args[0]));
}

/* The value a StopIteration carries (None without arguments). */
static TrValue stop_value(TrValue stop) {
    TrValue args = TR_EXC(stop)->args;
    return args && TR_TUPLE(args)->len ? TR_TUPLE(args)->items[0] : tr_None;
}

static int delegate_step(TrValue it, TrValue sent, TrValue *out) {
    TrValue r;
    TrGen *sub = resumable(it);
    if (!sent) {
        TrValue exc = tr_err_fetch();
        if (tr_isinstance_type(exc, TR_EXC_TYPE(GeneratorExit))) {
            TrValue close = tr_getattr_opt(it, TR_INTERN("close"));
            if (close && !tr_call0(close)) return -1;
            tr_err_restore(exc);
            return -1;
        }
        if (sub) {
            r = gen_throw_exc(sub, exc);
        } else {
            TrValue throw_m = tr_getattr_opt(it, TR_INTERN("throw"));
            if (!throw_m) {
                if (tr_err_occurred()) return -1;
                tr_err_restore(exc);
                return -1;
            }
            r = tr_call1(throw_m, exc);
        }
    } else if (sub) {
        r = gen_resume(sub, sent);
        if (!r && !tr_err_occurred()) { *out = sub->retval; return 0; }
    } else if (TR_TYPE(it) == &asend_type) { /* `async for`'s step: the value comes back without a StopIteration */
        return asend_step((AgenOp *)it, sent, out);
    } else if (sent == tr_None && !(TR_TYPE(it)->flags & TR_TF_HEAPTYPE)) {
        r = tr_next(it);
        if (!r && !tr_err_occurred()) { *out = tr_None; return 0; }
    } else if (sent == tr_None) { /* a class's __next__: its StopIteration carries the result */
        r = tr_call_method_cstr(it, "__next__", 0);
    } else {
        r = tr_call_method_cstr(it, "send", 1, sent);
    }
    if (r) { *out = r; return 1; }
    if (tr_err_is(TR_EXC_TYPE(StopIteration))) {
        *out = stop_value(tr_err_fetch());
        return 0;
    }
    return -1;
}

int tr_gen_delegate(TrGen *gen, TrValue it, TrValue sent, TrValue *out) {
    if (gen && gen->delegate_done) { /* throw() or a chain resume has run the delegate: its outcome is pending */
        int done = gen->delegate_done;
        gen->delegate_done = 0;
        gen->yieldfrom = 0;
        if (done == DELEGATE_RETURNED) {
            *out = resumable(it)->retval;
            return 0;
        }
        if (!tr_err_is(TR_EXC_TYPE(StopIteration))) return -1;
        *out = stop_value(tr_err_fetch());
        return 0;
    }
    int s = delegate_step(it, sent, out);
    if (gen) gen->yieldfrom = s > 0 ? it : 0;
    return s;
}


static TrValue gen_repr(TrValue self) {
    TrGen *g = (TrGen *)self;
    return tr_str_fmt("<%s object %s at %p>", TR_TYPE_NAME(self), tr_str_cstr(tr_func_qualname(g->func)), (void *)self);
}

static TrValue gen_get_name(TrValue self) { return tr_func_name(((TrGen *)self)->func); }
static TrValue gen_get_qualname(TrValue self) { return tr_func_qualname(((TrGen *)self)->func); }
static TrValue gen_get_running(TrValue self) { return tr_bool(((TrGen *)self)->running); }
/* ag_running is true from an asend/athrow step's start to its end, also while the step
 * is suspended in an await (CPython 3.11's ag_running_async) */
static TrValue agen_get_running(TrValue self) { return tr_bool(((TrGen *)self)->running_async); }
static TrValue gen_get_yieldfrom(TrValue self) {
    TrGen *g = (TrGen *)self;
    return g->yieldfrom && g->state > 0 ? g->yieldfrom : tr_None;
}

/* ---------------------------------------------------------------- the await protocol */

static TrValue coro_await(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__await__", 0, 0) < 0) return 0;
    CoroWrapper *w = (CoroWrapper *)tr_object_alloc(&coro_wrapper_type, sizeof(CoroWrapper));
    w->coro = (TrGen *)args[0];
    return (TrValue)w;
}

/* Calls type(v).NAME(v), or returns 0 without error when the type has no NAME. */
static TrValue call_special(TrValue v, TrValue n) {
    if (!tr_type_lookup(TR_TYPE(v), n)) return 0;
    TrValue args[1] = {v};
    return tr_call_method(n, args, 1, 0);
}

TrValue tr_awaitable(TrValue v, int ctx) {
    if (TR_TYPE(v) == &tr_coroutine_type) {
        if (((TrGen *)v)->state > 0) /* suspended: in an await of its own */
            return tr_err(TR_EXC_TYPE(RuntimeError), "coroutine is being awaited already");
        return v;
    }
    if (TR_TYPE(v) == &tr_generator_type && ((TrGen *)v)->iterable_coroutine) return v; /* types.coroutine */
    TrValue it = call_special(v, TR_INTERN("__await__"));
    if (!it) {
        if (tr_err_occurred()) return 0;
        if (ctx) return tr_err(TR_EXC_TYPE(TypeError),
                               "'async with' received an object from %s that does not implement __await__: %s",
                               ctx == 1 ? "__aenter__" : "__aexit__", TR_TYPE_NAME(v));
        return tr_err(TR_EXC_TYPE(TypeError), "object %s can't be used in 'await' expression", TR_TYPE_NAME(v));
    }
    if (TR_TYPE(it) == &tr_coroutine_type) return tr_err(TR_EXC_TYPE(TypeError), "__await__() returned a coroutine");
    if (!TR_TYPE(it)->next)
        return tr_err(TR_EXC_TYPE(TypeError), "__await__() returned non-iterator of type '%s'", TR_TYPE_NAME(it));
    return it;
}

TrValue tr_yield_from_iter(TrValue v) {
    if (TR_TYPE(v) == &tr_coroutine_type)
        return tr_err(TR_EXC_TYPE(TypeError), "cannot 'yield from' a coroutine object in a non-coroutine generator");
    return tr_iter(v);
}

TrValue tr_aiter(TrValue v) {
    if (TR_TYPE(v) == &tr_async_generator_type) return v; /* its __aiter__ returns itself */
    TrValue it = call_special(v, TR_INTERN("__aiter__"));
    if (!it) {
        if (tr_err_occurred()) return 0;
        return tr_err(TR_EXC_TYPE(TypeError), "'async for' requires an object with __aiter__ method, got %s",
                      TR_TYPE_NAME(v));
    }
    if (!tr_type_lookup(TR_TYPE(it), TR_INTERN("__anext__")))
        return tr_err(TR_EXC_TYPE(TypeError),
                      "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                      TR_TYPE_NAME(it));
    return it;
}

TrValue tr_anext_awaitable(TrValue ait) {
    /* an async generator's __anext__() is an asend(None), its own awaitable */
    if (TR_TYPE(ait) == &tr_async_generator_type) return agen_anext_op((TrGen *)ait);
    TrValue aw = call_special(ait, TR_INTERN("__anext__"));
    if (!aw) {
        if (tr_err_occurred()) return 0;
        return tr_err(TR_EXC_TYPE(TypeError), "'async for' requires an iterator with __anext__ method, got %s",
                      TR_TYPE_NAME(ait));
    }
    TrValue it = tr_awaitable(aw, 0);
    if (!it && tr_err_is(TR_EXC_TYPE(TypeError))) {
        TrValue cause = tr_err_fetch();
        tr_err(TR_EXC_TYPE(TypeError), "'async for' received an invalid object from __anext__: %s", TR_TYPE_NAME(aw));
        TrValue e = tr_err_fetch();
        tr_raise_from(e, cause);
    }
    return it;
}

/* aiter() and anext(): the builtins behind `async for`, with their own texts. */
TrValue tr_aiter_builtin(TrValue v) {
    TrValue it = call_special(v, TR_INTERN("__aiter__"));
    if (!it) {
        if (tr_err_occurred()) return 0;
        return tr_err(TR_EXC_TYPE(TypeError), "'%s' object is not an async iterable", TR_TYPE_NAME(v));
    }
    if (!tr_type_lookup(TR_TYPE(it), TR_INTERN("__anext__")))
        return tr_err(TR_EXC_TYPE(TypeError), "aiter() returned not an async iterator of type '%s'", TR_TYPE_NAME(it));
    return it;
}

/* anext(ait, default): the awaitable of __anext__() whose StopAsyncIteration becomes
 * the default value. */
typedef struct AnextAwaitable { TrObject ob; TrValue wrapped, it, dflt; } AnextAwaitable;

TrValue tr_anext_builtin(TrValue ait, TrValue dflt) {
    TrValue aw = call_special(ait, TR_INTERN("__anext__"));
    if (!aw) {
        if (tr_err_occurred()) return 0;
        return tr_err(TR_EXC_TYPE(TypeError), "'%s' object is not an async iterator", TR_TYPE_NAME(ait));
    }
    if (!dflt) return aw;
    AnextAwaitable *a = (AnextAwaitable *)tr_object_alloc(&anext_awaitable_type, sizeof(AnextAwaitable));
    a->wrapped = aw;
    a->dflt = dflt;
    return (TrValue)a;
}

/* One step of the wrapped awaitable: sent 0 throws the current exception into it. */
static TrValue anext_step(TrValue self, TrValue sent) {
    AnextAwaitable *a = (AnextAwaitable *)self;
    if (!a->it && !(a->it = tr_awaitable(a->wrapped, 0))) return 0;
    TrValue out;
    int r = tr_gen_delegate(0, a->it, sent, &out);
    if (r > 0) return out;
    if (r == 0) {
        tr_err_value(TR_EXC_TYPE(StopIteration), out);
        return 0;
    }
    if (tr_err_is(TR_EXC_TYPE(StopAsyncIteration))) {
        tr_err_clear();
        tr_err_value(TR_EXC_TYPE(StopIteration), a->dflt);
    }
    return 0;
}

static TrValue anext_next(TrValue self) { return anext_step(self, tr_None); }

static TrValue anext_send(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "send", 1, 1) < 0) return 0;
    return anext_step(args[0], args[1]);
}

static TrValue anext_throw(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "throw", 1, 3) < 0) return 0;
    TrValue exc = make_thrown(args[1], nargs > 2 ? args[2] : 0);
    if (!exc) return 0;
    tr_raise(exc);
    return anext_step(args[0], 0);
}

static TrValue anext_close(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "close", 0, 0) < 0) return 0;
    AnextAwaitable *a = (AnextAwaitable *)args[0];
    TrValue close = a->it ? tr_getattr_opt(a->it, TR_INTERN("close")) : 0;
    if (close) return tr_call0(close);
    return tr_err_occurred() ? 0 : tr_None;
}

/* ---------------------------------------------------------------- async generators */

void (*tr_agen_firstiter_hook)(TrValue agen);
void (*tr_agen_finalizer_hook)(TrValue agen);

/* The awaitable of one asend() (also __anext__) or athrow()/aclose() (arg 0) step. */
enum { OP_INIT, OP_ITER, OP_CLOSED };
struct AgenOp { TrObject ob; TrGen *gen; TrValue arg; int state; };

static TrValue agen_op_new(TrType *type, TrGen *g, TrValue arg) {
    if (!g->hooks_inited) {
        g->hooks_inited = 1;
        if (tr_agen_firstiter_hook) tr_agen_firstiter_hook((TrValue)g);
    }
    AgenOp *o = (AgenOp *)tr_object_alloc(type, sizeof(AgenOp));
    o->gen = g;
    o->arg = arg;
    return (TrValue)o;
}

static TrValue agen_anext_op(TrGen *g) { return agen_op_new(&asend_type, g, tr_None); }

/* A resume result r of the body as seen by the awaiting code, as delegate_step's:
 * 0 = the step finished with *out, the value the body yielded; -1 = an error (the end of
 * the body is StopAsyncIteration); 1 = *out, an awaited future's, passes up to the
 * event loop. */
static int agen_outcome(TrGen *g, TrValue r, TrValue *out) {
    if (!r) {
        if (!tr_err_occurred()) {
            tr_raise((TrValue)TR_EXC_TYPE(StopAsyncIteration));
            g->closed = 1;
        } else if (tr_err_is(TR_EXC_TYPE(StopAsyncIteration)) || tr_err_is(TR_EXC_TYPE(GeneratorExit))) {
            g->closed = 1;
        }
        g->running_async = 0;
        return -1;
    }
    *out = r;
    if (!g->agen_yielded) return 1;
    g->agen_yielded = 0;
    g->running_async = 0;
    return 0;
}

/* An agen_outcome as an iterator's step gives it: a finished step is StopIteration(value). */
static TrValue outcome_as_next(int s, TrValue out) {
    if (s > 0) return out;
    if (s == 0) tr_err_value(TR_EXC_TYPE(StopIteration), out);
    return 0;
}

static TrValue agen_unwrap(TrGen *g, TrValue r) {
    TrValue out = 0;
    int s = agen_outcome(g, r, &out);
    return outcome_as_next(s, out);
}

/* One step of an asend()/__anext__() awaitable sent v, with agen_outcome's result. */
static int asend_step(AgenOp *o, TrValue v, TrValue *out) {
    if (o->state == OP_CLOSED) {
        tr_err(TR_EXC_TYPE(RuntimeError), "cannot reuse already awaited __anext__()/asend()");
        return -1;
    }
    if (o->state == OP_INIT) {
        if (o->gen->running_async) {
            o->state = OP_CLOSED;
            tr_err(TR_EXC_TYPE(RuntimeError), "anext(): asynchronous generator is already running");
            return -1;
        }
        if (v == tr_None) v = o->arg;
        o->state = OP_ITER;
    }
    o->gen->running_async = 1;
    int s = agen_outcome(o->gen, gen_send_raw(o->gen, v), out);
    if (s <= 0) o->state = OP_CLOSED;
    return s;
}

static TrValue asend_send_value(AgenOp *o, TrValue v) {
    TrValue out = 0;
    int s = asend_step(o, v, &out);
    return outcome_as_next(s, out);
}

/* aclose(): yielding a value is an error; the end of the body finishes the await. */
static TrValue aclose_result(AgenOp *o, TrValue r) {
    if (r && o->gen->agen_yielded) {
        o->gen->agen_yielded = 0;
        o->gen->running_async = 0;
        o->state = OP_CLOSED;
        return tr_err(TR_EXC_TYPE(RuntimeError), "async generator ignored GeneratorExit");
    }
    if (r) return r;
    o->gen->running_async = 0;
    o->state = OP_CLOSED;
    if (!tr_err_occurred() || tr_err_is(TR_EXC_TYPE(StopAsyncIteration)) || tr_err_is(TR_EXC_TYPE(GeneratorExit))) {
        tr_err_clear();
        tr_raise((TrValue)TR_EXC_TYPE(StopIteration));
    }
    return 0;
}

static TrValue athrow_send_value(AgenOp *o, TrValue v) {
    TrGen *g = o->gen;
    if (o->state == OP_CLOSED)
        return tr_err(TR_EXC_TYPE(RuntimeError), "cannot reuse already awaited aclose()/athrow()");
    if (g->state == -1) {
        o->state = OP_CLOSED;
        tr_raise((TrValue)TR_EXC_TYPE(StopIteration));
        return 0;
    }
    if (o->state == OP_ITER) {
        TrValue r = gen_resume(g, v);
        return o->arg ? agen_unwrap(g, r) : aclose_result(o, r);
    }
    if (g->running_async) {
        o->state = OP_CLOSED;
        return tr_err(TR_EXC_TYPE(RuntimeError), "%s(): asynchronous generator is already running",
                      o->arg ? "athrow" : "aclose");
    }
    if (g->closed) {
        o->state = OP_CLOSED;
        tr_raise((TrValue)TR_EXC_TYPE(StopAsyncIteration));
        return 0;
    }
    if (v != tr_None) return tr_err(TR_EXC_TYPE(RuntimeError), "can't send non-None value to a just-started coroutine");
    o->state = OP_ITER;
    g->running_async = 1;
    if (!o->arg) {
        g->closed = 1;
        tr_raise((TrValue)TR_EXC_TYPE(GeneratorExit));
        return aclose_result(o, gen_resume(g, 0));
    }
    tr_raise(o->arg);
    TrValue r = agen_unwrap(g, gen_resume(g, 0));
    if (!r) {
        g->running_async = 0;
        o->state = OP_CLOSED;
    }
    return r;
}

static TrValue agen_op_send_value(TrValue self, TrValue v) {
    AgenOp *o = (AgenOp *)self;
    return TR_TYPE(self) == &asend_type ? asend_send_value(o, v) : athrow_send_value(o, v);
}

static TrValue agen_op_next(TrValue self) { return agen_op_send_value(self, tr_None); }
static TrValue agen_op_iter(TrValue self) { return self; }

static TrValue agen_op_send(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "send", 1, 1) < 0) return 0;
    return agen_op_send_value(args[0], args[1]);
}

static TrValue agen_op_throw(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "throw", 1, 3) < 0) return 0;
    AgenOp *o = (AgenOp *)args[0];
    bool is_send = TR_TYPE(args[0]) == &asend_type;
    if (o->state == OP_CLOSED)
        return tr_err(TR_EXC_TYPE(RuntimeError), is_send ? "cannot reuse already awaited __anext__()/asend()"
                                                        : "cannot reuse already awaited aclose()/athrow()");
    TrValue exc = make_thrown(args[1], nargs > 2 ? args[2] : 0);
    if (!exc) return 0;
    tr_raise(exc);
    TrValue r = gen_resume(o->gen, 0);
    if (is_send || o->arg) {
        r = agen_unwrap(o->gen, r);
        if (!r && is_send) o->state = OP_CLOSED;
        return r;
    }
    return aclose_result(o, r);
}

static TrValue agen_op_close(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "close", 0, 0) < 0) return 0;
    ((AgenOp *)args[0])->state = OP_CLOSED;
    return tr_None;
}

static TrValue agen_op_await(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__await__", 0, 0) < 0) return 0;
    return args[0];
}

static TrValue agen_aiter(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__aiter__", 0, 0) < 0) return 0;
    return args[0];
}

static TrValue agen_anext(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__anext__", 0, 0) < 0) return 0;
    return agen_anext_op((TrGen *)args[0]);
}

static TrValue agen_asend(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "asend", 1, 1) < 0) return 0;
    return agen_op_new(&asend_type, (TrGen *)args[0], args[1]);
}

static TrValue agen_athrow(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "athrow", 1, 3) < 0) return 0;
    TrValue exc = make_thrown(args[1], nargs > 2 ? args[2] : 0);
    if (!exc) return 0;
    return agen_op_new(&athrow_type, (TrGen *)args[0], exc);
}

static TrValue agen_aclose(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "aclose", 0, 0) < 0) return 0;
    return agen_op_new(&athrow_type, (TrGen *)args[0], 0);
}

/* ---------------------------------------------------------------- types */

static const TrMethodDef gen_methods[] = {
    {"send", gen_send, TR_METH_INSTANCE},
    {"throw", gen_throw, TR_METH_INSTANCE},
    {"close", gen_close, TR_METH_INSTANCE},
    {0},
};

static const TrMethodDef coro_methods[] = {
    {"__await__", coro_await, TR_METH_INSTANCE},
    {0},
};

static const TrMethodDef agen_methods[] = {
    {"__aiter__", agen_aiter, TR_METH_INSTANCE},
    {"__anext__", agen_anext, TR_METH_INSTANCE},
    {"asend", agen_asend, TR_METH_INSTANCE},
    {"athrow", agen_athrow, TR_METH_INSTANCE},
    {"aclose", agen_aclose, TR_METH_INSTANCE},
    {0},
};

static const TrMethodDef anext_awaitable_methods[] = {
    {"send", anext_send, TR_METH_INSTANCE},
    {"throw", anext_throw, TR_METH_INSTANCE},
    {"close", anext_close, TR_METH_INSTANCE},
    {"__await__", agen_op_await, TR_METH_INSTANCE},
    {0},
};

static const TrMethodDef agen_op_methods[] = {
    {"send", agen_op_send, TR_METH_INSTANCE},
    {"throw", agen_op_throw, TR_METH_INSTANCE},
    {"close", agen_op_close, TR_METH_INSTANCE},
    {"__await__", agen_op_await, TR_METH_INSTANCE},
    {0},
};

TrType tr_generator_type = {
    .ob = {&tr_type_type},
    .name = "generator",
    .basicsize = sizeof(TrGen),
    .repr = gen_repr,
    .iter = gen_iter,
    .next = gen_iternext,
};

TrType tr_coroutine_type = {
    .ob = {&tr_type_type},
    .name = "coroutine",
    .basicsize = sizeof(TrGen),
    .repr = gen_repr,
};

TrType tr_async_generator_type = {
    .ob = {&tr_type_type},
    .name = "async_generator",
    .basicsize = sizeof(TrGen),
    .repr = gen_repr,
};

static TrType coro_wrapper_type = {
    .ob = {&tr_type_type},
    .name = "coroutine_wrapper",
    .basicsize = sizeof(CoroWrapper),
    .iter = gen_iter,
    .next = gen_iternext,
};

static TrType anext_awaitable_type = {
    .ob = {&tr_type_type},
    .name = "anext_awaitable",
    .basicsize = sizeof(AnextAwaitable),
    .iter = agen_op_iter,
    .next = anext_next,
};

static TrType asend_type = {
    .ob = {&tr_type_type},
    .name = "async_generator_asend",
    .basicsize = sizeof(AgenOp),
    .iter = agen_op_iter,
    .next = agen_op_next,
};

static TrType athrow_type = {
    .ob = {&tr_type_type},
    .name = "async_generator_athrow",
    .basicsize = sizeof(AgenOp),
    .iter = agen_op_iter,
    .next = agen_op_next,
};

void tr_init_gen(void) {
    TrType *gens[] = {&tr_generator_type, &tr_coroutine_type, &tr_async_generator_type};
    const char *running[] = {"gi_running", "cr_running", "ag_running"};
    const char *yieldfrom[] = {"gi_yieldfrom", "cr_await", "ag_await"};
    for (int i = 0; i < 3; i++) {
        tr_type_ready(gens[i]);
        tr_type_add_getter(gens[i], "__name__", gen_get_name);
        tr_type_add_getter(gens[i], "__qualname__", gen_get_qualname);
        tr_type_add_getter(gens[i], running[i], gens[i] == &tr_async_generator_type ? agen_get_running : gen_get_running);
        tr_type_add_getter(gens[i], yieldfrom[i], gen_get_yieldfrom);
    }
    tr_type_add_methods(&tr_generator_type, gen_methods);
    tr_type_add_methods(&tr_coroutine_type, gen_methods);
    tr_type_add_methods(&tr_coroutine_type, coro_methods);
    tr_type_add_methods(&tr_async_generator_type, agen_methods);
    tr_type_ready(&coro_wrapper_type);
    tr_type_add_methods(&coro_wrapper_type, gen_methods);
    tr_type_ready(&anext_awaitable_type);
    tr_type_add_methods(&anext_awaitable_type, anext_awaitable_methods);
    tr_type_ready(&asend_type);
    tr_type_add_methods(&asend_type, agen_op_methods);
    tr_type_ready(&athrow_type);
    tr_type_add_methods(&athrow_type, agen_op_methods);
}
