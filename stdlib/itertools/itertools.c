/* itertools.c — the `itertools` module: CPython 3.11's iterator building blocks, each a
 * lazy iterator type written in C (count, cycle, repeat, accumulate, chain, compress,
 * dropwhile, filterfalse, groupby, islice, pairwise, starmap, takewhile, tee,
 * zip_longest, product, permutations, combinations, combinations_with_replacement).
 * Assumes the runtime's iterator protocol: a type's .next slot returns 0 with no
 * exception set when exhausted.  The algorithms, argument checks and error texts follow
 * CPython's Modules/itertoolsmodule.c; combinatoric iterators materialise their input
 * pools as tuples first, as CPython does. */
#include "tr.h"

#define NEW(T, type) ((T *)tr_object_alloc((type), (type)->basicsize))

/* CPython's _PyArg_CheckPositional text: "cycle expected 1 argument, got 0" */
static int exact_args(const char *name, size_t nargs, TrValue kwnames, size_t n) {
    if (tr_no_kwargs(name, kwnames) < 0) return -1;
    if (nargs == n) return 0;
    tr_err(TR_EXC_TYPE(TypeError), "%s expected %zu argument%s, got %zu", name, n, n == 1 ? "" : "s", nargs);
    return -1;
}

static TrValue tuple_of(TrValue *items, size_t n) { return tr_tuple_from(items, n); }

/* a C index argument as CPython's PyNumber_AsSsize_t: -1 with the error left set */
static int64_t as_ssize(TrValue v, int *err) {
    int64_t i;
    *err = 0;
    if (tr_index(v, &i) < 0) { *err = 1; return -1; }
    return i;
}

/* ================================================================ count */

typedef struct Count { TrObject ob; TrValue cur, step; } Count;
static TrType count_type;

static int is_number(TrValue v) {
    TrType *t = TR_TYPE(v);
    /* PyNumber_Check */
    return tr_int_check(v) || tr_float_check(v) || tr_isinstance_type(v, &tr_complex_type) || t->index || t->to_float ||
           t->to_int;
}

static TrValue count_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"start", "step", NULL};
    TrValue a[2];
    if (tr_parse_args("count", args, nargs, kwnames, kw, 0, a) < 0) return 0;
    TrValue start = a[0] ? a[0] : TR_FROM_SMALL(0), step = a[1] ? a[1] : TR_FROM_SMALL(1);
    if ((!TR_IS_SMALL(start) && !is_number(start)) || (!TR_IS_SMALL(step) && !is_number(step)))
        return tr_err(TR_EXC_TYPE(TypeError), "a number is required");
    /* CPython's fast mode (an int start that fits a Py_ssize_t, an int step of 1)
     * counts in plain ints: count(True) gives 1, 2, ... */
    int64_t v, one;
    if (!TR_IS_SMALL(start) && tr_int_check(start) && tr_int_check(step) && tr_int_as_i64(step, &one) == 0 && one == 1) {
        if (tr_int_as_i64(start, &v) == 0) start = tr_int_from_i64(v);
        else tr_err_clear();
    }
    if (tr_err_occurred()) tr_err_clear();
    Count *c = NEW(Count, type);
    c->cur = start;
    c->step = step;
    return (TrValue)c;
}

static TrValue count_next(TrValue self) {
    Count *c = (Count *)self;
    TrValue r = c->cur, n = tr_add(r, c->step);
    if (!n) return 0;
    c->cur = n;
    return r;
}

static TrValue count_repr(TrValue self) {
    Count *c = (Count *)self;
    int64_t one;
    if (tr_int_check(c->step) && tr_int_as_i64(c->step, &one) == 0 && one == 1) return tr_str_fmt("%s(%R)", TR_TYPE_NAME(self), c->cur);
    return tr_str_fmt("%s(%R, %R)", TR_TYPE_NAME(self), c->cur, c->step);
}

static TrType count_type = {
    .ob = {&tr_type_type}, .name = "count", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Count),
    .repr = count_repr, .iter = tr_self_iter, .next = count_next, .new_ = count_new,
};

/* ================================================================ cycle */

typedef struct Cycle { TrObject ob; TrValue it, saved; size_t index; bool firstpass; } Cycle;

static TrValue cycle_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (exact_args("cycle", nargs, kwnames, 1) < 0) return 0;
    TrValue it = tr_iter(args[0]);
    if (!it) return 0;
    Cycle *c = NEW(Cycle, type);
    c->it = it;
    c->saved = tr_list_new(0);
    c->firstpass = true;
    return (TrValue)c;
}

