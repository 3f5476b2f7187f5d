/* obj_gen.c — generator objects: next/send/throw/close over the resumable functions
 * the compiler emits (tr.h, "generators"), `yield from` delegation, and PEP 479
 * (a StopIteration escaping the body becomes RuntimeError).
 * Assumes: the emitted resume function sets gen->state (> 0 suspended, -1 finished). */
#include "tr.h"

static TrValue exhausted_stop_iteration(TrValue retval);

TrValue tr_gen_new(TrFunc *fn, TrValue (*resume)(TrGen *, TrValue), size_t frame_size) {
    TrGen *g = (TrGen *)tr_object_alloc(&tr_generator_type, sizeof(TrGen));
    g->resume = resume;
    g->frame = tr_alloc(frame_size);
    g->func = fn;
    g->retval = tr_None;
    return (TrValue)g;
}

/* Resume the body.  Returns the yielded value; 0 without error when the generator
 * finished (its return value is in retval); 0 with an error otherwise. */
static TrValue gen_resume(TrGen *g, TrValue sent) {
    if (g->state == -1) { /* a thrown exception (sent == 0) stays current */
        g->retval = tr_None;  /* the return value belongs to the step that finished */
        return 0;
    }
    if (g->running) return tr_err(TR_EXC_TYPE(ValueError), "generator already executing");
    g->running = 1;
    TrValue r = g->resume(g, sent);
    g->running = 0;
    if (!r) {
        g->state = -1;
        if (tr_err_is(TR_EXC_TYPE(StopIteration))) {
            TrValue stop = tr_err_fetch();
            tr_err(TR_EXC_TYPE(RuntimeError), "generator raised StopIteration");
            TrValue rt = tr_err_fetch();
            tr_raise_from(rt, stop);
        }
        return 0;
    }
    if (g->state == -1) {
        g->retval = r;
        return 0;
    }
    return r;
}

static TrValue gen_iternext(TrValue self) { return gen_resume((TrGen *)self, tr_None); }

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

static TrValue gen_send_value(TrGen *g, TrValue v) {
    if (g->state == 0 && v != tr_None)
        return tr_err(TR_EXC_TYPE(TypeError), "can't send non-None value to a just-started generator");
    return finish_step(g, gen_resume(g, v));
}

static TrValue gen_send(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("send", kwnames) < 0 || tr_check_nargs("send", nargs - 1, 1, 1) < 0) return 0;
    return gen_send_value((TrGen *)args[0], args[1]);
}

/* The exception object throw(type[, value]) stands for. */
static TrValue make_thrown(TrValue typ, TrValue val) {
    if (TR_TYPE(typ) == &tr_type_type || tr_isinstance_type(typ, &tr_type_type)) {
        TrType *t = (TrType *)typ;
        if (!(t->flags & TR_TF_EXCEPTION))
            return tr_err(TR_EXC_TYPE(TypeError), "exceptions must be classes or instances deriving from BaseException, not type");
        if (val && val != tr_None && tr_isinstance_type(val, t)) return val;
        if (!val || val == tr_None) return tr_call0(typ);
        return tr_call1(typ, val);
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

static TrValue gen_throw(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("throw", kwnames) < 0 || tr_check_nargs("throw", nargs - 1, 1, 3) < 0) return 0;
    TrValue exc = make_thrown(args[1], nargs > 2 ? args[2] : 0);
    if (!exc) return 0;
    return gen_throw_exc((TrGen *)args[0], exc);
}

static TrValue gen_close_impl(TrGen *g) {
    if (g->state <= 0) { g->state = -1; return tr_None; }
    tr_raise((TrValue)TR_EXC_TYPE(GeneratorExit));
    TrValue r = gen_resume(g, 0);
    if (r) return tr_err(TR_EXC_TYPE(RuntimeError), "generator ignored GeneratorExit");
    if (!tr_err_occurred() || tr_err_is(TR_EXC_TYPE(GeneratorExit)) || tr_err_is(TR_EXC_TYPE(StopIteration))) {
        tr_err_clear();
        return tr_None;
    }
    return 0;
}

static TrValue gen_close(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("close", kwnames) < 0 || tr_check_nargs("close", nargs - 1, 0, 0) < 0) return 0;
    return gen_close_impl((TrGen *)args[0]);
}

/* The value a StopIteration carries (None without arguments). */
static TrValue stop_value(TrValue stop) {
    TrValue args = TR_EXC(stop)->args;
    return args && TR_TUPLE(args)->len ? TR_TUPLE(args)->items[0] : tr_None;
}

int tr_gen_delegate(TrValue it, TrValue sent, TrValue *out) {
    TrValue r;
    if (!sent) {
        TrValue exc = tr_err_fetch();
        if (tr_isinstance_type(exc, TR_EXC_TYPE(GeneratorExit))) {
            TrValue close = tr_getattr_opt(it, tr_str_intern("close"));
            if (close && !tr_call0(close)) return -1;
            tr_err_restore(exc);
            return -1;
        }
        if (TR_TYPE(it) == &tr_generator_type) {
            r = gen_throw_exc((TrGen *)it, exc);
        } else {
            TrValue throw_m = tr_getattr_opt(it, tr_str_intern("throw"));
            if (!throw_m) {
                if (tr_err_occurred()) return -1;
                tr_err_restore(exc);
                return -1;
            }
            r = tr_call1(throw_m, exc);
        }
    } else if (TR_TYPE(it) == &tr_generator_type) {
        r = gen_resume((TrGen *)it, sent);
        if (!r && !tr_err_occurred()) { *out = ((TrGen *)it)->retval; return 0; }
    } else if (sent == tr_None) {
        r = tr_next(it);
        if (!r && !tr_err_occurred()) { *out = tr_None; return 0; }
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

static TrValue gen_repr(TrValue self) {
    TrGen *g = (TrGen *)self;
    return tr_str_fmt("<generator object %s at %p>", tr_str_cstr(g->func->qualname), (void *)self);
}

static TrValue gen_get_name(TrValue self) { return ((TrGen *)self)->func->name; }
static TrValue gen_get_qualname(TrValue self) { return ((TrGen *)self)->func->qualname; }
static TrValue gen_get_running(TrValue self) { return tr_bool(((TrGen *)self)->running); }

static const TrMethodDef gen_methods[] = {
    {"send", gen_send, TR_METH_INSTANCE},
    {"throw", gen_throw, TR_METH_INSTANCE},
    {"close", gen_close, TR_METH_INSTANCE},
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

void tr_init_gen(void) {
    tr_type_ready(&tr_generator_type);
    tr_type_add_methods(&tr_generator_type, gen_methods);
    tr_type_add_getter(&tr_generator_type, "__name__", gen_get_name);
    tr_type_add_getter(&tr_generator_type, "__qualname__", gen_get_qualname);
    tr_type_add_getter(&tr_generator_type, "gi_running", gen_get_running);
}
