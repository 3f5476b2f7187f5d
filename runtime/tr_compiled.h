/* tr_compiled.h — runtime entry points used only by generated C (compiler/emit_c.c):
 * name lookups with Python's error texts, keyword-argument merging, (async) `with`
 * protocol, assert and re-raise (compiled.c), and the helpers of `match` statements
 * (match.c).  Assumes tr.h. */
#ifndef TR_COMPILED_H
#define TR_COMPILED_H
#include "tr.h"
#include <math.h>

/* A symbol the parts of one module's C share (compiler/emit_c.c): hidden external
 * linkage under the assembler name "MODULE.NAME", unique in the program and never a C
 * identifier, while the C keeps the short name (G, K, code_f_3, ...). */
#define TR_PART_SHARED(asm_name) __asm__(asm_name) __attribute__((visibility("hidden")))

/* On the prototype of a function cc optimises at -O1 within an -O2 unit
 * (compiler/emit_c.c: code that runs once, or one body of so much C that -O2's time
 * would pass the build's budget); other compilers take the unit's level. */
#if defined(__GNUC__) && !defined(__clang__) && !defined(__TINYC__)
#define TR_LIGHT_OPT __attribute__((optimize("O1")))
#else
#define TR_LIGHT_OPT
#endif

/* The guard of an inlined call (compiler/opt/inline.c): the callee is a function made
 * from that code (a def's body; its defaults and closure do not matter to the call). */
#define TR_IS_FUNCTION_OF(callee, its_code) /* reads callee thrice */ \
    (!TR_IS_SMALL(callee) && (callee)->type == &tr_function_type && ((TrFunc *)(callee))->code == (its_code))
TR_FAST int tr_is_function_of(TrValue callee, const TrCode *code) TR_FAST_BODY({ return TR_IS_FUNCTION_OF(callee, code); })
#ifdef __TINYC__
#define tr_is_function_of TR_IS_FUNCTION_OF /* inline: the emitter passes a variable */
#endif

/* The root of a float tree on its generic path (compiler/emit_c.c): a float and a
 * float or small int, as doubles (*x, *y), else 0.  Converting the int with a C cast
 * rounds to nearest, ties to even, exactly as CPython's int.__float__ does. */
TR_FAST int tr_float_operands(TrValue a, TrValue b, double *x, double *y) TR_FAST_BODY({
    if (tr_is_exact_float(a)) {
        *x = TR_FLOAT_VAL(a);
        if (tr_is_exact_float(b)) { *y = TR_FLOAT_VAL(b); return 1; }
        if (TR_IS_SMALL(b)) { *y = (double)TR_SMALL_VAL(b); return 1; }
    } else if (TR_IS_SMALL(a) && tr_is_exact_float(b)) {
        *x = (double)TR_SMALL_VAL(a);
        *y = TR_FLOAT_VAL(b);
        return 1;
    }
    return 0;
})

/* What a typed clone returning floats (compiler/opt/typed_clone.c) returns when its
 * result is the double it wrote and has no box: neither an object nor a small int. */
#define TR_UNBOXED_FLOAT ((TrValue)2)

/* `math.f(x)` for a one-argument real function of the math module (compiler/opt/
 * unbox_float.c): each call site remembers the callee it last saw and its C function
 * (stdlib/math/math.c's tr_math_unary_of: 0 for anything else, such as a replacement);
 * the emitter calls it on the double and takes the generic call for anything unusual
 * (an argument that is not a float or small int, a domain or range error). */
typedef struct TrMathSite { TrValue callee; double (*fn)(double); } TrMathSite;
double (*tr_math_unary_of(TrValue callee))(double);
TR_FAST int tr_math_unary_site(TrMathSite *s, TrValue callee) TR_FAST_BODY({
    if (callee != s->callee) {
        s->callee = callee;
        s->fn = callee ? tr_math_unary_of(callee) : 0;
    }
    return s->fn != 0;
})
/* The math site's module attribute (`math.sqrt`): tr_module_attr_cached with its first
 * way tried inline, the one a site that always sees one module fills; the same value,
 * read afresh each time (a reassigned attribute is seen), else the out-of-line lookup. */
TR_FAST TrValue tr_module_attr_site(TrValue obj, TrValue name, TrMethodCache *c) TR_FAST_BODY({
    const TrMethodCacheEntry *e = &c->e[0];
    if (obj == e->module && obj->type == &tr_module_type) {
        if (e->slot) return *e->slot;
        if (e->index < e->dict->nentries && e->dict->entries[e->index].key == e->key)
            return e->dict->entries[e->index].value;
    }
    return tr_module_attr_cached(obj, name, c);
})
/* len() of an exact list (of any strategy) or tuple, else -1: a speculative loop copy's
 * (compiler/emit_spec.c), which leaves for the generic call otherwise. */