static TrValue cycle_next(TrValue self) {
    Cycle *c = (Cycle *)self;
    if (c->it) {
        TrValue v = tr_next(c->it);
        if (v) {
            if (c->firstpass) tr_list_append(c->saved, v);
            return v;
        }
        if (tr_err_occurred()) return 0;
        c->it = 0;
    }
    TrList *l = TR_LIST(c->saved);
    if (!l->len) return 0;
    TrValue v = tr_list_items(l)[c->index];
    c->index = (c->index + 1) % l->len;
    return v;
}

static TrType cycle_type = {
    .ob = {&tr_type_type}, .name = "cycle", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Cycle),
    .iter = tr_self_iter, .next = cycle_next, .new_ = cycle_new,
};

/* ================================================================ repeat */

typedef struct Repeat { TrObject ob; TrValue element; int64_t cnt; /* -1: forever */ } Repeat;

static TrValue repeat_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"object", "times", NULL};
    TrValue a[2];
    if (tr_parse_args("repeat", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    int64_t cnt = -1;
    if (a[1]) {
        if (!tr_int_check(a[1]))
            return tr_err(TR_EXC_TYPE(TypeError), "'%s' object cannot be interpreted as an integer", TR_TYPE_NAME(a[1]));
        if (tr_int_as_i64(a[1], &cnt) < 0) return 0;
        if (cnt < 0) cnt = 0;
    }
    Repeat *r = NEW(Repeat, type);
    r->element = a[0];
    r->cnt = cnt;
    return (TrValue)r;
}

static TrValue repeat_next(TrValue self) {
    Repeat *r = (Repeat *)self;
    if (r->cnt == 0) return 0;
    if (r->cnt > 0) r->cnt--;
    return r->element;
}

static TrValue repeat_repr(TrValue self) {
    Repeat *r = (Repeat *)self;
    if (r->cnt == -1) return tr_str_fmt("%s(%R)", TR_TYPE_NAME(self), r->element);
    return tr_str_fmt("%s(%R, %lld)", TR_TYPE_NAME(self), r->element, (long long)r->cnt);
}

static TrValue repeat_length_hint(TrValue *args, size_t nargs, TrValue kwnames) {
    Repeat *r = (Repeat *)args[0];
    if (r->cnt == -1) return tr_err(TR_EXC_TYPE(TypeError), "len() of unsized object");
    return tr_int_from_i64(r->cnt);
}

static TrType repeat_type = {
    .ob = {&tr_type_type}, .name = "repeat", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Repeat),
    .repr = repeat_repr, .iter = tr_self_iter, .next = repeat_next, .new_ = repeat_new,
};

/* ================================================================ accumulate */

typedef struct Accumulate { TrObject ob; TrValue it, func, total, initial; } Accumulate;

static TrValue accumulate_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"iterable", "func", "$initial", NULL};
    TrValue a[3];
    if (tr_parse_args("accumulate", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    TrValue it = tr_iter(a[0]);
    if (!it) return 0;
    Accumulate *acc = NEW(Accumulate, type);
    acc->it = it;
    acc->func = a[1] && a[1] != tr_None ? a[1] : 0;
    acc->initial = a[2] && a[2] != tr_None ? a[2] : 0;
    return (TrValue)acc;
}

static TrValue accumulate_next(TrValue self) {
    Accumulate *acc = (Accumulate *)self;
    if (acc->initial) {
        acc->total = acc->initial;
        acc->initial = 0;
        return acc->total;
    }
    TrValue v = tr_next(acc->it);
    if (!v) return 0;
    if (!acc->total) return acc->total = v;
    TrValue r = acc->func ? tr_call2(acc->func, acc->total, v) : tr_add(acc->total, v);
    if (!r) return 0;
    return acc->total = r;
}

static TrType accumulate_type = {
    .ob = {&tr_type_type}, .name = "accumulate", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Accumulate),
    .iter = tr_self_iter, .next = accumulate_next, .new_ = accumulate_new,
};

/* ================================================================ chain */

typedef struct Chain { TrObject ob; TrValue source, active; } Chain;
static TrType chain_type;

static TrValue chain_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("chain", kwnames) < 0) return 0;
    Chain *c = NEW(Chain, type);
    if (!(c->source = tr_iter(tuple_of(args, nargs)))) return 0;
    return (TrValue)c;
}

static TrValue chain_from_iterable(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("chain.from_iterable", kwnames) < 0 || tr_check_nargs("chain.from_iterable", nargs - 1, 1, 1) < 0) return 0;
    TrValue src = tr_iter(args[1]);
    if (!src) return 0;
    TrType *type = (TrType *)args[0];
    Chain *c = NEW(Chain, type);
    c->source = src;
    return (TrValue)c;
}

static TrValue chain_next(TrValue self) {
    Chain *c = (Chain *)self;
    while (c->source) {
        if (!c->active) {
            TrValue iterable = tr_next(c->source);
            if (!iterable) { c->source = 0; return 0; }
            if (!(c->active = tr_iter(iterable))) { c->source = 0; return 0; }
        }
        TrValue v = tr_next(c->active);
        if (v) return v;
        if (tr_err_occurred()) return 0;
        c->active = 0;
    }
    return 0;
}

