/* obj_iter.c — iterator types: the sequence iterator (lists and tuples by index,
 * anything else through __getitem__ until IndexError), enumerate, zip, map, filter,
 * reversed and iter(callable, sentinel).  Each builtin is a type whose constructor
 * is the builtin of the same name. */
#include "tr.h"
#include "seq.h"

TrValue tr_self_iter(TrValue self) { return self; }

/* ---------------------------------------------------------------- sequence iterator */

typedef struct SeqIter { TrObject ob; TrValue seq; size_t pos; } SeqIter;

/* Lists and tuples (subclasses included) are read directly, as CPython's list_iterator
 * does; anything else through __getitem__ until IndexError or StopIteration. */
static TrValue seq_iter_next(TrValue self) {
    SeqIter *it = (SeqIter *)self;
    TrValue s = it->seq;
    if (!s) return 0;
    if (TR_TYPE(s)->flags & (TR_TF_LIST_SUBCLASS | TR_TF_TUPLE_SUBCLASS)) {
        TrValue v = tr_seq_item_at(s, it->pos);
        if (v) {
            it->pos++;
            return v;
        }
    } else {
        TrValue v = tr_getitem(s, tr_int_from_i64((int64_t)it->pos));
        if (v) {
            it->pos++;
            return v;
        }
        if (!tr_err_is(TR_EXC_TYPE(IndexError)) && !tr_err_is(TR_EXC_TYPE(StopIteration))) return 0;
        tr_err_clear();
    }
    it->seq = 0;
    return 0;
}

#define SEQ_ITER_TYPE(cname, pyname)                                                     \
    static TrType cname = {.ob = {&tr_type_type}, .name = pyname, .basicsize = sizeof(SeqIter), \
                           .iter = tr_self_iter, .next = seq_iter_next}
SEQ_ITER_TYPE(list_iter_type, "list_iterator");
SEQ_ITER_TYPE(tuple_iter_type, "tuple_iterator");
SEQ_ITER_TYPE(seq_iter_type, "iterator");

TrValue tr_seq_iter_new(TrValue seq) {
    unsigned f = TR_TYPE(seq)->flags;
    TrType *t = f & TR_TF_LIST_SUBCLASS ? &list_iter_type : f & TR_TF_TUPLE_SUBCLASS ? &tuple_iter_type : &seq_iter_type;
    SeqIter *it = (SeqIter *)tr_object_alloc(t, sizeof(SeqIter));
    it->seq = seq;
    return (TrValue)it;
}

/* ---------------------------------------------------------------- enumerate */

typedef struct Enumerate { TrObject ob; TrValue it; TrValue count; } Enumerate;

static TrValue enumerate_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"iterable", "start", NULL};
    TrValue a[2];
    if (tr_parse_args("enumerate", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    /* start first, as CPython: enumerate(5, 'x') is about 'x'; an exact int: True counts from 1 */
    TrValue start = a[1] ? tr_number_index(a[1]) : TR_FROM_SMALL(0);
    if (!start) return 0;
    TrValue it = tr_iter(a[0]);
    if (!it) return 0;
    Enumerate *e = (Enumerate *)tr_object_alloc(type, type->basicsize);
    e->it = it;
    e->count = start;
    return (TrValue)e;
}

/* the count, with the item in *item; 0 at the end or on an error */
static TrValue enumerate_pair(TrValue self, TrValue *item) {
    Enumerate *e = (Enumerate *)self;
    TrValue v = tr_next(e->it);
    if (!v) return 0;
    TrValue i = e->count;
    TrValue next = tr_add(i, TR_FROM_SMALL(1));
    if (!next) return 0;
    e->count = next;
    *item = v;
    return i;
}

static TrValue enumerate_next(TrValue self) {
    TrValue v, i = enumerate_pair(self, &v);
    return i ? tr_tuple_pack(2, i, v) : 0;
}

TrType tr_enumerate_type = {
    .ob = {&tr_type_type}, .name = "enumerate", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Enumerate),
    .iter = tr_self_iter, .next = enumerate_next, .new_ = enumerate_new,
};

/* ---------------------------------------------------------------- zip */

typedef struct Zip { TrObject ob; size_t n; TrValue *its; bool strict, done; } Zip;

static TrValue zip_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    Zip *z = (Zip *)tr_object_alloc(type, type->basicsize);
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    for (size_t k = 0; k < nkw; k++) {
        if (!tr_str_eq_cstr(TR_TUPLE(kwnames)->items[k], "strict"))
            return tr_err(TR_EXC_TYPE(TypeError), "zip() got an unexpected keyword argument '%s'",
                          tr_str_cstr(TR_TUPLE(kwnames)->items[k]));
        int s = tr_truthy(args[nargs + k]);
        if (s < 0) return 0;
        z->strict = s;
    }
    z->n = nargs;
    z->its = tr_alloc(sizeof(TrValue) * (nargs + 1));
    for (size_t i = 0; i < nargs; i++)
        if (!(z->its[i] = tr_iter(args[i]))) return 0;
    return (TrValue)z;
}