TR_FAST intptr_t tr_seq_len_exact(TrValue obj) TR_FAST_BODY({
    if (TR_IS_SMALL(obj)) return -1;
    if (obj->type == &tr_list_type) return (intptr_t)TR_LIST(obj)->len;
    if (obj->type == &tr_tuple_type) return (intptr_t)TR_TUPLE(obj)->len;
    return -1;
})
/* obj[key] of an exact list holding objects (not float-strategy) or an exact tuple, key
 * a small int in range (negative from the end), else 0: a speculative loop copy's read
 * (compiler/emit_spec.c), which runs no code of the program's and otherwise leaves. */
TR_FAST TrValue tr_seq_item_plain(TrValue obj, TrValue key) TR_FAST_BODY({
    if (TR_IS_SMALL(obj) || !TR_IS_SMALL(key)) return 0;
    intptr_t i = TR_SMALL_VAL(key), len;
    TrValue *items;
    if (obj->type == &tr_list_type && !TR_LIST(obj)->float_boxes) items = TR_LIST(obj)->slots, len = (intptr_t)TR_LIST(obj)->len;
    else if (obj->type == &tr_tuple_type) items = TR_TUPLE(obj)->items, len = (intptr_t)TR_TUPLE(obj)->len;
    else return 0;
    if (i < 0) i += len;
    return i >= 0 && i < len ? items[i] : 0;
})
/* r = f(x) is the result CPython's math gives, not a ValueError or OverflowError */
TR_FAST int tr_math_result_ok(double x, double r) TR_FAST_BODY({
    return !(isnan(r) && !isnan(x)) && !(isinf(r) && isfinite(x));
})

/* `for x in range(...)` (compiler/opt/range_loop.c): a C counting loop when the callee
 * is the builtin range and the arguments small ints with a non-zero step; otherwise the
 * callee's result iterated as any object (it != 0), made out of line (compiled.c):
 * inlined at every loop, the generic call was cc's work for nothing.  It is not handed
 * the TrRangeLoop: a loop whose address escapes keeps cur/stop/step in memory
 * (spectral_norm +6% instructions). */
typedef struct TrRangeLoop { intptr_t cur, stop, step; TrValue it; } TrRangeLoop;
TrValue tr_range_loop_iter(TrValue callee, TrValue *args, int nargs);
/* range(args)'s start, stop and step in v when callee is the builtin range and every
 * argument a small int, the step not 0 */
TR_FAST int tr_range_loop_counts(TrValue callee, TrValue *args, int nargs, intptr_t v[3]) TR_FAST_BODY({
    if (callee != (TrValue)&tr_range_type) return 0;
    v[0] = 0, v[1] = 0, v[2] = 1;
    for (int k = 0; k < nargs; k++) {
        if (!TR_IS_SMALL(args[k])) return 0;
        v[nargs == 1 ? 1 : k] = TR_SMALL_VAL(args[k]);
    }
    return v[2] != 0;
})
TR_FAST int tr_range_loop_init(TrRangeLoop *l, TrValue callee, TrValue *args, int nargs) TR_FAST_BODY({
    intptr_t v[3];
    if (tr_range_loop_counts(callee, args, nargs, v)) {
        l->cur = v[0], l->stop = v[1], l->step = v[2], l->it = 0;
        return 0;
    }
    l->it = tr_range_loop_iter(callee, args, nargs);
    return l->it ? 0 : -1;
})
/* Where a range loop counted in C (compiler/emit_spec.c) next checks for signals: 1024
 * steps past cur, or its stop if that is nearer (or cur is already at or past it).
 * step > 0 and all three are small ints, so step << 10 cannot overflow when taken. */
TR_FAST intptr_t tr_range_chunk_end(intptr_t cur, intptr_t stop, intptr_t step) TR_FAST_BODY({
    if (((stop - cur) >> 10) < step) return stop;
    return cur + (step << 10);
})
/* `for x in reversed(range(...))`: the counting loop from the range's last item down to
 * its first, when both callees are the builtins; otherwise reversed(range(...)) is made
 * and iterated (compiled.c). */