static TrType chain_type = {
    .ob = {&tr_type_type}, .name = "chain", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Chain),
    .iter = tr_self_iter, .next = chain_next, .new_ = chain_new,
};

/* ================================================================ compress */

typedef struct Compress { TrObject ob; TrValue data, selectors; } Compress;

static TrValue compress_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"data", "selectors", NULL};
    TrValue a[2];
    if (tr_parse_args("compress", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    Compress *c = NEW(Compress, type);
    if (!(c->data = tr_iter(a[0])) || !(c->selectors = tr_iter(a[1]))) return 0;
    return (TrValue)c;
}

static TrValue compress_next(TrValue self) {
    Compress *c = (Compress *)self;
    for (;;) {
        TrValue d = tr_next(c->data);
        if (!d) return 0;
        TrValue s = tr_next(c->selectors);
        if (!s) return 0;
        int t = tr_truthy(s);
        if (t < 0) return 0;
        if (t) return d;
    }
}

static TrType compress_type = {
    .ob = {&tr_type_type}, .name = "compress", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Compress),
    .iter = tr_self_iter, .next = compress_next, .new_ = compress_new,
};

/* ================================================ dropwhile, takewhile, filterfalse */

typedef struct PredIter { TrObject ob; TrValue func, it; int state; } PredIter;

static TrValue prediter_make(TrType *type, const char *name, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs(name, kwnames) < 0 || tr_check_nargs(name, nargs, 2, 2) < 0) return 0;
    TrValue it = tr_iter(args[1]);
    if (!it) return 0;
    PredIter *p = NEW(PredIter, type);
    p->func = args[0];
    p->it = it;
    return (TrValue)p;
}

static int pred_true(TrValue func, TrValue v) {
    TrValue r = func == tr_None ? v : tr_call1(func, v);
    return r ? tr_truthy(r) : -1;
}

static TrValue dropwhile_new(TrType *t, TrValue *a, size_t n, TrValue k) { return prediter_make(t, "dropwhile", a, n, k); }
static TrValue takewhile_new(TrType *t, TrValue *a, size_t n, TrValue k) { return prediter_make(t, "takewhile", a, n, k); }
static TrValue filterfalse_new(TrType *t, TrValue *a, size_t n, TrValue k) { return prediter_make(t, "filterfalse", a, n, k); }

static TrValue dropwhile_next(TrValue self) {
    PredIter *p = (PredIter *)self;
    for (;;) {
        TrValue v = tr_next(p->it);
        if (!v) return 0;
        if (p->state) return v;
        int t = pred_true(p->func, v);
        if (t < 0) return 0;
        if (!t) { p->state = 1; return v; }
    }
}

static TrValue takewhile_next(TrValue self) {
    PredIter *p = (PredIter *)self;
    if (p->state) return 0;
    TrValue v = tr_next(p->it);
    if (!v) return 0;
    int t = pred_true(p->func, v);
    if (t < 0) return 0;
    if (t) return v;
    p->state = 1;
    return 0;
}

static TrValue filterfalse_next(TrValue self) {
    PredIter *p = (PredIter *)self;
    for (;;) {
        TrValue v = tr_next(p->it);
        if (!v) return 0;
        int t = pred_true(p->func, v);
        if (t < 0) return 0;
        if (!t) return v;
    }
}

static TrType dropwhile_type = {
    .ob = {&tr_type_type}, .name = "dropwhile", .flags = TR_TF_BASETYPE, .basicsize = sizeof(PredIter),
    .iter = tr_self_iter, .next = dropwhile_next, .new_ = dropwhile_new,
};
static TrType takewhile_type = {
    .ob = {&tr_type_type}, .name = "takewhile", .flags = TR_TF_BASETYPE, .basicsize = sizeof(PredIter),
    .iter = tr_self_iter, .next = takewhile_next, .new_ = takewhile_new,
};
static TrType filterfalse_type = {
    .ob = {&tr_type_type}, .name = "filterfalse", .flags = TR_TF_BASETYPE, .basicsize = sizeof(PredIter),
    .iter = tr_self_iter, .next = filterfalse_next, .new_ = filterfalse_new,
};

/* ================================================================ groupby */

/* As CPython: the groupby object owns the underlying iterator and the current
 * key/value; a group (_grouper) yields only while it is the groupby's current group,
 * so advancing the groupby ends the previous group. */
typedef struct GroupBy { TrObject ob; TrValue it, keyfunc, tgtkey, currkey, currvalue, currgrouper; } GroupBy;
typedef struct Grouper { TrObject ob; GroupBy *parent; TrValue tgtkey; } Grouper;
static TrType grouper_type;

