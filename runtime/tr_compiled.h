/* tr_compiled.h — runtime entry points used only by generated C (compiler/emit_c.c):
 * name lookups with Python's error texts, keyword-argument merging, (async) `with`
 * protocol, assert and re-raise (compiled.c), and the helpers of `match` statements
 * (match.c).  Assumes tr.h. */
#ifndef TR_COMPILED_H
#define TR_COMPILED_H
#include "tr.h"

/* `for x in range(...)` (compiler/opt/range_loop.c): a C counting loop when the callee
 * is the builtin range and the arguments small ints with a non-zero step; otherwise the
 * callee's result iterated as any object (it != 0). */
typedef struct TrRangeLoop { intptr_t cur, stop, step; TrValue it; } TrRangeLoop;
static inline int tr_range_loop_init(TrRangeLoop *l, TrValue callee, TrValue *args, int nargs) {
    if (callee == (TrValue)&tr_range_type) {
        intptr_t v[3] = {0, 0, 1};
        int small = 1;
        for (int k = 0; k < nargs; k++) {
            if (!TR_IS_SMALL(args[k])) small = 0;
            else v[nargs == 1 ? 1 : k] = TR_SMALL_VAL(args[k]);
        }
        if (small && v[2] != 0) {
            l->cur = v[0], l->stop = v[1], l->step = v[2], l->it = 0;
            return 0;
        }
    }
    TrValue r = tr_call_positional(callee, args, (size_t)nargs);
    l->it = r ? tr_iter(r) : 0;
    return l->it ? 0 : -1;
}
/* The next item, or 0 at the end (or on an error of the generic iterator) */
static inline TrValue tr_range_loop_next(TrRangeLoop *l) {
    if (TR_LIKELY(!l->it)) {
        if (l->step > 0 ? l->cur >= l->stop : l->cur <= l->stop) return 0;
        intptr_t c = l->cur;
        l->cur += l->step; /* |cur|, |step| < 2**62: no overflow */
        return TR_FROM_SMALL(c);
    }
    return tr_next(l->it);
}

static inline TrValue tr_attr_cache_hit(TrValue obj, TrValue name, const TrAttrCacheEntry *c) {
    TrDict *d = *(TrDict **)((char *)obj + c->type->dictoffset);
    if (d && c->index < d->nentries && d->entries[c->index].key == name) return d->entries[c->index].value;
    return 0;
}
static inline TrValue tr_getattr_cached(TrValue obj, TrValue name, TrAttrCache *c) {
    if (!TR_IS_SMALL(obj)) {
        TrValue v = 0;
        if (obj->type == c->e[0].type && *c->e[0].group == c->e[0].epoch) v = tr_attr_cache_hit(obj, name, &c->e[0]);
        else if (obj->type == c->e[1].type && *c->e[1].group == c->e[1].epoch) v = tr_attr_cache_hit(obj, name, &c->e[1]);
        if (v) return v;
    }
    return tr_getattr_fill(obj, name, c);
}

TrValue tr_global_missing(TrValue name);            /* builtin of that name, or NameError */
/* the same in a comprehension or class body, whose co_varnames are given (NULL-ended) */
TrValue tr_global_missing_in(TrValue name, const char *const *varnames);
int tr_global_del(TrValue *slot, TrValue name);
TrValue tr_unbound_local(TrValue name);             /* UnboundLocalError, returns 0 */
TrValue tr_unbound_cell(TrValue name, int is_free);
int tr_cell_del(TrValue cell, TrValue name);
TrValue tr_ns_load(TrValue ns, TrValue name, TrValue *global_slot); /* class body lookup */
int tr_ns_del(TrValue ns, TrValue name);
int tr_dict_update_mapping(TrValue d, TrValue mapping); /* {**m} */
int tr_kwargs_add(TrValue kwargs, TrValue name, TrValue v, TrValue func);
int tr_kwargs_merge(TrValue kwargs, TrValue mapping, TrValue func); /* f(**m) */
TrValue tr_class_new_kwdict(TrValue name, TrValue bases, TrValue ns, TrValue kwargs); /* class C(**m) */
/* [*v], f(a, *v): Value after * must be an iterable; f(*v) (func given) names f */
int tr_list_extend_star(TrValue list, TrValue v, TrValue func);
TrValue tr_with_enter(TrValue mgr);                 /* checks the protocol; bound __exit__ */
TrValue tr_async_with_enter(TrValue mgr);           /* async with: bound __aexit__ */
TrValue tr_with_exit_call(TrValue exit_method, TrValue exc); /* its result; exc 0: no exception */
int tr_with_exit(TrValue exit_method);              /* __exit__(None, None, None) */
int tr_with_exit_exc(TrValue exit_method, TrValue exc); /* 1 suppresses, 0, -1 error */
void tr_assert_fail(TrValue msg);                   /* msg may be 0 */
void tr_reraise(TrValue exc);                       /* current = exc, traceback kept */
void tr_reraise_handled(void);                      /* bare `raise` */

/* match.c: pattern matching (CPython's MATCH_* instructions) */
int tr_match_sequence(TrValue v);                   /* sequence patterns apply */
int tr_match_mapping(TrValue v);                    /* mapping patterns apply */
TrValue tr_match_keys(TrValue map, TrValue keys);   /* tuple of values, None if a key is missing */
TrValue tr_match_rest(TrValue map, TrValue keys);   /* dict of the other items (**rest) */
/* class pattern: tuple of nargs positional then kwnames attributes, None if no match */
TrValue tr_match_class(TrValue subject, TrValue cls, int nargs, TrValue kwnames);
#endif