TrValue tr_reversed_range_loop_iter(TrValue reversed, TrValue range, TrValue *args, int nargs);
TR_FAST int tr_reversed_range_loop_init(TrRangeLoop *l, TrValue reversed, TrValue range, TrValue *args, int nargs) TR_FAST_BODY({
    intptr_t v[3];
    if (reversed == (TrValue)&tr_reversed_type && tr_range_loop_counts(range, args, nargs, v)) {
        intptr_t start = v[0], stop = v[1], step = v[2]; /* |each| < 2**62: no overflow below */
        intptr_t n = step > 0 ? (start < stop ? (stop - start - 1) / step + 1 : 0)
                              : (start > stop ? (start - stop - 1) / -step + 1 : 0);
        if (n) l->cur = start + (n - 1) * step, l->stop = start - step, l->step = -step;
        else l->cur = 0, l->stop = 0, l->step = 1;
        l->it = 0;
        return 0;
    }
    l->it = tr_reversed_range_loop_iter(reversed, range, args, nargs);
    return l->it ? 0 : -1;
})
/* The next item, or 0 at the end (or on an error of the generic iterator) */
TR_FAST TrValue tr_range_loop_next(TrRangeLoop *l) TR_FAST_BODY({
    if (TR_LIKELY(!l->it)) {
        if (l->step > 0 ? l->cur >= l->stop : l->cur <= l->stop) return 0;
        intptr_t c = l->cur;
        l->cur += l->step; /* |cur|, |step| < 2**62: no overflow */
        return TR_FROM_SMALL(c);
    }
    return tr_next(l->it);
})
#if defined(__TINYC__) && defined(__x86_64__)
/* libtcc's code: a counting loop's step inline (the layout: fast_paths.c asserts it),
 * as tr.h's operators are; 2 (never a value) asks for the call, an iterator's step */
#define tr_range_loop_next(l) ({                                                            \
    TrValue r_;                                                                             \
    __asm__("cmpq $0, 24(%1)\n\tjne 3f\n\tmov (%1), %0\n\tcmpq $0, 16(%1)\n\tjle 4f\n\t"     \
            "cmp 8(%1), %0\n\tjge 1f\n\tjmp 5f\n4:\tcmp 8(%1), %0\n\tjle 1f\n5:\t"             \
            "add 16(%1), %0\n\tmov %0, (%1)\n\tsub 16(%1), %0\n\tlea 1(%0,%0), %0\n\tjmp 2f\n" \
            "1:\txor %0, %0\n\tjmp 2f\n3:\tmov $2, %0\n2:"                                       \
            : "=&r"(r_) : "r"(l) : "cc", "memory");                                         \
    if (r_ == (TrValue)2) r_ = tr_range_loop_next(l);                                       \
    r_; })
#endif

/* `for x in seq` (compiler/opt/seq_loop.c): an exact list or tuple walked by index as
 * its iterator would (the length read at every step, a float-strategy list's items
 * boxed once as they are handed out); anything else through its iterator (it != 0). */
typedef struct TrSeqLoop {
    TrValue seq;
    intptr_t i;
    TrValue it;
    /* a loop unpacking pairs (tr_pair_loop_init): counting for a builtin enumerate's
     * (count the next number), or the iterator's pair step and the second item */
    bool counting;
    int64_t count;
    TrPairStep pair_step;
    TrValue second;
} TrSeqLoop;
TR_FAST int tr_seq_loop_init(TrSeqLoop *l, TrValue obj) TR_FAST_BODY({
    l->seq = obj, l->i = 0, l->it = 0;
    if (!TR_IS_SMALL(obj) && (obj->type == &tr_list_type || obj->type == &tr_tuple_type)) return 0;
    l->it = tr_iter(obj);
    return l->it ? 0 : -1;
})
/* The next item, or 0 at the end (or on an error of the iterator) */
TR_FAST TrValue tr_seq_loop_next(TrSeqLoop *l) TR_FAST_BODY({
    if (TR_UNLIKELY(l->it != 0)) return tr_next(l->it);
    if (l->seq->type == &tr_list_type) {
        TrList *s = TR_LIST(l->seq);
        if ((size_t)l->i >= s->len) return 0;
        size_t i = (size_t)l->i++;
        return TR_LIKELY(!s->float_boxes) ? s->slots[i] : tr_list_float_get(s, i);
    }
    if ((size_t)l->i >= TR_TUPLE(l->seq)->len) return 0;
    return TR_TUPLE(l->seq)->items[l->i++];
})

/* `for a, b in x` (compiler/opt/seq_loop.c): a list or tuple walked as above, its
 * items unpacked; an iterator that makes pairs (an enumerate, a zip of two, a dict's
 * items) stepped without making them: tr_pair_loop_next returns the first item and
 * keeps the second for tr_pair_loop_unpack. */