static TrValue groupby_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"iterable", "key", NULL};
    TrValue a[2];
    if (tr_parse_args("groupby", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    TrValue it = tr_iter(a[0]);
    if (!it) return 0;
    GroupBy *g = NEW(GroupBy, type);
    g->it = it;
    g->keyfunc = a[1] ? a[1] : tr_None;
    return (TrValue)g;
}

static int groupby_step(GroupBy *g) {
    TrValue v = tr_next(g->it);
    if (!v) return -1;
    TrValue k = g->keyfunc == tr_None ? v : tr_call1(g->keyfunc, v);
    if (!k) return -1;
    g->currvalue = v;
    g->currkey = k;
    return 0;
}

static TrValue groupby_next(TrValue self) {
    GroupBy *g = (GroupBy *)self;
    g->currgrouper = 0;
    for (;;) {
        if (!g->currkey) {
        } else if (!g->tgtkey) {
            break;
        } else {
            int eq = tr_compare_bool(g->tgtkey, g->currkey, TR_EQ);
            if (eq < 0) return 0;
            if (!eq) break;
        }
        if (groupby_step(g) < 0) return 0;
    }
    g->tgtkey = g->currkey;
    Grouper *gr = NEW(Grouper, &grouper_type);
    gr->parent = g;
    gr->tgtkey = g->tgtkey;
    g->currgrouper = (TrValue)gr;
    return tr_tuple_pack(2, g->currkey, (TrValue)gr);
}

static TrValue grouper_next(TrValue self) {
    Grouper *gr = (Grouper *)self;
    GroupBy *g = gr->parent;
    if (g->currgrouper != self) return 0;
    if (!g->currvalue && groupby_step(g) < 0) return 0;
    int eq = tr_compare_bool(gr->tgtkey, g->currkey, TR_EQ);
    if (eq <= 0) return 0;
    TrValue r = g->currvalue;
    g->currvalue = 0;
    g->currkey = 0;
    return r;
}

static TrType groupby_type = {
    .ob = {&tr_type_type}, .name = "groupby", .flags = TR_TF_BASETYPE, .basicsize = sizeof(GroupBy),
    .iter = tr_self_iter, .next = groupby_next, .new_ = groupby_new,
};
static TrType grouper_type = {
    .ob = {&tr_type_type}, .name = "_grouper", .basicsize = sizeof(Grouper),
    .iter = tr_self_iter, .next = grouper_next,
};

/* ================================================================ islice */

typedef struct ISlice { TrObject ob; TrValue it; int64_t next, stop, step, cnt; } ISlice;

static TrValue islice_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("islice", kwnames) < 0 || tr_check_nargs("islice", nargs, 2, 4) < 0) return 0;
    int64_t start = 0, stop = -1, step = 1;
    int err;
    static const char stopmsg[] = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    if (nargs == 2) {
        if (args[1] != tr_None) {
            stop = as_ssize(args[1], &err);
            if (stop == -1) {
                tr_err_clear();
                return tr_err(TR_EXC_TYPE(ValueError), stopmsg);
            }
        }
    } else {
        if (args[1] != tr_None) {
            start = as_ssize(args[1], &err);
            if (err) tr_err_clear();
        }
        if (args[2] != tr_None) {
            stop = as_ssize(args[2], &err);
            if (stop == -1) {
                tr_err_clear();
                return tr_err(TR_EXC_TYPE(ValueError), stopmsg);
            }
        }
    }
    if (start < 0 || stop < -1)
        return tr_err(TR_EXC_TYPE(ValueError), "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (nargs == 4) {
        if (args[3] != tr_None) {
            step = as_ssize(args[3], &err);
            if (err) tr_err_clear();
        }
    }
    if (step < 1) return tr_err(TR_EXC_TYPE(ValueError), "Step for islice() must be a positive integer or None.");
    TrValue it = tr_iter(args[0]);
    if (!it) return 0;
    ISlice *s = NEW(ISlice, type);
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    return (TrValue)s;
}

static TrValue islice_next(TrValue self) {
    ISlice *s = (ISlice *)self;
    if (!s->it) return 0;
    TrValue v;
    while (s->cnt < s->next) {
        if (!(v = tr_next(s->it))) goto empty;
        s->cnt++;
    }
    if (s->stop != -1 && s->cnt >= s->stop) goto empty;
    if (!(v = tr_next(s->it))) goto empty;
    s->cnt++;
    int64_t old = s->next;
    s->next += s->step;
    if (s->next < old || (s->stop != -1 && s->next > s->stop)) s->next = s->stop;
    return v;
empty:
    s->it = 0;
    return 0;
}