/* The next item of every iterator into items[0..n): true, or false at the end (an
 * error set if one happened, or if a strict zip's arguments differ in length). */
static bool zip_fill(Zip *z, TrValue *items) {
    if (!z->n || z->done) return false;
    for (size_t i = 0; i < z->n; i++) {
        TrValue v = tr_next(z->its[i]);
        if (!v) {
            if (tr_err_occurred()) return false;
            z->done = true;
            if (!z->strict) return false;
            if (i > 0) {
                tr_err(TR_EXC_TYPE(ValueError), "zip() argument %zu is shorter than argument%s%zu", i + 1,
                       i == 1 ? " " : "s 1-", i);
                return false;
            }
            for (size_t j = 1; j < z->n; j++) {
                TrValue w = tr_next(z->its[j]);
                if (w) {
                    tr_err(TR_EXC_TYPE(ValueError), "zip() argument %zu is longer than argument%s%zu", j + 1,
                           j == 1 ? " " : "s 1-", j);
                    return false;
                }
                if (tr_err_occurred()) return false;
            }
            return false;
        }
        items[i] = v;
    }
    return true;
}

static TrValue zip_next(TrValue self) {
    Zip *z = (Zip *)self;
    TrValue t = z->n && !z->done ? tr_tuple_new(z->n) : 0;
    return t && zip_fill(z, TR_TUPLE(t)->items) ? t : 0;
}

/* a two-iterator zip's next pair: the first, the second in *second */
static TrValue zip_pair(TrValue self, TrValue *second) {
    TrValue items[2];
    if (!zip_fill((Zip *)self, items)) return 0;
    *second = items[1];
    return items[0];
}

TrPairStep tr_pair_stepper(TrValue it) {
    TrType *t = TR_TYPE(it);
    if (t == &tr_enumerate_type) return enumerate_pair;
    if (t == &tr_zip_type && ((Zip *)it)->n == 2) return zip_pair;
    return tr_dict_pair_stepper(it);
}

TrType tr_zip_type = {
    .ob = {&tr_type_type}, .name = "zip", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Zip),
    .iter = tr_self_iter, .next = zip_next, .new_ = zip_new,
};

/* ---------------------------------------------------------------- map */

typedef struct Map { TrObject ob; TrValue func; size_t n; TrValue *its; } Map;

static TrValue map_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("map", kwnames) < 0) return 0;
    if (nargs < 2) return tr_err(TR_EXC_TYPE(TypeError), "map() must have at least two arguments.");
    Map *m = (Map *)tr_object_alloc(type, type->basicsize);
    m->func = args[0];
    m->n = nargs - 1;
    m->its = tr_alloc(sizeof(TrValue) * m->n);
    for (size_t i = 0; i < m->n; i++)
        if (!(m->its[i] = tr_iter(args[i + 1]))) return 0;
    return (TrValue)m;
}

static TrValue map_next(TrValue self) {
    Map *m = (Map *)self;
    TrValue stackbuf[8];
    TrValue *a = m->n <= 8 ? stackbuf : tr_alloc(sizeof(TrValue) * m->n);
    for (size_t i = 0; i < m->n; i++)
        if (!(a[i] = tr_next(m->its[i]))) return 0;
    return tr_call(m->func, a, m->n, 0);
}

TrType tr_map_type = {
    .ob = {&tr_type_type}, .name = "map", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Map),
    .iter = tr_self_iter, .next = map_next, .new_ = map_new,
};

/* ---------------------------------------------------------------- filter */

typedef struct Filter { TrObject ob; TrValue func, it; } Filter;

static TrValue filter_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("filter", kwnames) < 0) return 0;
    if (nargs != 2) return tr_err(TR_EXC_TYPE(TypeError), "filter expected 2 arguments, got %zu", nargs);
    Filter *f = (Filter *)tr_object_alloc(type, type->basicsize);
    f->func = args[0];
    if (!(f->it = tr_iter(args[1]))) return 0;
    return (TrValue)f;
}

static TrValue filter_next(TrValue self) {
    Filter *f = (Filter *)self;
    TrValue v;
    while ((v = tr_next(f->it))) {
        TrValue r = f->func == tr_None ? v : tr_call1(f->func, v);
        if (!r) return 0;
        int t = tr_truthy(r);
        if (t < 0) return 0;
        if (t) return v;
    }
    return 0;
}