TR_FAST int tr_pair_loop_init(TrSeqLoop *l, TrValue obj) TR_FAST_BODY({
    l->counting = false, l->pair_step = 0;
    if (tr_seq_loop_init(l, obj) < 0) return -1;
    if (l->it) l->pair_step = tr_pair_stepper(l->it);
    return 0;
})
/* `for i, x in enumerate(seq[, start])`: while the callee is the builtin enumerate and
 * start, if given, a small int, the loop walks seq itself and counts; otherwise the
 * callee is called and the loop walks what it returns. */
TR_FAST int tr_enum_loop_init(TrSeqLoop *l, TrValue callee, TrValue seq, TrValue start) TR_FAST_BODY({
    if (TR_LIKELY(callee == (TrValue)&tr_enumerate_type) && (!start || TR_IS_SMALL(start))) {
        if (tr_seq_loop_init(l, seq) < 0) return -1;
        l->count = start ? TR_SMALL_VAL(start) : 0, l->counting = true, l->pair_step = 0;
        return 0;
    }
    TrValue args[2] = {seq, start};
    TrValue e = tr_call_positional(callee, args, start ? 2 : 1);
    return e ? tr_pair_loop_init(l, e) : -1;
})
TR_FAST TrValue tr_pair_loop_next(TrSeqLoop *l) TR_FAST_BODY({
    if (TR_UNLIKELY(l->pair_step != 0)) return l->pair_step(l->it, &l->second);
    return tr_seq_loop_next(l);
})
/* out[0], out[1] = the pair whose first item tr_pair_loop_next returned */
TR_FAST int tr_pair_loop_unpack(TrSeqLoop *l, TrValue first, TrValue *out) TR_FAST_BODY({
    if (l->counting) {
        out[0] = TR_LIKELY(TR_FITS_SMALL(l->count)) ? TR_FROM_SMALL(l->count) : tr_int_from_i64(l->count);
        l->count++, out[1] = first;
        return 0;
    }
    if (l->pair_step) {
        out[0] = first, out[1] = l->second;
        return 0;
    }
    return tr_unpack(first, 2, out);
})

/* a + b or a += b of a web building a string (compiler/opt/str_accum.c): two exact strs
 * go to tr_str_accum (obj_str.c), which may grow a in place while *owned says nothing
 * else has seen it; anything else takes the generic operator, whose result is not
 * ours to grow. */
TrValue tr_str_accum(TrValue s, TrValue t, int *owned);
TR_FAST TrValue tr_add_accum(TrValue a, TrValue b, int inplace, int *owned) TR_FAST_BODY({
    if (!TR_IS_SMALL(a) && a->type == &tr_str_type && !TR_IS_SMALL(b) && b->type == &tr_str_type)
        return tr_str_accum(a, b, owned);
    *owned = 0;
    return tr_op_fast(TR_ADD, a, b, inplace);
})

/* a == b or a != b (op TR_EQ or TR_NE) where a or b is a str constant (compiler/
 * emit_c.c): identity, then two exact strs by their characters, else the generic
 * comparison (a str subclass's __eq__ and every other type). 1, 0, or -1 with an error
 * set. */
TR_FAST int tr_compare_str_const(TrValue a, TrValue b, int op) TR_FAST_BODY({
    if (a == b) return op == TR_EQ;
    if (!TR_IS_SMALL(a) && a->type == &tr_str_type && !TR_IS_SMALL(b) && b->type == &tr_str_type)
        return tr_str_eq(a, b) == (op == TR_EQ);
    return tr_compare_bool(a, b, op);
})

/* The cache entry of the site for obj's class, or NULL (see TrAttrCache in tr.h) */
TR_FAST const TrAttrCacheEntry *tr_attr_cache_entry(TrValue obj, const TrAttrCache *c) TR_FAST_BODY({
    if (TR_IS_SMALL(obj)) return 0;
    for (int k = 0; k < TR_ATTR_CACHE_WAYS; k++)
        if (obj->type == c->e[k].type && (!c->e[k].owner || c->e[k].owner == obj))
            return *c->e[k].group == c->e[k].epoch ? &c->e[k] : 0;
    return 0;
})
/* obj.name at a site of generated code: a shaped instance or a set __slots__ member
 * of the class of the first way inline; every other case out of line
 * (tr_getattr_cached_any_way, object.c): all ways inlined at every site made cc's work
 * on attribute-heavy programs grow past issue 4's 2-second build (docs/architecture.md,
 * "Build time"). */