static TrType islice_type = {
    .ob = {&tr_type_type}, .name = "islice", .flags = TR_TF_BASETYPE, .basicsize = sizeof(ISlice),
    .iter = tr_self_iter, .next = islice_next, .new_ = islice_new,
};

/* ================================================================ pairwise */

typedef struct Pairwise { TrObject ob; TrValue it, old; } Pairwise;

static TrValue pairwise_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (exact_args("pairwise", nargs, kwnames, 1) < 0) return 0;
    TrValue it = tr_iter(args[0]);
    if (!it) return 0;
    Pairwise *p = NEW(Pairwise, type);
    p->it = it;
    return (TrValue)p;
}

static TrValue pairwise_next(TrValue self) {
    Pairwise *p = (Pairwise *)self;
    if (!p->it) return 0;
    if (!p->old && !(p->old = tr_next(p->it))) { p->it = 0; return 0; }
    TrValue n = tr_next(p->it);
    if (!n) { p->it = 0; p->old = 0; return 0; }
    TrValue r = tr_tuple_pack(2, p->old, n);
    p->old = n;
    return r;
}

static TrType pairwise_type = {
    .ob = {&tr_type_type}, .name = "pairwise", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Pairwise),
    .iter = tr_self_iter, .next = pairwise_next, .new_ = pairwise_new,
};

/* ================================================================ starmap */

typedef struct Starmap { TrObject ob; TrValue func, it; } Starmap;

static TrValue starmap_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("starmap", kwnames) < 0 || tr_check_nargs("starmap", nargs, 2, 2) < 0) return 0;
    TrValue it = tr_iter(args[1]);
    if (!it) return 0;
    Starmap *s = NEW(Starmap, type);
    s->func = args[0];
    s->it = it;
    return (TrValue)s;
}

static TrValue starmap_next(TrValue self) {
    Starmap *s = (Starmap *)self;
    TrValue v = tr_next(s->it);
    if (!v) return 0;
    TrValue t = tr_isinstance_exact(v, &tr_tuple_type) ? v : tr_tuple_from_iterable(v);
    if (!t) return 0;
    return tr_call(s->func, TR_TUPLE(t)->items, TR_TUPLE(t)->len, 0);
}

static TrType starmap_type = {
    .ob = {&tr_type_type}, .name = "starmap", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Starmap),
    .iter = tr_self_iter, .next = starmap_next, .new_ = starmap_new,
};

/* ================================================================ tee */

/* The tee objects of one tee() share a singly linked list of values read from the
 * underlying iterator; each holds its position (the node it reads next).  Nodes no tee
 * points to any more are garbage. */
typedef struct TeeNode { struct TeeNode *next; TrValue value; } TeeNode; /* next 0: not read yet */
typedef struct TeeShared { TrValue it; bool running, done; } TeeShared;
typedef struct Tee { TrObject ob; TeeShared *shared; TeeNode *pos; } Tee;
static TrType tee_type;

static TrValue tee_next(TrValue self) {
    Tee *t = (Tee *)self;
    TeeNode *n = t->pos;
    if (!n->next) {
        TeeShared *sh = t->shared;
        if (sh->done) return 0;
        if (sh->running) return tr_err(TR_EXC_TYPE(RuntimeError), "cannot re-enter the tee iterator");
        sh->running = true;
        TrValue v = tr_next(sh->it);
        sh->running = false;
        if (!v) {
            if (!tr_err_occurred()) sh->done = true;
            return 0;
        }
        n->value = v;
        n->next = tr_alloc(sizeof(TeeNode));
    }
    t->pos = n->next;
    return n->value;
}

static TrValue tee_copy_of(Tee *t) {
    Tee *c = NEW(Tee, &tee_type);
    c->shared = t->shared;
    c->pos = t->pos;
    return (TrValue)c;
}

static TrValue tee_copy(TrValue *args, size_t nargs, TrValue kwnames) { return tee_copy_of((Tee *)args[0]); }

static TrValue tee_from_iterable(TrValue iterable) {
    TrValue it = tr_iter(iterable);
    if (!it) return 0;
    if (tr_isinstance_exact(it, &tee_type)) return tee_copy_of((Tee *)it);
    Tee *t = NEW(Tee, &tee_type);
    t->shared = tr_alloc(sizeof(TeeShared));
    t->shared->it = it;
    t->pos = tr_alloc(sizeof(TeeNode));
    return (TrValue)t;
}

static TrValue tee_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("_tee", kwnames) < 0 || tr_check_nargs("_tee", nargs, 1, 1) < 0) return 0;
    return tee_from_iterable(args[0]);
}

static const TrMethodDef tee_methods[] = {{"__copy__", tee_copy}, {0}};

static TrType tee_type = {
    .ob = {&tr_type_type}, .name = "_tee", .basicsize = sizeof(Tee),
    .iter = tr_self_iter, .next = tee_next, .new_ = tee_new,
};