TrType tr_filter_type = {
    .ob = {&tr_type_type}, .name = "filter", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Filter),
    .iter = tr_self_iter, .next = filter_next, .new_ = filter_new,
};

/* ---------------------------------------------------------------- reversed */

typedef struct Reversed { TrObject ob; TrValue seq; int64_t pos; } Reversed;

TrValue tr_reversed_new(TrValue seq) {
    intptr_t n = tr_len(seq);
    if (n < 0) return 0;
    Reversed *r = (Reversed *)tr_object_alloc(&tr_reversed_type, sizeof(Reversed));
    r->seq = seq;
    r->pos = n - 1;
    return (TrValue)r;
}

static TrValue reversed_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("reversed", kwnames) < 0 || tr_check_nargs("reversed", nargs, 1, 1) < 0) return 0;
    TrValue seq = args[0];
    TrType *t = TR_TYPE(seq);
    TrValue rev = tr_type_lookup(t, TR_INTERN("__reversed__"));
    if (rev == tr_None || (!rev && (!t->len || !t->getitem)))
        return tr_err(TR_EXC_TYPE(TypeError), "'%s' object is not reversible", t->name);
    if (rev) return tr_call_method_cstr(seq, "__reversed__", 0);
    return tr_reversed_new(seq);
}

static TrValue reversed_next(TrValue self) {
    Reversed *r = (Reversed *)self;
    TrValue s = r->seq;
    if (r->pos < 0 || !s) return 0;
    if (TR_TYPE(s)->flags & (TR_TF_LIST_SUBCLASS | TR_TF_TUPLE_SUBCLASS)) {
        TrValue v = tr_seq_item_at(s, (size_t)r->pos);
        if (v) {
            r->pos--;
            return v;
        }
        r->seq = 0;
        return 0;
    }
    TrValue v = tr_getitem(s, tr_int_from_i64(r->pos--));
    if (!v && (tr_err_is(TR_EXC_TYPE(IndexError)) || tr_err_is(TR_EXC_TYPE(StopIteration)))) {
        tr_err_clear();
        r->seq = 0;
    }
    return v;
}

TrType tr_reversed_type = {
    .ob = {&tr_type_type}, .name = "reversed", .basicsize = sizeof(Reversed),
    .iter = tr_self_iter, .next = reversed_next, .new_ = reversed_new,
};

/* ---------------------------------------------------------------- iter(callable, sentinel) */

typedef struct CallIter { TrObject ob; TrValue func, sentinel; } CallIter;

static TrValue call_iter_next(TrValue self) {
    CallIter *c = (CallIter *)self;
    if (!c->func) return 0;
    TrValue v = tr_call0(c->func);
    if (!v) {
        if (tr_err_is(TR_EXC_TYPE(StopIteration))) { tr_err_clear(); c->func = 0; }
        return 0;
    }
    int eq = tr_equal(v, c->sentinel);
    if (eq < 0) return 0;
    if (eq) { c->func = 0; return 0; }
    return v;
}

static TrType call_iter_type = {
    .ob = {&tr_type_type}, .name = "callable_iterator", .basicsize = sizeof(CallIter),
    .iter = tr_self_iter, .next = call_iter_next,
};

TrValue tr_callable_iter_new(TrValue callable, TrValue sentinel) {
    CallIter *c = (CallIter *)tr_object_alloc(&call_iter_type, sizeof(CallIter));
    c->func = callable;
    c->sentinel = sentinel;
    return (TrValue)c;
}

static TrValue iter_m_next(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__next__", 0, 0) < 0) return 0;
    TrValue v = tr_builtin_base(TR_TYPE(args[0]))->next(args[0]); /* a subclass's __next__ is not re-entered */
    if (!v && !tr_err_occurred()) tr_raise((TrValue)TR_EXC_TYPE(StopIteration));
    return v;
}

static TrValue iter_m_iter(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__iter__", 0, 0) < 0) return 0;
    return args[0];
}

const TrMethodDef tr_iter_methods[] = {
    {"__next__", iter_m_next, TR_METH_INSTANCE},
    {"__iter__", iter_m_iter, TR_METH_INSTANCE},
    {0},
};

/* Needs str, dict and builtin functions (tr_type_add_methods). */
void tr_init_iter(void) {
    TrType *types[] = {&list_iter_type, &tuple_iter_type, &seq_iter_type, &tr_enumerate_type, &tr_zip_type,
                       &tr_map_type, &tr_filter_type, &tr_reversed_type, &call_iter_type, NULL};
    for (int i = 0; types[i]; i++) {
        tr_type_ready(types[i]);
        tr_type_add_methods(types[i], tr_iter_methods);
    }
}