TrValue tr_getattr_cached_any_way(TrValue obj, TrValue name, TrAttrCache *c);
TR_FAST TrValue tr_getattr_cached(TrValue obj, TrValue name, TrAttrCache *c) TR_FAST_BODY({
    const TrAttrCacheEntry *e = &c->e[0];
    if (!TR_IS_SMALL(obj) && obj->type == e->type && !e->owner && !e->dict && *e->group == e->epoch) {
        if (e->shape) {
            TrValue held = *(TrValue *)((char *)obj + e->type->dictoffset);
            if (held && held->type == &tr_attrs_type && ((TrAttrs *)held)->shape == e->shape)
                return ((TrAttrs *)held)->values[e->index];
        } else if (e->member_offset) {
            TrValue v = *(TrValue *)((char *)obj + e->member_offset);
            if (v) return v; /* unset: the full path raises */
        }
    }
    return tr_getattr_cached_any_way(obj, name, c);
})
/* obj.name = v: 0, or -1 with an error set.  The store into a TrAttrs is the only
 * work done here; every other case ends in a tail call, so the site's copy of this
 * function saves no registers. */
TR_FAST int tr_setattr_cached(TrValue obj, TrValue name, TrValue v, TrAttrCache *c) TR_FAST_BODY({
    const TrAttrCacheEntry *e = tr_attr_cache_entry(obj, c);
    if (e && e->owner) return tr_setattr_class_cached(obj, name, v, e, c);
    if (e && e->shape && !e->dict) {
        TrAttrs *a = *(TrAttrs **)((char *)obj + e->type->dictoffset);
        if (a && a->ob.type == &tr_attrs_type && a->shape == e->shape && e->index < a->cap) {
            a->values[e->index] = v;
            a->shape = (TrShape *)e->next;
            return 0;
        }
    } else if (e && e->member_offset) {
        *(TrValue *)((char *)obj + e->member_offset) = v;
        return 0;
    }
    return tr_setattr_fill(obj, name, v, c);
})

TrValue tr_global_missing(TrValue name);            /* builtin of that name, or NameError */
/* the same in a comprehension or class body, whose co_varnames are given (NULL-ended) */
TrValue tr_global_missing_in(TrValue name, const char *const *varnames);
int tr_global_del(TrValue *slot, TrValue name);
TrValue tr_unbound_local(TrValue name);             /* UnboundLocalError, returns 0 */
TrValue tr_unbound_cell(TrValue name, int is_free);
int tr_cell_del(TrValue cell, TrValue name);
TrValue tr_ns_load(TrValue ns, TrValue name, TrValue *global_slot); /* class body lookup */
int tr_ns_store(TrValue ns, TrValue name, TrValue v);
int tr_ns_del(TrValue ns, TrValue name);
int tr_dict_update_mapping(TrValue d, TrValue mapping); /* {**m} */
int tr_kwargs_add(TrValue kwargs, TrValue name, TrValue v, TrValue func);
int tr_kwargs_merge(TrValue kwargs, TrValue mapping, TrValue func); /* f(**m) */
TrValue tr_class_new_kwdict(TrValue name, TrValue bases, TrValue ns, TrValue kwargs); /* class C(**m) */
TrValue tr_class_prepare_kwdict(TrValue name, TrValue bases, TrValue kwargs);
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

/* module.c: the modules compiled into the program, which its main module's init
 * registers (a {0, 0}-terminated table), and the import of one by name: 0 without an
 * error if the program has no module of that name (__import__ of a computed name) */
void tr_set_program_modules(const TrModuleInit *table);
TrValue tr_import_compiled_in(const char *name);
TrValue tr_program_module_names(void); /* a new list of the table's names */
TrValue tr_err_no_module(const char *name); /* raises ModuleNotFoundError(..., name=name); 0 */
TrValue tr_import_unknown(const char *name); /* a module trc has not: what sys.modules holds, else that error */

/* match.c: pattern matching (CPython's MATCH_* instructions) */
int tr_match_sequence(TrValue v);                   /* sequence patterns apply */
int tr_match_mapping(TrValue v);                    /* mapping patterns apply */
TrValue tr_match_keys(TrValue map, TrValue keys);   /* tuple of values, None if a key is missing */
TrValue tr_match_rest(TrValue map, TrValue keys);   /* dict of the other items (**rest) */
/* class pattern: tuple of nargs positional then kwnames attributes, None if no match */
TrValue tr_match_class(TrValue subject, TrValue cls, int nargs, TrValue kwnames);
#endif