static TrValue itertools_tee(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("tee", kwnames) < 0 || tr_check_nargs("tee", nargs, 1, 2) < 0) return 0;
    int64_t n = 2;
    if (nargs == 2) {
        if (!tr_int_check(args[1]))
            return tr_err(TR_EXC_TYPE(TypeError), "'%s' object cannot be interpreted as an integer", TR_TYPE_NAME(args[1]));
        if (tr_int_as_i64(args[1], &n) < 0) return 0;
    }
    if (n < 0) return tr_err(TR_EXC_TYPE(ValueError), "n must be >= 0");
    TrValue result = tr_tuple_new((size_t)n);
    if (n == 0) return result;
    TrValue it = tr_iter(args[0]);
    if (!it) return 0;
    TrValue first;
    TrValue copy = tr_type_lookup(TR_TYPE(it), TR_INTERN("__copy__"));
    if (copy) first = it;
    else if (!(first = tee_from_iterable(it))) return 0;
    TR_TUPLE(result)->items[0] = first;
    for (int64_t i = 1; i < n; i++) {
        TrValue c = tr_call_method_cstr(first, "__copy__", 0);
        if (!c) return 0;
        TR_TUPLE(result)->items[i] = c;
    }
    return result;
}

/* ================================================================ zip_longest */

typedef struct ZipLongest { TrObject ob; size_t n, active; TrValue *its; TrValue fill; } ZipLongest;

static TrValue zip_longest_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue fill = tr_None;
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    for (size_t k = 0; k < nkw; k++) {
        TrValue key = TR_TUPLE(kwnames)->items[k];
        if (nkw != 1 || !tr_str_eq_cstr(key, "fillvalue"))
            return tr_err(TR_EXC_TYPE(TypeError), "zip_longest() got an unexpected keyword argument");
        fill = args[nargs];
    }
    ZipLongest *z = NEW(ZipLongest, type);
    z->n = z->active = nargs;
    z->fill = fill;
    z->its = tr_alloc(sizeof(TrValue) * (nargs + 1));
    for (size_t i = 0; i < nargs; i++)
        if (!(z->its[i] = tr_iter(args[i]))) return 0;
    return (TrValue)z;
}

static TrValue zip_longest_next(TrValue self) {
    ZipLongest *z = (ZipLongest *)self;
    if (!z->n || !z->active) return 0;
    TrValue t = tr_tuple_new(z->n);
    for (size_t i = 0; i < z->n; i++) {
        TrValue v;
        if (!z->its[i]) v = z->fill;
        else if (!(v = tr_next(z->its[i]))) {
            if (tr_err_occurred()) { z->active = 0; return 0; }
            z->its[i] = 0;
            if (--z->active == 0) return 0;
            v = z->fill;
        }
        TR_TUPLE(t)->items[i] = v;
    }
    return t;
}

static TrType zip_longest_type = {
    .ob = {&tr_type_type}, .name = "zip_longest", .flags = TR_TF_BASETYPE, .basicsize = sizeof(ZipLongest),
    .iter = tr_self_iter, .next = zip_longest_next, .new_ = zip_longest_new,
};

/* ================================================================ combinatorics */

/* product, permutations, combinations and combinations_with_replacement: a pool tuple,
 * index arrays, and the previous result (0 before the first) */
typedef struct Combi {
    TrObject ob;
    int kind;
    TrValue pool;       /* tuple; product: tuple of pool tuples (repeated) */
    size_t n, r;
    size_t *indices, *cycles;
    TrValue result;
    bool stopped;
} Combi;
enum { K_PRODUCT, K_PERMUTATIONS, K_COMBINATIONS, K_CWR };
static TrType product_type, permutations_type, combinations_type, cwr_type;

static TrValue combi_alloc(TrType *type, int kind, TrValue pool, size_t r) {
    Combi *c = NEW(Combi, type);
    c->kind = kind;
    c->pool = pool;
    c->n = TR_TUPLE(pool)->len;
    c->r = r;
    c->indices = tr_alloc(sizeof(size_t) * (r + c->n + 1));
    c->cycles = tr_alloc(sizeof(size_t) * (r + 1));
    return (TrValue)c;
}

static TrValue product_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    int64_t repeat = 1;
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    for (size_t k = 0; k < nkw; k++) {
        TrValue key = TR_TUPLE(kwnames)->items[k];
        if (!tr_str_eq_cstr(key, "repeat"))
            return tr_err(TR_EXC_TYPE(TypeError), "'%s' is an invalid keyword argument for product()", tr_str_cstr(key));
        TrValue v = args[nargs + k];
        if (!tr_int_check(v))
            return tr_err(TR_EXC_TYPE(TypeError), "'%s' object cannot be interpreted as an integer", TR_TYPE_NAME(v));
        if (tr_int_as_i64(v, &repeat) < 0) return 0;
    }
    if (repeat < 0) return tr_err(TR_EXC_TYPE(ValueError), "repeat argument cannot be negative");
    size_t npools = nargs * (size_t)repeat;
    TrValue pools = tr_tuple_new(npools);
    for (size_t i = 0; i < nargs; i++) {
        TrValue t = tr_tuple_from_iterable(args[i]);
        if (!t) return 0;
        for (int64_t j = 0; j < repeat; j++) TR_TUPLE(pools)->items[j * nargs + i] = t;
    }
    Combi *c = (Combi *)combi_alloc(type, K_PRODUCT, pools, npools);
    return (TrValue)c;
}

static TrValue product_next(Combi *c) {
    if (c->stopped) return 0;
    size_t np = c->n;
    TrValue *pools = TR_TUPLE(c->pool)->items;
    if (!c->result) {
        TrValue t = tr_tuple_new(np);
        for (size_t i = 0; i < np; i++) {
            if (!TR_TUPLE(pools[i])->len) { c->stopped = true; return 0; }
            TR_TUPLE(t)->items[i] = TR_TUPLE(pools[i])->items[0];
            c->indices[i] = 0;
        }
        return c->result = t;
    }
    if (np == 0) { c->stopped = true; return 0; }
    TrValue t = tr_tuple_from(TR_TUPLE(c->result)->items, np);
    size_t i = np;
    while (i-- > 0) {
        TrTuple *pool = TR_TUPLE(pools[i]);
        if (++c->indices[i] == pool->len) {
            c->indices[i] = 0;
            TR_TUPLE(t)->items[i] = pool->items[0];
        } else {
            TR_TUPLE(t)->items[i] = pool->items[c->indices[i]];
            return c->result = t;
        }
    }
    c->stopped = true;
    return 0;
}

static TrValue pool_and_r(const char *name, TrValue *args, size_t nargs, TrValue kwnames, bool r_required,
                          TrValue *pool, int64_t *r) {
    static const char *const kw[] = {"iterable", "r", NULL};
    TrValue a[2];
    if (tr_parse_args(name, args, nargs, kwnames, kw, r_required ? 2 : 1, a) < 0) return 0;
    if (!(*pool = tr_tuple_from_iterable(a[0]))) return 0;
    *r = (int64_t)TR_TUPLE(*pool)->len;
    if (a[1] && a[1] != tr_None) {
        if (!tr_int_check(a[1]))
            return tr_err(TR_EXC_TYPE(TypeError), r_required ? "'%s' object cannot be interpreted as an integer"
                                                             : "Expected int as r", TR_TYPE_NAME(a[1]));
        if (tr_int_as_i64(a[1], r) < 0) return 0;
        if (*r < 0) return tr_err(TR_EXC_TYPE(ValueError), "r must be non-negative");
    }
    return tr_None;
}

static TrValue permutations_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue pool;
    int64_t r;
    if (!pool_and_r("permutations", args, nargs, kwnames, false, &pool, &r)) return 0;
    Combi *c = (Combi *)combi_alloc(type, K_PERMUTATIONS, pool, (size_t)r);
    for (size_t i = 0; i < c->n; i++) c->indices[i] = i;
    for (size_t i = 0; i < c->r && c->r <= c->n; i++) c->cycles[i] = c->n - i;
    c->stopped = c->r > c->n;
    return (TrValue)c;
}

static TrValue permutations_next(Combi *c) {
    if (c->stopped) return 0;
    size_t n = c->n, r = c->r;
    TrValue *items = TR_TUPLE(c->pool)->items;
    if (c->result) {
        if (n == 0) goto stop;
        size_t i = r;
        while (i-- > 0) {
            if (--c->cycles[i] == 0) {
                size_t first = c->indices[i];
                for (size_t j = i; j < n - 1; j++) c->indices[j] = c->indices[j + 1];
                c->indices[n - 1] = first;
                c->cycles[i] = n - i;
            } else {
                size_t j = c->cycles[i], tmp = c->indices[i];
                c->indices[i] = c->indices[n - j];
                c->indices[n - j] = tmp;
                goto emit;
            }
        }
        goto stop;
    }
emit: {
    TrValue t = tr_tuple_new(r);
    for (size_t i = 0; i < r; i++) TR_TUPLE(t)->items[i] = items[c->indices[i]];
    return c->result = t;
}
stop:
    c->stopped = true;
    return 0;
}

static TrValue combinations_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue pool;
    int64_t r;
    if (!pool_and_r("combinations", args, nargs, kwnames, true, &pool, &r)) return 0;
    Combi *c = (Combi *)combi_alloc(type, K_COMBINATIONS, pool, (size_t)r);
    for (size_t i = 0; i < c->r; i++) c->indices[i] = i;
    c->stopped = c->r > c->n;
    return (TrValue)c;
}

static TrValue combinations_next(Combi *c) {
    if (c->stopped) return 0;
    size_t n = c->n, r = c->r;
    if (c->result) {
        size_t i = r;
        for (;;) {
            if (i-- == 0) { c->stopped = true; return 0; }
            if (c->indices[i] != i + n - r) break;
        }
        c->indices[i]++;
        for (size_t j = i + 1; j < r; j++) c->indices[j] = c->indices[j - 1] + 1;
    }
    TrValue t = tr_tuple_new(r);
    for (size_t i = 0; i < r; i++) TR_TUPLE(t)->items[i] = TR_TUPLE(c->pool)->items[c->indices[i]];
    return c->result = t;
}

static TrValue cwr_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue pool;
    int64_t r;
    if (!pool_and_r("combinations_with_replacement", args, nargs, kwnames, true, &pool, &r)) return 0;
    Combi *c = (Combi *)combi_alloc(type, K_CWR, pool, (size_t)r);
    c->stopped = c->n == 0 && c->r > 0;
    return (TrValue)c;
}

static TrValue cwr_next(Combi *c) {
    if (c->stopped) return 0;
    size_t n = c->n, r = c->r;
    if (c->result) {
        size_t i = r;
        for (;;) {
            if (i-- == 0) { c->stopped = true; return 0; }
            if (c->indices[i] != n - 1) break;
        }
        size_t v = c->indices[i] + 1;
        for (size_t j = i; j < r; j++) c->indices[j] = v;
    }
    TrValue t = tr_tuple_new(r);
    for (size_t i = 0; i < r; i++) TR_TUPLE(t)->items[i] = TR_TUPLE(c->pool)->items[c->indices[i]];
    return c->result = t;
}

static TrValue combi_next(TrValue self) {
    Combi *c = (Combi *)self;
    switch (c->kind) {
    case K_PRODUCT: return product_next(c);
    case K_PERMUTATIONS: return permutations_next(c);
    case K_COMBINATIONS: return combinations_next(c);
    default: return cwr_next(c);
    }
}

static TrType product_type = {
    .ob = {&tr_type_type}, .name = "product", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Combi),
    .iter = tr_self_iter, .next = combi_next, .new_ = product_new,
};
static TrType permutations_type = {
    .ob = {&tr_type_type}, .name = "permutations", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Combi),
    .iter = tr_self_iter, .next = combi_next, .new_ = permutations_new,
};
static TrType combinations_type = {
    .ob = {&tr_type_type}, .name = "combinations", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Combi),
    .iter = tr_self_iter, .next = combi_next, .new_ = combinations_new,
};
static TrType cwr_type = {
    .ob = {&tr_type_type}, .name = "combinations_with_replacement", .flags = TR_TF_BASETYPE,
    .basicsize = sizeof(Combi), .iter = tr_self_iter, .next = combi_next, .new_ = cwr_new,
};

/* ================================================================ module */

TrValue trmod_itertools_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("itertools", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    struct { const char *name; TrType *type; } types[] = {
        {"count", &count_type}, {"cycle", &cycle_type}, {"repeat", &repeat_type},
        {"accumulate", &accumulate_type}, {"chain", &chain_type}, {"compress", &compress_type},
        {"dropwhile", &dropwhile_type}, {"filterfalse", &filterfalse_type}, {"groupby", &groupby_type},
        {"islice", &islice_type}, {"pairwise", &pairwise_type}, {"starmap", &starmap_type},
        {"takewhile", &takewhile_type}, {"zip_longest", &zip_longest_type}, {"product", &product_type},
        {"permutations", &permutations_type}, {"combinations", &combinations_type},
        {"combinations_with_replacement", &cwr_type}, {"_grouper", &grouper_type}, {"_tee", &tee_type},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        TrType *t = types[i].type;
        t->module = TR_INTERN("itertools");
        tr_type_ready(t);
        tr_type_add_methods(t, tr_iter_methods);
        if (types[i].name[0] != '_') tr_module_add(m, types[i].name, (TrValue)t);
    }
    static const TrMethodDef chain_methods[] = {{"from_iterable", chain_from_iterable, TR_METH_CLASS}, {0}};
    tr_type_add_methods(&chain_type, chain_methods);
    static const TrMethodDef repeat_methods[] = {{"__length_hint__", repeat_length_hint}, {0}};
    tr_type_add_methods(&repeat_type, repeat_methods);
    tr_type_add_methods(&tee_type, tee_methods);
    static const TrMethodDef functions[] = {{"tee", itertools_tee}, {0}};
    tr_module_add_functions(m, functions);
    return m;
}
