/* object.c — the `object` and `type` types, type readying (MRO, slot inheritance),
 * attribute lookup through the MRO with descriptors (PyObject_GenericGetAttr rules),
 * and the getter descriptors builtin types use for read-only attributes.
 * Assumes: builtin types are static TrType objects readied once at start-up. */
#include "tr.h"
#include "tr_compiled.h"
#include <gc/gc.h>

/* ---------------------------------------------------------------- readying */

static bool wrappers_enabled;
static TrType *readied[1024]; /* every builtin type, in readying order */
static int nreadied;
static void add_slot_wrappers(TrType *t);


int tr_type_is_subtype(TrType *a, TrType *b) {
    if (a == b || b == &tr_object_type) return 1;
    if (a->mro) {
        TrTuple *m = TR_TUPLE(a->mro);
        for (size_t i = 0; i < m->len; i++)
            if ((TrType *)m->items[i] == b) return 1;
        return 0;
    }
    for (TrType *t = a->base; t; t = t->base)
        if (t == b) return 1;
    return 0;
}

#define INHERIT(slot) if (!t->slot) t->slot = b->slot
static void inherit_slots(TrType *t, TrType *b) {
    INHERIT(repr); INHERIT(str); INHERIT(getattr); INHERIT(setattr); INHERIT(call);
    INHERIT(iter); INHERIT(next); INHERIT(len); INHERIT(getitem); INHERIT(setitem);
    INHERIT(contains); INHERIT(truth); INHERIT(neg); INHERIT(pos); INHERIT(invert);
    INHERIT(abs); INHERIT(to_int); INHERIT(to_float); INHERIT(index); INHERIT(new_);
    INHERIT(init); INHERIT(descr_get); INHERIT(descr_set); INHERIT(buffer);
    if (!t->richcompare && !t->hash) { t->richcompare = b->richcompare; t->hash = b->hash; }
    INHERIT(richcompare);
    for (int i = 0; i < TR_NB_COUNT; i++) {
        if (!t->nb[i]) t->nb[i] = b->nb[i];
        if (!t->nb_inplace[i]) t->nb_inplace[i] = b->nb_inplace[i];
    }
    if (!t->basicsize) t->basicsize = b->basicsize;
    if (!t->dictoffset) t->dictoffset = b->dictoffset;
    t->flags |= b->flags & (TR_TF_EXCEPTION | TR_TF_INT_SUBCLASS | TR_TF_STR_SUBCLASS |
                            TR_TF_TUPLE_SUBCLASS | TR_TF_LIST_SUBCLASS | TR_TF_DICT_SUBCLASS |
                            TR_TF_TYPE_SUBCLASS | TR_TF_SEQ_REPEAT);
}
#undef INHERIT

void tr_type_ready(TrType *t) {
    if (t->mro) return;
    if (!t->ob.type) t->ob.type = &tr_type_type;
    if (t != &tr_object_type && !t->base) t->base = &tr_object_type;
    if (t->base && !t->base->mro) tr_type_ready(t->base);
    if (!t->dict) t->dict = tr_dict_new();
    ((TrDict *)t->dict)->type_ns = true;
    if (t->getattr && !(t->flags & TR_TF_HEAPTYPE)) t->flags |= TR_TF_OWN_GETATTR;
    if (t->base) inherit_slots(t, t->base);
    /* mro: self then the base's mro (single inheritance for builtins) */
    size_t n = 1;
    if (t->base) n += TR_TUPLE(t->base->mro)->len;
    TrValue mro = tr_tuple_new(n);
    TR_TUPLE(mro)->items[0] = (TrValue)t;
    for (size_t i = 1; i < n; i++) TR_TUPLE(mro)->items[i] = TR_TUPLE(t->base->mro)->items[i - 1];
    t->mro = mro;
    tr_type_ns_changed(-1);
    if (!t->bases) t->bases = t->base ? tr_tuple_pack(1, (TrValue)t->base) : tr_empty_tuple;
    if (nreadied < 1024) readied[nreadied++] = t;
    if (wrappers_enabled) add_slot_wrappers(t);
}

/* The user classes, for type.__subclasses__, held weakly */
static TrWeakList user_classes;

void tr_type_note_class(TrType *t) { tr_weak_list_add(&user_classes, (TrValue)t); }

void tr_type_each_class(void (*fn)(TrType *c, void *ctx), void *ctx) {
    TrList *classes = TR_LIST(tr_weak_list_items(&user_classes));
    for (size_t i = 0; i < classes->len; i++) fn((TrType *)tr_list_items(classes)[i], ctx);
}

static int add_if_subclass(TrValue list, TrType *c, TrValue base) {
    TrTuple *bases = TR_TUPLE(c->bases);
    for (size_t i = 0; i < bases->len; i++)
        if (bases->items[i] == base) return tr_list_append(list, (TrValue)c);
    return 0;
}

/* type.__subclasses__(): the live classes that name self among their bases, oldest first */
static TrValue type_m_subclasses(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__subclasses__", 0, 0) < 0) return 0;
    TrValue out = tr_list_new(0);
    for (int i = 0; i < nreadied; i++)
        if (readied[i]->bases && add_if_subclass(out, readied[i], args[0]) < 0) return 0;
    TrList *classes = TR_LIST(tr_weak_list_items(&user_classes));
    for (size_t i = 0; i < classes->len; i++)
        if (add_if_subclass(out, (TrType *)tr_list_items(classes)[i], args[0]) < 0) return 0;
    return out;
}

/* The method cache (CPython's type attribute cache): direct-mapped (type, name) ->
 * where the MRO walk found the name (a class dict's entry) or that it found nothing,
 * for str names.  Names are grouped by hash into NAME_GROUPS epochs; adding or removing
 * a key of any class namespace gives that key's group a fresh epoch (from a counter
 * that never repeats), so an entry holds while its name's group keeps the epoch it was
 * filled under.  (Per-name rather than per-type: `Cls.counter += 1` in a constructor
 * must not flush every method.)  A new value for a present key keeps its entry, so
 * the cache reads the value from the entry (`Cls.counter` stays cached too).  The
 * collector does not scan the array (112 KiB it would read at every collection, most
 * of what a collection of nbody marks): it is a cache block (tr_add_cache_block,
 * alloc.c), which every collection empties before marking. */
#define MCACHE_SIZE 2048
#define NAME_GROUPS 1024
static struct {
    TrType *type;
    TrValue name;
    TrDict *dict;     /* where the name was found, 0: nowhere */
    TrValue key;      /* the entry's key */
    size_t index;     /* the entry */
    const uint64_t *group; /* the name's group (a hit need not hash the name again) */
    uint64_t epoch;
} mcache[MCACHE_SIZE];
static uint64_t group_epoch[NAME_GROUPS], epoch_counter;

/* The cache is a cache block (emptied when a collection starts marking) and the epochs
 * (counters, no pointers) are no roots of the collector. */
void tr_method_cache_unroot(void) {
    tr_add_cache_block(mcache, sizeof mcache);
    tr_exclude_roots(group_epoch, group_epoch + NAME_GROUPS);
}

/* The epoch of the group of an exact str's hash */
static inline uint64_t *name_group(TrValue name) {
    int64_t h = TR_STR(name)->hash;
    return &group_epoch[(uint64_t)(h != -1 ? h : tr_str_hash(name)) % NAME_GROUPS];
}

void tr_type_ns_changed(int64_t hash) {
    epoch_counter++;
    if (hash != -1) group_epoch[(uint64_t)hash % NAME_GROUPS] = epoch_counter;
    else for (size_t i = 0; i < NAME_GROUPS; i++) group_epoch[i] = epoch_counter;
}

/* The first class dict of t's MRO holding name: its entry (and *dict), or 0 */
static TrDictEntry *mro_lookup(TrType *t, TrValue name, TrDict **dict) {
    TrTuple *m = TR_TUPLE(t->mro);
    for (size_t i = 0; i < m->len; i++) {
        TrType *k = (TrType *)m->items[i];
        TrDictEntry *e = tr_dict_get_entry(k->dict, name);
        if (e) {
            *dict = (TrDict *)k->dict;
            return e;
        }
    }
    return 0;
}

/* tr_type_lookup past the cache: names that are no exact str, and the walk,
 * remembered in mcache[h] */
static __attribute__((noinline)) TrValue type_lookup_walk(TrType *t, TrValue name, size_t h) {
    TrDict *d;
    if (TR_IS_SMALL(name) || name->type != &tr_str_type) {
        TrDictEntry *e = mro_lookup(t, name, &d);
        if (!e && tr_err_occurred()) tr_err_clear();
        return e ? e->value : 0;
    }
    uint64_t *group = name_group(name), epoch = *group;
    TrDictEntry *e = mro_lookup(t, name, &d);
    if (!e && tr_err_occurred()) {
        tr_err_clear();
        return 0;
    }
    if (*group == epoch) { /* no __eq__ run by the walk changed a class */
        mcache[h].type = t;
        mcache[h].name = name;
        mcache[h].dict = e ? d : 0;
        mcache[h].key = e ? e->key : 0;
        mcache[h].index = e ? (size_t)(e - d->entries) : 0;
        mcache[h].group = group;
        mcache[h].epoch = epoch;
    }
    return e ? e->value : 0;
}

/* The hit path is a leaf: only exact strs are ever cached, so a name that matches an
 * entry is one (any other name takes the walk). */
TrValue tr_type_lookup(TrType *t, TrValue name) {
    size_t h = (((uintptr_t)t >> 4) ^ ((uintptr_t)name >> 3) * 31) & (MCACHE_SIZE - 1);
    if (TR_LIKELY(mcache[h].type == t && mcache[h].name == name && mcache[h].epoch == *mcache[h].group)) {
        TrDict *d = mcache[h].dict;
        if (!d) return 0;
        size_t i = mcache[h].index;
        if (TR_LIKELY(i < d->nentries && d->entries[i].key == mcache[h].key)) return d->entries[i].value;
    }
    return type_lookup_walk(t, name, h);
}

static bool slot_wrapper_arity(TrValue name, signed char *min, signed char *max);

void tr_type_add_methods(TrType *t, const TrMethodDef *defs) {
    if (!t->dict) t->dict = tr_dict_new();
    for (; defs->name; defs++) {
        TrValue key = tr_str_intern(defs->name);
        TrBuiltin *b = (TrBuiltin *)tr_builtin_new(defs->name, defs->fn);
        b->owner = t;
        b->kind = defs->kind == TR_METH_COEXIST ? TR_METH_INSTANCE : defs->kind;
        if (defs->kind == TR_METH_INSTANCE && slot_wrapper_arity(key, &b->slot_min, &b->slot_max))
            b->kind = TR_METH_SLOT;
        TrValue v = (TrValue)b;
        if (defs->kind == TR_METH_STATIC) v = tr_call1((TrValue)&tr_staticmethod_type, v);
        else if (defs->kind == TR_METH_CLASS) v = tr_call1((TrValue)&tr_classmethod_type, v);
        tr_dict_set(t->dict, key, v);
    }
}


/* ---------------------------------------------------------------- slot wrappers */
/* The dunders CPython's slotdefs make slot wrappers of, with the number of arguments each
 * takes after self (func.c checks them with CPython's messages); false for other names.
 * Start-up asks this of ~900 method names, so the table is keyed by the interned name
 * (one pointer hash and compare) and filled on first use. */
typedef struct { TrValue name; signed char min, max; } SlotArity;
#define ARITY_SLOTS 256 /* a power of two, over 3x the names */
static SlotArity arity_table[ARITY_SLOTS];

static SlotArity *arity_slot(TrValue name) {
    size_t i = ((uintptr_t)name >> 4) & (ARITY_SLOTS - 1);
    while (arity_table[i].name && arity_table[i].name != name) i = (i + 1) & (ARITY_SLOTS - 1);
    return &arity_table[i];
}

static void add_arity(const char *name, signed char min, signed char max) {
    TrValue key = tr_str_intern(name);
    SlotArity *e = arity_slot(key);
    e->name = key;
    e->min = min;
    e->max = max;
}

static void fill_arity_table(void) {
    static const struct { const char *name; signed char min, max; } fixed[] = {
        {"__repr__", 0, 0}, {"__str__", 0, 0}, {"__hash__", 0, 0}, {"__iter__", 0, 0}, {"__next__", 0, 0},
        {"__len__", 0, 0}, {"__bool__", 0, 0}, {"__neg__", 0, 0}, {"__pos__", 0, 0}, {"__invert__", 0, 0},
        {"__abs__", 0, 0}, {"__int__", 0, 0}, {"__float__", 0, 0}, {"__index__", 0, 0}, {"__await__", 0, 0},
        {"__aiter__", 0, 0}, {"__anext__", 0, 0}, {"__del__", 0, 0},
        {"__getitem__", 1, 1}, {"__contains__", 1, 1}, {"__delitem__", 1, 1}, {"__getattribute__", 1, 1},
        {"__getattr__", 1, 1}, {"__delattr__", 1, 1}, {"__delete__", 1, 1}, {"__divmod__", 1, 1},
        {"__rdivmod__", 1, 1}, {"__lt__", 1, 1}, {"__le__", 1, 1}, {"__eq__", 1, 1}, {"__ne__", 1, 1},
        {"__gt__", 1, 1}, {"__ge__", 1, 1}, {"__setitem__", 2, 2}, {"__setattr__", 2, 2}, {"__set__", 2, 2},
        {"__get__", 1, 2}, {"__call__", 0, -1}, {"__init__", 0, -1},
    };
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) add_arity(fixed[i].name, fixed[i].min, fixed[i].max);
    for (int op = 0; op < TR_NB_COUNT; op++)
        for (int form = 0; form < 3; form++)
            add_arity(tr_nb_dunders[op][form], 1, op == TR_POW ? 2 : 1); /* pow(a, b, mod) */
}

static bool slot_wrapper_arity(TrValue name, signed char *min, signed char *max) {
    static bool filled;
    if (!filled) {
        filled = true;
        fill_arity_table();
    }
    SlotArity *e = arity_slot(name);
    if (!e->name) return false;
    *min = e->min;
    *max = e->max;
    return true;
}
/* Builtin types expose their slots as dunder methods ("abc".__len__(), int.__add__,
 * super().__getitem__(k) in a subclass).  A wrapper calls the slot of the nearest
 * builtin type of self, so a subclass's override is not re-entered. */

static TrType *builtin_type_of(TrValue self) { return tr_builtin_base(TR_TYPE(self)); }

#define WRAP_UNARY(wname, slot)                                                         \
    static TrValue wname(TrValue *args, size_t nargs, TrValue kwnames) {                \
        return builtin_type_of(args[0])->slot(args[0]);                                 \
    }
WRAP_UNARY(w_repr, repr)
WRAP_UNARY(w_iter, iter)
WRAP_UNARY(w_neg, neg)
WRAP_UNARY(w_pos, pos)
WRAP_UNARY(w_invert, invert)
WRAP_UNARY(w_abs, abs)
WRAP_UNARY(w_int, to_int)
WRAP_UNARY(w_float, to_float)
WRAP_UNARY(w_index, index)

static int check_attr_name(TrValue name);
static TrValue w_getattribute(TrValue *args, size_t nargs, TrValue kwnames) {
    if (check_attr_name(args[1]) < 0) return 0;
    return builtin_type_of(args[0])->getattr(args[0], args[1]);
}

static TrValue w_str(TrValue *args, size_t nargs, TrValue kwnames) {
    TrType *t = builtin_type_of(args[0]);
    return (t->str ? t->str : t->repr)(args[0]);
}

TrValue tr_next_or_stop(TrValue it, TrUnaryFn next) {
    TrValue v = next(it);
    if (v || tr_err_occurred()) return v;
    TrValue rv = tr_gen_take_retval(it);
    if (rv) return tr_err_value(TR_EXC_TYPE(StopIteration), rv);
    tr_raise((TrValue)TR_EXC_TYPE(StopIteration));
    return 0;
}

static TrValue w_next(TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_next_or_stop(args[0], builtin_type_of(args[0])->next);
}

static TrValue w_len(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__len__", 0, 0) < 0) return 0;
    intptr_t n = builtin_type_of(args[0])->len(args[0]);
    return n < 0 ? 0 : tr_int_from_i64(n);
}

static TrValue w_hash(TrValue *args, size_t nargs, TrValue kwnames) {
    int64_t h = builtin_type_of(args[0])->hash(args[0]);
    return h == -1 ? 0 : tr_int_from_i64(h);
}

static TrValue w_bool(TrValue *args, size_t nargs, TrValue kwnames) {
    int r = builtin_type_of(args[0])->truth(args[0]);
    return r < 0 ? 0 : tr_bool(r);
}

static TrValue w_getitem(TrValue *args, size_t nargs, TrValue kwnames) {
    return builtin_type_of(args[0])->getitem(args[0], args[1]);
}

static TrValue w_setitem(TrValue *args, size_t nargs, TrValue kwnames) {
    return builtin_type_of(args[0])->setitem(args[0], args[1], args[2]) < 0 ? 0 : tr_None;
}

static TrValue w_delitem(TrValue *args, size_t nargs, TrValue kwnames) {
    return builtin_type_of(args[0])->setitem(args[0], args[1], 0) < 0 ? 0 : tr_None;
}

static TrValue w_contains(TrValue *args, size_t nargs, TrValue kwnames) {
    int r = builtin_type_of(args[0])->contains(args[0], args[1]);
    return r < 0 ? 0 : tr_bool(r);
}

static TrValue w_init(TrValue *args, size_t nargs, TrValue kwnames) {
    return builtin_type_of(args[0])->init(args[0], args + 1, nargs - 1, kwnames) < 0 ? 0 : tr_None;
}

static TrValue w_call(TrValue *args, size_t nargs, TrValue kwnames) {
    return builtin_type_of(args[0])->call(args[0], args + 1, nargs - 1, kwnames);
}

/* descriptor protocol: d.__get__(obj, type=None) (obj None: class access), __set__, __delete__ */
static TrValue w_get(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue obj = args[1] == tr_None ? 0 : args[1];
    TrValue type = nargs > 2 && args[2] != tr_None ? args[2] : obj ? (TrValue)TR_TYPE(obj) : 0;
    if (!obj && !type) return tr_err(TR_EXC_TYPE(TypeError), "__get__(None, None) is invalid");
    return builtin_type_of(args[0])->descr_get(args[0], obj, type);
}

static TrValue w_set(TrValue *args, size_t nargs, TrValue kwnames) {
    return builtin_type_of(args[0])->descr_set(args[0], args[1], args[2]) < 0 ? 0 : tr_None;
}

static TrValue w_delete(TrValue *args, size_t nargs, TrValue kwnames) {
    return builtin_type_of(args[0])->descr_set(args[0], args[1], 0) < 0 ? 0 : tr_None;
}

/* int's comparison slot also compares with floats (for the operators' speed); CPython's
 * int.__eq__(1.5) and friends answer NotImplemented, leaving it to float's */
#define WRAP_CMP(wname, op)                                                             \
    static TrValue wname(TrValue *args, size_t nargs, TrValue kwnames) {                \
        TrType *t = builtin_type_of(args[0]);                                           \
        if (t == &tr_int_type && !tr_int_check(args[1])) return tr_NotImplemented;      \
        return t->richcompare(args[0], args[1], op);                                    \
    }
WRAP_CMP(w_lt, TR_LT) WRAP_CMP(w_le, TR_LE) WRAP_CMP(w_eq, TR_EQ)
WRAP_CMP(w_ne, TR_NE) WRAP_CMP(w_gt, TR_GT) WRAP_CMP(w_ge, TR_GE)

/* a.__pow__(b, mod) and a.__rpow__(b, mod): the type's ** with the modulus (int's,
 * float's and complex's rules, number_protocol.c) */
static TrValue ternary_pow(TrType *t, TrValue base, TrValue exp, TrValue mod) {
    if (mod == tr_None) return t->nb[TR_POW](base, exp);
    return tr_builtin_pow3(t->nb[TR_POW], base, exp, mod);
}

/* A sequence's s.__mul__(n), __rmul__ and __imul__ take an index (CPython's sq_repeat
 * wrapper; the operator's own error says "can't multiply sequence") */
static bool repeat_count_refused(int i, TrType *t, TrValue count) {
    if (i != TR_MUL || !(t->flags & TR_TF_SEQ_REPEAT) || TR_TYPE(count)->index) return false;
    tr_err(TR_EXC_TYPE(TypeError), "'%s' object cannot be interpreted as an integer", TR_TYPE_NAME(count));
    return true;
}

#define WRAP_NB(i)                                                                      \
    static TrValue w_nb_##i(TrValue *args, size_t nargs, TrValue kwnames) {             \
        TrType *t = builtin_type_of(args[0]);                                           \
        if (nargs > 2) return ternary_pow(t, args[0], args[1], args[2]);                \
        if (repeat_count_refused(i, t, args[1])) return 0;                              \
        return t->nb[i](args[0], args[1]);                                              \
    }                                                                                   \
    static TrValue w_rnb_##i(TrValue *args, size_t nargs, TrValue kwnames) {            \
        TrType *t = builtin_type_of(args[0]);                                           \
        if (nargs > 2) return ternary_pow(t, args[1], args[0], args[2]);                \
        if (repeat_count_refused(i, t, args[1])) return 0;                              \
        return t->nb[i](args[1], args[0]);                                              \
    }
WRAP_NB(0) WRAP_NB(1) WRAP_NB(2) WRAP_NB(3) WRAP_NB(4) WRAP_NB(5) WRAP_NB(6) WRAP_NB(7) WRAP_NB(8)
WRAP_NB(9) WRAP_NB(10) WRAP_NB(11) WRAP_NB(12)

static TrValue inplace_op(int i, TrValue *args, size_t nargs) {
    TrType *t = builtin_type_of(args[0]);
    if (repeat_count_refused(i, t, args[1])) return 0;
    return t->nb_inplace[i](args[0], args[1]);
}
#define WRAP_INB(i)                                                                     \
    static TrValue w_inb_##i(TrValue *args, size_t nargs, TrValue kwnames) { return inplace_op(i, args, nargs); }
WRAP_INB(0) WRAP_INB(1) WRAP_INB(2) WRAP_INB(3) WRAP_INB(4) WRAP_INB(5) WRAP_INB(6) WRAP_INB(7) WRAP_INB(8)
WRAP_INB(9) WRAP_INB(10) WRAP_INB(11) WRAP_INB(12)

/* a.__divmod__(b): (a // b, a % b) of the type's own operators, or NotImplemented */
static TrValue w_divmod(TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_builtin_divmod(builtin_type_of(args[0]), args[0], args[1]);
}
static TrValue w_rdivmod(TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_builtin_divmod(builtin_type_of(args[0]), args[1], args[0]);
}

/* The dunders of the number slots: operator, reflected, in-place (class.c uses them too) */
const char *const tr_nb_dunders[TR_NB_COUNT][3] = {
    {"__add__", "__radd__", "__iadd__"}, {"__sub__", "__rsub__", "__isub__"},
    {"__mul__", "__rmul__", "__imul__"}, {"__matmul__", "__rmatmul__", "__imatmul__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"}, {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {"__mod__", "__rmod__", "__imod__"}, {"__pow__", "__rpow__", "__ipow__"},
    {"__lshift__", "__rlshift__", "__ilshift__"}, {"__rshift__", "__rrshift__", "__irshift__"},
    {"__and__", "__rand__", "__iand__"}, {"__or__", "__ror__", "__ior__"}, {"__xor__", "__rxor__", "__ixor__"},
};
#define NB_FN(i) w_nb_##i,
#define RNB_FN(i) w_rnb_##i,
#define INB_FN(i) w_inb_##i,
static const TrCFunc nb_wrappers[] = {NB_FN(0) NB_FN(1) NB_FN(2) NB_FN(3) NB_FN(4) NB_FN(5) NB_FN(6) NB_FN(7) NB_FN(8) NB_FN(9) NB_FN(10) NB_FN(11) NB_FN(12)};
static const TrCFunc rnb_wrappers[] = {RNB_FN(0) RNB_FN(1) RNB_FN(2) RNB_FN(3) RNB_FN(4) RNB_FN(5) RNB_FN(6) RNB_FN(7) RNB_FN(8) RNB_FN(9) RNB_FN(10) RNB_FN(11) RNB_FN(12)};
static const TrCFunc inb_wrappers[] = {INB_FN(0) INB_FN(1) INB_FN(2) INB_FN(3) INB_FN(4) INB_FN(5) INB_FN(6) INB_FN(7) INB_FN(8) INB_FN(9) INB_FN(10) INB_FN(11) INB_FN(12)};

static void add_wrapper(TrType *t, const char *name, TrCFunc fn) {
    TrValue key = tr_str_intern(name);
    if (tr_dict_get(t->dict, key)) return; /* an explicit method wins */
    TrBuiltin *b = (TrBuiltin *)tr_builtin_new(name, fn);
    b->owner = t;
    b->kind = TR_METH_SLOT;
    slot_wrapper_arity(key, &b->slot_min, &b->slot_max);
    tr_dict_set(t->dict, key, (TrValue)b);
}

/* T.__new__(S, ...), CPython's tp_new_wrapper: each builtin type with a new_ slot of its own
 * has this __new__, bound to T.  S must be a subtype of T whose nearest class without a
 * user __new__ makes its instances with T's slot (object.__new__(int) would make an int
 * without int's fields); then T's slot makes an S. */
static TrValue w_new(TrValue *args, size_t nargs, TrValue kwnames) {
    TrType *t = (TrType *)args[0];
    if (nargs < 2) return tr_err(TR_EXC_TYPE(TypeError), "%s.__new__(): not enough arguments", t->name);
    if (!tr_isinstance_type(args[1], &tr_type_type))
        return tr_err(TR_EXC_TYPE(TypeError), "%s.__new__(X): X is not a type object (%s)", t->name, TR_TYPE_NAME(args[1]));
    TrType *sub = (TrType *)args[1];
    if (!tr_type_is_subtype(sub, t))
        return tr_err(TR_EXC_TYPE(TypeError), "%s.__new__(%s): %s is not a subtype of %s", t->name, sub->name, sub->name, t->name);
    TrType *static_base = sub;
    while (static_base && static_base->new_ == tr_class_slot_new) static_base = static_base->base;
    if (static_base && static_base->new_ != t->new_)
        return tr_err(TR_EXC_TYPE(TypeError), "%s.__new__(%s) is not safe, use %s.__new__()", t->name, sub->name, static_base->name);
    return t->new_(sub, args + 2, nargs - 2, kwnames);
}

static void add_new_wrapper(TrType *t) {
    TrValue key = TR_INTERN("__new__");
    if (tr_dict_get(t->dict, key)) return; /* an explicit __new__ wins */
    TrBuiltin *b = (TrBuiltin *)tr_builtin_new("__new__", w_new);
    b->self = (TrValue)t;
    b->owner = t;
    b->kind = TR_METH_STATIC;
    tr_dict_set(t->dict, key, (TrValue)b);
}

/* Called once the core types exist: every readied builtin type gets its wrappers. */
static void add_slot_wrappers(TrType *t) {
    TrType *b = t->base;
#define NEW(slot) (t->slot && (!b || t->slot != b->slot))
    if (NEW(new_)) add_new_wrapper(t);
    if (NEW(repr)) add_wrapper(t, "__repr__", w_repr);
    if (NEW(str)) add_wrapper(t, "__str__", w_str);
    if (t->flags & TR_TF_OWN_GETATTR) add_wrapper(t, "__getattribute__", w_getattribute);
    if (NEW(hash)) add_wrapper(t, "__hash__", w_hash);
    /* compared but not hashed (list, dict, set...): __hash__ is None, as CPython shows it */
    if (!t->hash && t->richcompare && !tr_dict_get_str(t->dict, "__hash__")) tr_dict_set_str(t->dict, "__hash__", tr_None);
    if (NEW(iter)) add_wrapper(t, "__iter__", w_iter);
    if (NEW(next)) add_wrapper(t, "__next__", w_next);
    if (NEW(len)) add_wrapper(t, "__len__", w_len);
    /* as CPython: a container's truth is its length, so it has no __bool__ (range has) */
    bool container = t->len && t != &tr_range_type;
    if (NEW(truth) && !container) add_wrapper(t, "__bool__", w_bool);
    if (NEW(getitem)) add_wrapper(t, "__getitem__", w_getitem);
    if (NEW(setitem)) { add_wrapper(t, "__setitem__", w_setitem); add_wrapper(t, "__delitem__", w_delitem); }
    if (NEW(contains)) add_wrapper(t, "__contains__", w_contains);
    if (NEW(call)) add_wrapper(t, "__call__", w_call);
    if (NEW(init)) add_wrapper(t, "__init__", w_init);
    if (NEW(descr_get)) add_wrapper(t, "__get__", w_get);
    if (NEW(descr_set)) { add_wrapper(t, "__set__", w_set); add_wrapper(t, "__delete__", w_delete); }
    if (NEW(neg)) add_wrapper(t, "__neg__", w_neg);
    if (NEW(pos)) add_wrapper(t, "__pos__", w_pos);
    if (NEW(invert)) add_wrapper(t, "__invert__", w_invert);
    if (NEW(abs)) add_wrapper(t, "__abs__", w_abs);
    if (NEW(to_int)) add_wrapper(t, "__int__", w_int);
    if (NEW(to_float)) add_wrapper(t, "__float__", w_float);
    if (NEW(index)) add_wrapper(t, "__index__", w_index);
    if (NEW(richcompare)) {
        add_wrapper(t, "__lt__", w_lt); add_wrapper(t, "__le__", w_le); add_wrapper(t, "__eq__", w_eq);
        add_wrapper(t, "__ne__", w_ne); add_wrapper(t, "__gt__", w_gt); add_wrapper(t, "__ge__", w_ge);
    }
    for (int i = 0; i < TR_NB_COUNT; i++) {
        if (NEW(nb[i])) {
            add_wrapper(t, tr_nb_dunders[i][0], nb_wrappers[i]);
            if (!(container && i == TR_ADD)) /* concatenation has no reflected form */
                add_wrapper(t, tr_nb_dunders[i][1], rnb_wrappers[i]);
        }
        if (NEW(nb_inplace[i])) add_wrapper(t, tr_nb_dunders[i][2], inb_wrappers[i]);
    }
    if (t->dictoffset && (!b || !b->dictoffset)) tr_type_add_dict_getset(t);
    if (!tr_dict_get(t->dict, TR_INTERN("__doc__"))) tr_dict_set(t->dict, TR_INTERN("__doc__"), tr_None);
    if (NEW(nb[TR_FLOORDIV]) && NEW(nb[TR_MOD])) {
        add_wrapper(t, "__divmod__", w_divmod);
        add_wrapper(t, "__rdivmod__", w_rdivmod);
    }
#undef NEW
}

/* After start-up: wrappers for every builtin type readied so far, and later ones. */
void tr_init_slot_wrappers(void) {
    wrappers_enabled = true;
    for (int i = 0; i < nreadied; i++) add_slot_wrappers(readied[i]);
}

/* ---------------------------------------------------------------- getters */

typedef struct TrGetter {
    TrObject ob;
    const char *name;
    TrUnaryFn get;
    int (*set)(TrValue obj, TrValue v); /* 0: read-only */
    TrType *owner;
} TrGetter;

static TrValue getter_get(TrValue descr, TrValue obj, TrValue type) {
    TrGetter *g = (TrGetter *)descr;
    if (!obj) return descr;
    if (!tr_isinstance_type(obj, g->owner))
        return tr_err(TR_EXC_TYPE(TypeError), "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", g->name,
                      g->owner->name, TR_TYPE_NAME(obj));
    return g->get(obj);
}

static TrValue getter_repr(TrValue self) {
    TrGetter *g = (TrGetter *)self;
    return tr_str_fmt("<attribute '%s' of '%s' objects>", g->name, g->owner->name);
}

static int getter_set(TrValue descr, TrValue obj, TrValue v) {
    TrGetter *g = (TrGetter *)descr;
    if (g->set) return g->set(obj, v);
    tr_err(TR_EXC_TYPE(AttributeError), "attribute '%s' of '%s' objects is not writable", g->name,
           g->owner->name);
    return -1;
}

/* __name__, __qualname__, __objclass__ and __doc__, which pydoc reads; the docs are
 * those of the two getsets CPython gives every class (its subtype_getsets), the others
 * have none */
static TrValue getter_get_name(TrValue self) { return tr_str_from_cstr(((TrGetter *)self)->name); }
static TrValue getter_get_qualname(TrValue self) {
    TrGetter *g = (TrGetter *)self;
    return tr_str_fmt("%s.%s", g->owner->name, g->name);
}
static TrValue getter_get_objclass(TrValue self) { return (TrValue)((TrGetter *)self)->owner; }
static TrValue getter_get_doc(TrValue self) {
    const char *name = ((TrGetter *)self)->name;
    if (!strcmp(name, "__dict__")) return tr_str_from_cstr("dictionary for instance variables (if defined)");
    if (!strcmp(name, "__weakref__")) return tr_str_from_cstr("list of weak references to the object (if defined)");
    return tr_None;
}

static TrType tr_getter_type = {
    .name = "getset_descriptor",
    .basicsize = sizeof(TrGetter),
    .repr = getter_repr,
    .descr_get = getter_get,
    .descr_set = getter_set,
};

void tr_type_add_getset(TrType *t, const char *name, TrUnaryFn get, int (*set)(TrValue obj, TrValue v)) {
    if (!t->dict) t->dict = tr_dict_new();
    TrGetter *g = (TrGetter *)tr_object_alloc(&tr_getter_type, sizeof(TrGetter));
    g->name = name;
    g->get = get;
    g->set = set;
    g->owner = t;
    tr_dict_set(t->dict, tr_str_intern(name), (TrValue)g);
}

void tr_type_add_getter(TrType *t, const char *name, TrUnaryFn get) { tr_type_add_getset(t, name, get, NULL); }

/* ---------------------------------------------------------------- attributes */

/* The raw __dict__ slot: 0, a TrDict or (TR_TF_SHAPED classes) a TrAttrs */
static TrValue *raw_dict_slot(TrValue obj) {
    if (TR_IS_SMALL(obj)) return 0;
    TrType *t = obj->type;
    if (!t->dictoffset) return 0;
    return (TrValue *)((char *)obj + t->dictoffset);
}

static bool holds_attrs(const TrValue *slot) { return *slot && (*slot)->type == &tr_attrs_type; }

/* Everything outside this file sees a dict: shaped attributes become one here, for good
 * (no attributes yet, as a TrAttrs made with the instance: an empty slot) */
TrValue *tr_instance_dict_slot(TrValue obj) {
    TrValue *slot = raw_dict_slot(obj);
    if (slot && holds_attrs(slot)) {
        if (((TrAttrs *)*slot)->shape == &tr_shape_root) {
            *slot = 0;
            return slot;
        }
        TrValue d = tr_attrs_to_dict(*slot);
        if (!d) return 0;
        *slot = d;
    }
    return slot;
}

/* The instance attribute name (exact str) from the raw slot: 0 if absent */
static TrValue instance_attr(const TrValue *slot, TrValue name) {
    if (!slot || !*slot) return 0;
    if (holds_attrs(slot)) return tr_attrs_get(*slot, name);
    return tr_dict_get(*slot, name);
}

static bool exact_str(TrValue v) { return !TR_IS_SMALL(v) && v->type == &tr_str_type; }

bool tr_instance_has_attr(TrValue obj, TrValue name) { return instance_attr(raw_dict_slot(obj), name) != 0; }

/* The shape of obj's attributes when they lack name: *shape (0: none yet); false when
 * obj has name, or a dict (which can gain the name unseen) */
static bool lacks_attr(const TrValue *dslot, TrValue name, const TrShape **shape) {
    *shape = 0;
    if (!dslot || !*dslot) return true;
    if (!holds_attrs(dslot)) return false;
    *shape = ((TrAttrs *)*dslot)->shape;
    return tr_shape_index(*shape, name) < 0;
}

static TrValue no_attribute(TrValue obj, TrValue name) {
    return tr_err(TR_EXC_TYPE(AttributeError), "'%s' object has no attribute '%s'", TR_TYPE_NAME(obj),
                  tr_str_cstr(name));
}

/* object.__getattribute__ without the AttributeError (0, no error, when missing). */
static TrValue generic_lookup(TrValue obj, TrValue name) {
    TrType *t = TR_TYPE(obj);
    TrValue descr = tr_type_lookup(t, name);
    TrType *dt = descr ? TR_TYPE(descr) : NULL;
    if (descr && dt->descr_get && dt->descr_set) return dt->descr_get(descr, obj, (TrValue)t);
    TrValue *dslot = raw_dict_slot(obj);
    if (dslot && *dslot && holds_attrs(dslot) && !exact_str(name)) dslot = tr_instance_dict_slot(obj); /* compared as a dict does */
    if (dslot && *dslot) {
        TrValue v = instance_attr(dslot, name);
        if (v) return v;
    }
    if (descr) {
        if (dt->descr_get) return dt->descr_get(descr, obj, (TrValue)t);
        return descr;
    }
    return 0;
}

/* The entry of an attribute cache to fill for class t: its own, a free one, or in turn */
static TrAttrCacheEntry *cache_way(TrAttrCache *c, TrType *t, TrValue owner) {
    for (int k = 0; k < TR_ATTR_CACHE_WAYS; k++)
        if ((c->e[k].type == t && c->e[k].owner == owner) || !c->e[k].type) return &c->e[k];
    return &c->e[c->next++ % TR_ATTR_CACHE_WAYS];
}

static TrValue type_getattr(TrValue self, TrValue name);
static int type_setattr(TrValue self, TrValue name, TrValue v);

/* Cls.name: caches the entry Cls's MRO has when the metaclass has no such attribute */
static TrValue class_getattr_fill(TrValue cls, TrValue name, TrAttrCache *c) {
    TrType *meta = TR_TYPE(cls);
    const uint64_t *group = name_group(name);
    uint64_t epoch = *group;
    TrDict *d;
    TrDictEntry *found;
    if (!tr_type_lookup(meta, name) && (found = mro_lookup((TrType *)cls, name, &d)) && *group == epoch)
        *cache_way(c, meta, cls) = (TrAttrCacheEntry){.type = meta, .group = group, .epoch = epoch, .dict = d,
                                                      .key = found->key, .index = (size_t)(found - d->entries),
                                                      .owner = cls};
    return tr_getattr(cls, name);
}

TrValue tr_getattr_fill(TrValue obj, TrValue name, TrAttrCache *c) {
    TrType *t = TR_TYPE(obj);
    if (t->getattr == type_getattr && exact_str(name)) return class_getattr_fill(obj, name, c);
    if ((t->getattr != tr_generic_getattr && t->getattr != tr_object_type.getattr) || !exact_str(name))
        return tr_getattr(obj, name);
    TrValue *dslot = raw_dict_slot(obj);
    const uint64_t *group = name_group(name);
    uint64_t epoch = *group;
    TrDict *cd;
    TrDictEntry *ce = mro_lookup(t, name, &cd);
    TrAttrCacheEntry e = {t, group, epoch};
    bool found = false;
    if (ce) { /* the class answers: a data descriptor, or a value obj does not shadow */
        TrType *vt = TR_TYPE(ce->value);
        const TrShape *shape = 0;
        bool data = vt->descr_get && vt->descr_set;
        if ((e.member_offset = tr_member_offset(ce->value, obj))) {
            found = true;
        } else if (data || lacks_attr(dslot, name, &shape)) {
            e.dict = cd, e.key = ce->key, e.index = (size_t)(ce - cd->entries), e.shape = shape;
            found = true;
        }
    } else if (tr_err_occurred()) {
        tr_err_clear();
    } else if (dslot && *dslot) { /* the instance answers */
        if (holds_attrs(dslot)) {
            TrAttrs *a = (TrAttrs *)*dslot;
            intptr_t i = tr_shape_index(a->shape, name);
            if (i >= 0) e.index = (size_t)i, e.shape = a->shape, found = true;
        } else {
            TrDict *d = (TrDict *)*dslot;
            for (size_t i = 0; i < d->nentries && !found; i++)
                if (d->entries[i].key == name) e.index = i, found = true;
        }
    }
    if (found && *group == epoch) *cache_way(c, t, 0) = e;
    return tr_getattr(obj, name);
}

TrValue tr_getattr_class_cached(TrValue obj, TrValue name, const TrAttrCacheEntry *e, TrAttrCache *c) {
    TrDict *d = e->dict;
    if (e->index < d->nentries && d->entries[e->index].key == e->key) {
        TrValue v = d->entries[e->index].value; /* the class may have replaced it */
        TrType *vt = TR_TYPE(v);
        if (e->owner) /* as type_getattr */
            return vt->descr_get && vt != &tr_function_type ? vt->descr_get(v, 0, obj) : v;
        if (vt->descr_get && vt->descr_set) return vt->descr_get(v, obj, (TrValue)e->type);
        const TrValue *slot = raw_dict_slot(obj);
        if (!slot || !*slot || ((*slot)->type == &tr_attrs_type && ((TrAttrs *)*slot)->shape == e->shape))
            return vt->descr_get ? vt->descr_get(v, obj, (TrValue)e->type) : v;
    }
    return tr_getattr_fill(obj, name, c);
}

/* tr_getattr_cached's cases after the first way's shaped instance (tr_compiled.h):
 * the entry of any way for obj's class (a shaped instance, a __slots__ member, the
 * instance's real dict, an answer of the class), else the full lookup that fills one */
TrValue tr_getattr_cached_any_way(TrValue obj, TrValue name, TrAttrCache *c) {
    const TrAttrCacheEntry *e = tr_attr_cache_entry(obj, c);
    if (e) {
        if (TR_UNLIKELY(e->dict != 0)) return tr_getattr_class_cached(obj, name, e, c);
        if (e->member_offset) {
            TrValue v = *(TrValue *)((char *)obj + e->member_offset);
            if (v) return v; /* unset: the full path raises */
        } else {
            TrValue held = *(TrValue *)((char *)obj + e->type->dictoffset);
            if (e->shape) {
                if (held && held->type == &tr_attrs_type && ((TrAttrs *)held)->shape == e->shape)
                    return ((TrAttrs *)held)->values[e->index];
            } else {
                TrDict *d = (TrDict *)held;
                if (d && held->type == &tr_dict_type && e->index < d->nentries && d->entries[e->index].key == name)
                    return d->entries[e->index].value;
            }
        }
    }
    return tr_getattr_fill(obj, name, c);
}

TrValue tr_generic_getattr(TrValue obj, TrValue name) {
    TrValue v = generic_lookup(obj, name);
    if (v || tr_err_occurred()) return v;
    return no_attribute(obj, name);
}

int tr_generic_setattr(TrValue obj, TrValue name, TrValue v) {
    TrType *t = TR_TYPE(obj);
    TrValue descr = tr_type_lookup(t, name);
    if (descr && TR_TYPE(descr)->descr_set) return TR_TYPE(descr)->descr_set(descr, obj, v);
    TrValue *dslot = raw_dict_slot(obj);
    if (!dslot) {
        if (descr)
            tr_err(TR_EXC_TYPE(AttributeError), "'%s' object attribute '%s' is read-only", t->name, tr_str_cstr(name));
        else
            tr_err(TR_EXC_TYPE(AttributeError), "'%s' object has no attribute '%s'", t->name, tr_str_cstr(name));
        return -1;
    }
    if (v && exact_str(name) && (t->flags & TR_TF_SHAPED) && (!*dslot || holds_attrs(dslot)))
        return tr_attrs_set(dslot, name, v, t) ? 0 : -1;
    dslot = tr_instance_dict_slot(obj);
    if (!*dslot) *dslot = tr_dict_new();
    if (v) return tr_dict_set(*dslot, name, v);
    if (!tr_dict_get(*dslot, name)) {
        no_attribute(obj, name);
        return -1;
    }
    return tr_dict_del(*dslot, name);
}

/* The entry of a method cache to fill: the one for obj's class or module, a free one,
 * or one in turn */
static TrMethodCacheEntry *method_cache_way(TrMethodCache *c, TrType *t, TrValue module) {
    for (int k = 0; k < TR_ATTR_CACHE_WAYS; k++)
        if ((c->e[k].type == t && c->e[k].module == module) || (!c->e[k].type && !c->e[k].module)) return &c->e[k];
    return &c->e[c->next++ % TR_ATTR_CACHE_WAYS];
}

/* mod.name(...) of an exact module: fills c with where name lives; its value or 0 */
static TrValue module_method_fill(TrValue module, TrValue name, TrMethodCache *c) {
    TrValue *slot;
    TrDictEntry *entry;
    TrDict *d;
    if (!tr_module_attr_place(module, name, &slot, &entry, &d)) return 0;
    TrMethodCacheEntry *e = method_cache_way(c, 0, module);
    *e = (TrMethodCacheEntry){.module = module, .slot = slot};
    if (entry) e->dict = d, e->key = entry->key, e->index = (size_t)(entry - d->entries);
    return slot ? *slot : entry->value;
}

/* Cls.name(...) of a class whose metaclass looks attributes up as type does: fills c
 * with where Cls's MRO holds name (tr_call_method_cached calls what it holds then, by
 * kind: a function, a staticmethod's or classmethod's).  Only when the metaclass has
 * no attribute name, or is type itself with no data descriptor of that name (type's
 * namespace never changes); the name's epoch guards the rest.  Returns 0: the caller
 * takes the generic call this time. */
static TrValue class_method_fill(TrValue cls, TrValue name, TrMethodCache *c) {
    TrType *meta = TR_TYPE(cls);
    TrValue mdescr = tr_type_lookup(meta, name);
    if (mdescr && (meta != &tr_type_type || (TR_TYPE(mdescr)->descr_get && TR_TYPE(mdescr)->descr_set))) return 0;
    const uint64_t *group = name_group(name);
    uint64_t epoch = *group;
    TrDict *d;
    TrDictEntry *found = mro_lookup((TrType *)cls, name, &d);
    if (!found) {
        if (tr_err_occurred()) tr_err_clear();
        return 0;
    }
    if (*group == epoch)
        *method_cache_way(c, 0, cls) = (TrMethodCacheEntry){.group = group, .epoch = epoch, .dict = d, .key = found->key,
                                                            .index = (size_t)(found - d->entries), .module = cls};
    return 0;
}

TrValue tr_method_cache_fill(TrValue obj, TrValue name, TrMethodCache *c) {
    TrType *t = TR_TYPE(obj);
    if (!exact_str(name)) return 0;
    if (t == &tr_module_type) return module_method_fill(obj, name, c);
    if (t->getattr == type_getattr) return class_method_fill(obj, name, c);
    if (t->getattr != tr_generic_getattr && t->getattr != tr_object_type.getattr) return 0;
    const uint64_t *group = name_group(name);
    uint64_t epoch = *group;
    TrDict *d;
    TrDictEntry *found = mro_lookup(t, name, &d);
    if (!found) {
        if (tr_err_occurred()) tr_err_clear();
        return 0;
    }
    TrValue m = found->value;
    if (!tr_is_plain_method(m, obj)) return 0;
    TrValue *dslot = raw_dict_slot(obj);
    const TrShape *shape;
    if (!lacks_attr(dslot, name, &shape)) return instance_attr(dslot, name) ? 0 : m; /* a dict: not cached */
    if (*group == epoch)
        *method_cache_way(c, t, 0) = (TrMethodCacheEntry){t, group, epoch, d, found->key, (size_t)(found - d->entries), shape};
    return m;
}

static TrValue super_method_fill(TrValue start, TrValue obj, TrValue name, TrSuperCache *c);

/* The hit path is a leaf; the walk that fills c is out of line */
TrValue tr_super_method_cached(TrValue start, TrValue obj, TrValue name, TrSuperCache *c) {
    if (TR_IS_SMALL(obj)) return 0;
    for (int k = 0; k < TR_ATTR_CACHE_WAYS; k++) {
        const TrSuperCacheEntry *e = &c->e[k];
        if (e->obj_type != obj->type || e->start != (TrType *)start) continue;
        if (*e->group != e->epoch || e->index >= e->dict->nentries || e->dict->entries[e->index].key != e->key) break;
        TrValue f = e->dict->entries[e->index].value; /* the class may have replaced it */
        return TR_TYPE(f) == &tr_function_type ? f : 0;
    }
    return super_method_fill(start, obj, name, c);
}

static __attribute__((noinline)) TrValue super_method_fill(TrValue start, TrValue obj, TrValue name, TrSuperCache *c) {
    /* an instance of a subclass of start that is no class itself */
    TrType *t = obj->type;
    if (!exact_str(name) || !tr_isinstance_type(start, &tr_type_type) || tr_type_is_subtype(t, &tr_type_type) ||
        !tr_type_is_subtype(t, (TrType *)start))
        return 0;
    const uint64_t *group = name_group(name);
    uint64_t epoch = *group;
    TrTuple *mro = TR_TUPLE(t->mro);
    size_t i = 0;
    while (i < mro->len && mro->items[i] != start) i++;
    for (i++; i < mro->len; i++) {
        TrDict *d = (TrDict *)((TrType *)mro->items[i])->dict;
        TrDictEntry *found = tr_dict_get_entry((TrValue)d, name);
        if (!found) continue;
        TrValue f = found->value;
        if (TR_TYPE(f) != &tr_function_type) return 0;
        if (*group == epoch) {
            unsigned k = 0; /* this pair's way (stale), a free one, or the next in turn */
            while (k < TR_ATTR_CACHE_WAYS && c->e[k].obj_type && (c->e[k].obj_type != t || c->e[k].start != (TrType *)start)) k++;
            if (k == TR_ATTR_CACHE_WAYS) k = c->next++ % TR_ATTR_CACHE_WAYS;
            c->e[k] = (TrSuperCacheEntry){t, (TrType *)start, group, epoch, d, found->key, (size_t)(found - d->entries)};
        }
        return f;
    }
    return 0;
}

/* Cls.name = v: caches the entry of Cls's own dict for a name that is no dunder (those
 * update the class's slots) when the metaclass has no such attribute */
static int class_setattr_fill(TrValue cls, TrValue name, TrValue v, TrAttrCache *c) {
    TrType *meta = TR_TYPE(cls);
    const uint64_t *group = name_group(name);
    uint64_t epoch = *group;
    TrDictEntry *found;
    TrDict *d = (TrDict *)((TrType *)cls)->dict;
    if ((((TrType *)cls)->flags & TR_TF_HEAPTYPE) && tr_str_cstr(name)[0] != '_' && !tr_type_lookup(meta, name) &&
        (found = tr_dict_get_entry((TrValue)d, name)) && *group == epoch)
        *cache_way(c, meta, cls) = (TrAttrCacheEntry){.type = meta, .group = group, .epoch = epoch, .dict = d,
                                                      .key = found->key, .index = (size_t)(found - d->entries),
                                                      .owner = cls};
    return tr_setattr(cls, name, v);
}

int tr_setattr_class_cached(TrValue obj, TrValue name, TrValue v, const TrAttrCacheEntry *e, TrAttrCache *c) {
    TrDict *d = e->dict;
    if (e->index < d->nentries && d->entries[e->index].key == e->key &&
        TR_TYPE(d->entries[e->index].value) != &tr_member_type) { /* (whose replacement renews the group) */
        d->entries[e->index].value = v; /* as tr_dict_set on a present key */
        d->version++;
        return 0;
    }
    return tr_setattr_fill(obj, name, v, c);
}

int tr_setattr_fill(TrValue obj, TrValue name, TrValue v, TrAttrCache *c) {
    TrType *t = TR_TYPE(obj);
    if (t->setattr == type_setattr && exact_str(name) && v) return class_setattr_fill(obj, name, v, c);
    if (!exact_str(name) || !v || (t->setattr != tr_generic_setattr && t->setattr != tr_object_type.setattr))
        return tr_setattr(obj, name, v);
    const uint64_t *group = name_group(name);
    uint64_t epoch = *group;
    TrValue descr = tr_type_lookup(t, name);
    if (descr) { /* caches hold for __slots__ members and names classes lack */
        size_t offset = tr_member_offset(descr, obj);
        if (offset && *group == epoch)
            *cache_way(c, t, 0) = (TrAttrCacheEntry){.type = t, .group = group, .epoch = epoch, .member_offset = offset};
        return tr_generic_setattr(obj, name, v);
    }
    TrValue *dslot = raw_dict_slot(obj);
    if (!dslot || !(t->flags & TR_TF_SHAPED) || (*dslot && !holds_attrs(dslot))) return tr_setattr(obj, name, v);
    const TrShape *before = *dslot ? ((TrAttrs *)*dslot)->shape : &tr_shape_root;
    if (!tr_attrs_set(dslot, name, v, t)) return -1;
    if (holds_attrs(dslot) && *group == epoch) {
        const TrShape *after = ((TrAttrs *)*dslot)->shape;
        *cache_way(c, t, 0) = (TrAttrCacheEntry){t, group, epoch, (size_t)tr_shape_index(after, name), before, after};
    }
    return 0;
}

static TrValue getattr_slot(TrValue obj, TrValue name) {
    TrType *t = TR_TYPE(obj);
    return (t->getattr ? t->getattr : tr_generic_getattr)(obj, name);
}

/* As CPython's PyObject_GetAttr: an AttributeError leaving a lookup learns the name and
 * object (once), for the "Did you mean" of the traceback. */
TrValue tr_getattr(TrValue obj, TrValue name) {
    TrValue v = getattr_slot(obj, name);
    if (!v && tr_err_is(TR_EXC_TYPE(AttributeError))) {
        TrValue exc = tr_err_current();
        TrValue *name_field = tr_exc_field(exc, "name"), *obj_field = tr_exc_field(exc, "obj");
        if (name_field && obj_field && !*name_field && !*obj_field) {
            *name_field = name;
            *obj_field = obj;
        }
    }
    return v;
}

TrValue tr_getattr_cstr(TrValue obj, const char *name) { return tr_getattr(obj, tr_str_intern(name)); }

/* obj.name, or 0 without an error when obj has no such attribute: an object whose
 * lookup is object's own is answered without making the AttributeError at all
 * (hasattr and getattr with a default on a miss cost a lookup, not an exception). */
TrValue tr_getattr_opt(TrValue obj, TrValue name) {
    TrType *t = TR_TYPE(obj);
    TrValue v = !t->getattr || t->getattr == tr_generic_getattr ? generic_lookup(obj, name) : t->getattr(obj, name);
    if (!v && tr_err_is(TR_EXC_TYPE(AttributeError))) tr_err_clear();
    return v;
}

int tr_setattr(TrValue obj, TrValue name, TrValue v) {
    TrType *t = TR_TYPE(obj);
    return (t->setattr ? t->setattr : tr_generic_setattr)(obj, name, v);
}

int tr_delattr(TrValue obj, TrValue name) { return tr_setattr(obj, name, 0); }

int tr_hasattr(TrValue obj, TrValue name) {
    if (tr_getattr_opt(obj, name)) return 1;
    return tr_err_occurred() ? -1 : 0;
}

/* ---------------------------------------------------------------- object */

static TrValue object_repr(TrValue self) {
    TrType *t = TR_TYPE(self);
    const char *mod = t->module ? tr_str_cstr(t->module) : NULL;
    const char *qual = t->qualname ? tr_str_cstr(t->qualname) : t->name;
    if (mod && strcmp(mod, "builtins"))
        return tr_str_fmt("<%s.%s object at %p>", mod, qual, (void *)self);
    return tr_str_fmt("<%s object at %p>", qual, (void *)self);
}

static int64_t object_hash(TrValue self) {
    uintptr_t p = (uintptr_t)self;
    int64_t h = (int64_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    return h == -1 ? -2 : h;
}

static TrValue object_richcompare(TrValue a, TrValue b, int op) {
    if (op == TR_EQ) return a == b ? tr_True : tr_NotImplemented;
    if (op == TR_NE) {
        TrType *t = TR_TYPE(a);
        if (t->richcompare && t->richcompare != object_richcompare) {
            TrValue r = t->richcompare(a, b, TR_EQ);
            if (!r || r == tr_NotImplemented) return r;
            int truth = tr_truthy(r);
            return truth < 0 ? 0 : tr_bool(!truth);
        }
        /* the negation of == (identity): NotImplemented for different objects, so the
         * other operand's __ne__ (or its __eq__ through object.__ne__) gets its turn */
        return a == b ? tr_False : tr_NotImplemented;
    }
    return tr_NotImplemented;
}

/* CPython's object_new: excess arguments are an error unless the class has a __new__ of
 * its own (then object.__new__ was called for it, with them) or an __init__ that takes them */
static TrValue object_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs || (kwnames && TR_TUPLE(kwnames)->len)) {
        if (type->new_ != object_new)
            return tr_err(TR_EXC_TYPE(TypeError), "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->init == tr_object_type.init) return tr_err(TR_EXC_TYPE(TypeError), "%s() takes no arguments", type->name);
    }
    return tr_object_new_instance(type);
}

/* CPython's object_new refusal of a class whose __abstractmethods__ is not empty,
 * naming the methods in sorted order. */
static TrValue abstract_instantiation_error(TrType *type) {
    TrValue names = tr_list_from_iterable(tr_dict_get_str(type->dict, "__abstractmethods__"));
    if (!names || tr_list_sort(names, 0, 0) < 0) return 0;
    TrList *l = TR_LIST(names);
    TrValue joined = tr_call_method_cstr(tr_str_from_cstr(", "), "join", 1, names);
    if (!joined) return 0;
    return tr_err(TR_EXC_TYPE(TypeError), "Can't instantiate abstract class %s with abstract method%s %s",
                  type->name, l->len > 1 ? "s" : "", tr_str_cstr(joined));
}

TrValue tr_object_new_instance(TrType *type) {
    if (type->flags & TR_TF_ABSTRACT) return abstract_instantiation_error(type);
    if (type->flags & TR_TF_SHAPED) {
        TrValue o = tr_shaped_instance_new(type);
        if ((type->flags & TR_TF_HAS_DEL) && type->shape_hint) tr_del_track(o); /* else tr_object_alloc did */
        return o;
    }
    return tr_object_alloc(type, type->basicsize ? type->basicsize : sizeof(TrObject));
}

static int object_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) { return 0; }

static TrValue object_str(TrValue self) { return TR_TYPE(self)->repr(self); }

static TrValue object_get_class(TrValue self) { return (TrValue)TR_TYPE(self); }

static TrValue object_get_dict(TrValue self) {
    TrValue *slot = tr_instance_dict_slot(self);
    if (!slot) return no_attribute(self, TR_INTERN("__dict__"));
    if (!*slot) *slot = tr_dict_new();
    return *slot;
}

/* obj.__class__ = C: between classes of one instance layout, as CPython allows */
static int object_set_class(TrValue self, TrValue v) {
    if (!v) { tr_err(TR_EXC_TYPE(TypeError), "can't delete __class__ attribute"); return -1; }
    if (!tr_isinstance_type(v, &tr_type_type)) {
        tr_err(TR_EXC_TYPE(TypeError), "__class__ must be set to a class, not '%s' object", TR_TYPE_NAME(v));
        return -1;
    }
    TrType *old = TR_TYPE(self), *new = (TrType *)v;
    if (!(old->flags & TR_TF_HEAPTYPE) || !(new->flags & TR_TF_HEAPTYPE)) {
        tr_err(TR_EXC_TYPE(TypeError), "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (old->basicsize != new->basicsize || old->dictoffset != new->dictoffset) {
        tr_err(TR_EXC_TYPE(TypeError), "__class__ assignment: '%s' object layout differs from '%s'", new->name, old->name);
        return -1;
    }
    if (!(new->flags & TR_TF_SHAPED)) tr_instance_dict_slot(self); /* its attributes as a dict */
    self->type = new;
    return 0;
}

static int object_set_dict(TrValue self, TrValue v) {
    TrValue *slot = tr_instance_dict_slot(self);
    if (!slot) { no_attribute(self, TR_INTERN("__dict__")); return -1; }
    if (v && !tr_dict_check(v)) {
        tr_err(TR_EXC_TYPE(TypeError), "__dict__ must be set to a dictionary, not a '%s'", TR_TYPE_NAME(v));
        return -1;
    }
    *slot = v; /* del: a fresh empty dict on the next use */
    return 0;
}

static TrValue object_m_init(TrValue *args, size_t nargs, TrValue kwnames) { return tr_None; }

static TrValue object_m_eq(TrValue *args, size_t nargs, TrValue kwnames) {
    return object_richcompare(args[0], args[1], TR_EQ);
}
static TrValue object_m_ne(TrValue *args, size_t nargs, TrValue kwnames) {
    return object_richcompare(args[0], args[1], TR_NE);
}
static TrValue object_m_hash(TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_int_from_i64(object_hash(args[0]));
}
static TrValue object_m_repr(TrValue *args, size_t nargs, TrValue kwnames) { return object_repr(args[0]); }
static TrValue object_m_str(TrValue *args, size_t nargs, TrValue kwnames) { return tr_repr(args[0]); }
/* object.__setattr__ and friends take str names only (the attribute protocol's callers
 * check this themselves) */
static int check_attr_name(TrValue name) {
    if (tr_str_check(name)) return 0;
    tr_err(TR_EXC_TYPE(TypeError), "attribute name must be string, not '%s'", TR_TYPE_NAME(name));
    return -1;
}

static TrValue object_m_setattr(TrValue *args, size_t nargs, TrValue kwnames) {
    if (check_attr_name(args[1]) < 0) return 0;
    return tr_generic_setattr(args[0], args[1], args[2]) < 0 ? 0 : tr_None;
}
static TrValue object_m_getattribute(TrValue *args, size_t nargs, TrValue kwnames) {
    if (check_attr_name(args[1]) < 0) return 0;
    /* a builtin type's own getattr holds the attributes CPython keeps as getset
     * descriptors (a function's __doc__, __name__ ...), which the generic path sees */
    TrType *t = TR_TYPE(args[0]);
    if ((t->flags & TR_TF_OWN_GETATTR) && !(t->flags & TR_TF_HEAPTYPE)) return t->getattr(args[0], args[1]);
    return tr_generic_getattr(args[0], args[1]);
}
static TrValue object_m_delattr(TrValue *args, size_t nargs, TrValue kwnames) {
    if (check_attr_name(args[1]) < 0) return 0;
    return tr_generic_setattr(args[0], args[1], 0) < 0 ? 0 : tr_None;
}
static TrValue object_m_format(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "object.__format__", 1, 1) < 0) return 0;
    if (!tr_str_check(args[1]))
        return tr_err(TR_EXC_TYPE(TypeError), "__format__() argument must be str, not %s", tr_arg_type_name(args[1]));
    if (TR_STR(args[1])->len)
        return tr_err(TR_EXC_TYPE(TypeError), "unsupported format string passed to %s.__format__",
                      TR_TYPE_NAME(args[0]));
    return tr_str(args[0]);
}
static TrValue object_m_init_subclass(TrValue *args, size_t nargs, TrValue kwnames) { return tr_None; }

/* object.__sizeof__: the bytes of the instance's fixed part.  Types that own more
 * memory (list items, str text, ...) add it in their own __sizeof__ via tr_sizeof. */
TrValue tr_sizeof(TrValue *args, size_t nargs, TrValue kwnames, size_t extra) {
    if (tr_method_args(args, nargs, kwnames, "__sizeof__", 0, 0) < 0) return 0;
    return tr_int_from_u64(TR_TYPE(args[0])->basicsize + extra);
}
/* object.__sizeof__ also counts the items of the builtins CPython sizes by tp_itemsize
 * without a __sizeof__ of their own (tuple and bytes: `tuple.__sizeof__ is object.__sizeof__`) */
static TrValue object_m_sizeof(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "object.__sizeof__", 0, 0) < 0) return 0;
    TrValue v = args[0];
    size_t items = tr_tuple_check(v) ? TR_TUPLE(v)->len * sizeof(TrValue)
                 : tr_bytes_check(v) ? ((TrBytes *)v)->len + 1
                                     : 0;
    return tr_sizeof(args, nargs, kwnames, items);
}

static TrValue object_m_dir(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__dir__", 0, 0) < 0) return 0;
    return tr_dir_default(args[0], false);
}

static TrValue object_m_subclasshook(TrValue *args, size_t nargs, TrValue kwnames) { return tr_NotImplemented; }

/* ---------------------------------------------------------------- pickling protocol */
/* __getstate__, __reduce__ and __reduce_ex__ as CPython 3.11's object and copyreg give
 * them, with copyreg's _reconstructor and __newobj__ as builtin functions (trc has no
 * pickle or copy module yet; these make the protocol's answers callable). */

/* copyreg._reconstructor(cls, base, state) */
static TrValue reconstructor(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("_reconstructor", nargs, 3, 3) < 0) return 0;
    if (args[1] == (TrValue)&tr_object_type) return tr_call_method_cstr(args[1], "__new__", 1, args[0]);
    TrValue obj = tr_call_method_cstr(args[1], "__new__", 2, args[0], args[2]);
    TrValue init = obj ? tr_getattr_cstr(args[1], "__init__") : 0;
    if (!init) return 0;
    if (init == tr_dict_get(tr_object_type.dict, TR_INTERN("__init__"))) return obj;
    TrValue a[2] = {obj, args[2]};
    return tr_call(init, a, 2, 0) ? obj : 0;
}

/* copyreg.__newobj__(cls, *args) */
static TrValue newobj(TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs < 1) return tr_err(TR_EXC_TYPE(TypeError), "__newobj__() missing 1 required positional argument: 'cls'");
    TrValue new_ = tr_getattr_cstr(args[0], "__new__");
    return new_ ? tr_call(new_, args, nargs, 0) : 0;
}

/* copyreg.__newobj_ex__(cls, args, kwargs) */
static TrValue newobj_ex(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("__newobj_ex__", nargs, 3, 3) < 0) return 0;
    TrValue new_ = tr_getattr_cstr(args[0], "__new__");
    TrValue clsargs = new_ ? tr_tuple_new(TR_TUPLE(args[1])->len + 1) : 0;
    if (!clsargs) return 0;
    TR_TUPLE(clsargs)->items[0] = args[0];
    memcpy(TR_TUPLE(clsargs)->items + 1, TR_TUPLE(args[1])->items, TR_TUPLE(args[1])->len * sizeof(TrValue));
    return tr_call_ex(new_, clsargs, args[2]);
}

/* __getnewargs_ex__() checked as CPython does: *args a tuple, *kwargs a dict */
static int getnewargs_ex(TrValue self, TrValue *args, TrValue *kwargs) {
    TrValue r = tr_call_method_cstr(self, "__getnewargs_ex__", 0);
    if (!r) return -1;
    if (!tr_tuple_check(r))
        return tr_err(TR_EXC_TYPE(TypeError), "__getnewargs_ex__ should return a tuple, not '%s'", TR_TYPE_NAME(r)), -1;
    if (TR_TUPLE(r)->len != 2)
        return tr_err(TR_EXC_TYPE(ValueError), "__getnewargs_ex__ should return a tuple of length 2, not %zu",
                      TR_TUPLE(r)->len), -1;
    *args = TR_TUPLE(r)->items[0];
    *kwargs = TR_TUPLE(r)->items[1];
    if (!tr_tuple_check(*args))
        return tr_err(TR_EXC_TYPE(TypeError), "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                      TR_TYPE_NAME(*args)), -1;
    if (!tr_dict_check(*kwargs))
        return tr_err(TR_EXC_TYPE(TypeError), "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                      TR_TYPE_NAME(*kwargs)), -1;
    return 0;
}

/* The values of the __slots__ of obj's classes, {name: value} (mangled as stored). */
static TrValue slot_values(TrValue obj) {
    TrValue out = tr_dict_new();
    TrTuple *mro = TR_TUPLE(TR_TYPE(obj)->mro);
    for (size_t i = 0; i < mro->len; i++) {
        TrType *c = (TrType *)mro->items[i];
        TrValue slots = (c->flags & TR_TF_HEAPTYPE) ? tr_dict_get_str(c->dict, "__slots__") : 0;
        if (!slots) continue;
        TrValue names = tr_str_check(slots) ? tr_tuple_pack(1, slots) : tr_tuple_from_iterable(slots);
        if (!names) return 0;
        for (size_t k = 0; k < TR_TUPLE(names)->len; k++) {
            TrValue n = TR_TUPLE(names)->items[k];
            const char *s = tr_str_check(n) ? tr_str_cstr(n) : "";
            if (!strcmp(s, "__dict__") || !strcmp(s, "__weakref__")) continue;
            size_t len = strlen(s);
            if (len > 2 && !strncmp(s, "__", 2) && strcmp(s + len - 2, "__"))
                n = tr_str_fmt("_%s%s", c->name + strspn(c->name, "_"), s);
            TrValue v = tr_getattr_opt(obj, n);
            if (v && tr_dict_set(out, n, v) < 0) return 0;
            if (!v && tr_err_occurred()) return 0;
        }
    }
    return out;
}

/* object.__getstate__(): the instance __dict__ (None when empty or absent), paired with
 * the __slots__ values when any are set */
static TrValue object_m_getstate(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__getstate__", 0, 0) < 0) return 0;
    TrValue *dslot = tr_instance_dict_slot(args[0]);
    TrValue state = dslot && *dslot && ((TrDict *)*dslot)->used ? *dslot : tr_None;
    TrValue slots = slot_values(args[0]);
    if (!slots) return 0;
    return ((TrDict *)slots)->used ? tr_tuple_pack(2, state, slots) : state;
}

static TrValue cannot_pickle(TrType *t) { return tr_err(TR_EXC_TYPE(TypeError), "cannot pickle '%s' object", t->name); }

/* copyreg._reduce_ex (protocols 0 and 1): (_reconstructor, (cls, base, state)[, dict]) */
static TrValue reduce_old(TrValue self) {
    TrType *cls = TR_TYPE(self), *base = builtin_type_of(self);
    TrValue state = tr_None;
    if (base != &tr_object_type) {
        if (base == cls) return cannot_pickle(cls);
        if (!(state = tr_call1((TrValue)base, self))) return 0;
    }
    TrValue fn = tr_builtin_new("_reconstructor", reconstructor);
    TrValue args = tr_tuple_pack(3, (TrValue)cls, (TrValue)base, state);
    TrValue getstate = tr_type_lookup(cls, TR_INTERN("__getstate__"));
    if (getstate == tr_dict_get(tr_object_type.dict, TR_INTERN("__getstate__")) &&
        tr_type_lookup(cls, TR_INTERN("__slots__")))
        return tr_err(TR_EXC_TYPE(TypeError), "a class that defines __slots__ without defining __getstate__ cannot be pickled");
    TrValue d = tr_call_method_cstr(self, "__getstate__", 0);
    if (!d) return 0;
    int full = tr_truthy(d);
    if (full < 0) return 0;
    return full ? tr_tuple_pack(3, fn, args, d) : tr_tuple_pack(2, fn, args);
}

/* CPython's reduce_newobj (protocol 2 and up): (__newobj__, (cls, *newargs), state,
 * list items, dict items), or (__newobj_ex__, (cls, args, kwargs), ...) when
 * __getnewargs_ex__ gives keyword arguments */
static TrValue reduce_new(TrValue self) {
    TrType *cls = TR_TYPE(self);
    if (!cls->new_) return cannot_pickle(cls);
    TrValue newargs = tr_empty_tuple, kwargs = 0, func, clsargs;
    if (tr_type_lookup(cls, TR_INTERN("__getnewargs_ex__"))) {
        if (getnewargs_ex(self, &newargs, &kwargs) < 0) return 0;
    } else if (tr_type_lookup(cls, TR_INTERN("__getnewargs__"))) {
        newargs = tr_call_method_cstr(self, "__getnewargs__", 0);
        if (!newargs) return 0;
        if (!tr_tuple_check(newargs))
            return tr_err(TR_EXC_TYPE(TypeError), "__getnewargs__ should return a tuple, not '%s'", TR_TYPE_NAME(newargs));
    }
    if (kwargs && ((TrDict *)kwargs)->used) {
        func = tr_builtin_new("__newobj_ex__", newobj_ex);
        clsargs = tr_tuple_pack(3, (TrValue)cls, newargs, kwargs);
    } else {
        func = tr_builtin_new("__newobj__", newobj);
        clsargs = tr_tuple_new(TR_TUPLE(newargs)->len + 1);
        TR_TUPLE(clsargs)->items[0] = (TrValue)cls;
        memcpy(TR_TUPLE(clsargs)->items + 1, TR_TUPLE(newargs)->items, TR_TUPLE(newargs)->len * sizeof(TrValue));
    }
    /* without new arguments, the state must be all there is to an instance: an object
     * of a builtin type with data of its own (a generator, a module, a file) cannot be
     * rebuilt from it */
    TrType *base = builtin_type_of(self);
    if (!kwargs && newargs == tr_empty_tuple && base != &tr_object_type && base != &tr_list_type &&
        base != &tr_dict_type &&
        tr_type_lookup(cls, TR_INTERN("__getstate__")) == tr_dict_get(tr_object_type.dict, TR_INTERN("__getstate__")))
        return cannot_pickle(cls);
    TrValue state = tr_call_method_cstr(self, "__getstate__", 0);
    if (!state) return 0;
    TrValue items[2] = {tr_None, tr_None};
    if (tr_isinstance_type(self, &tr_list_type) && !(items[0] = tr_iter(self))) return 0;
    if (tr_isinstance_type(self, &tr_dict_type)) {
        TrValue it = tr_call_method_cstr(self, "items", 0);
        if (!it || !(items[1] = tr_iter(it))) return 0;
    }
    return tr_tuple_pack(5, func, clsargs, state, items[0], items[1]);
}

static TrValue object_m_reduce(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__reduce__", 0, 0) < 0) return 0;
    return reduce_old(args[0]);
}

/* object.__reduce_ex__(protocol): a class's own __reduce__ wins */
static TrValue object_m_reduce_ex(TrValue *args, size_t nargs, TrValue kwnames) {
    int64_t proto;
    if (tr_method_args(args, nargs, kwnames, "__reduce_ex__", 1, 1) < 0 || tr_index(args[1], &proto) < 0) return 0;
    TrValue reduce = tr_type_lookup(TR_TYPE(args[0]), TR_INTERN("__reduce__"));
    if (reduce && reduce != tr_dict_get(tr_object_type.dict, TR_INTERN("__reduce__")))
        return tr_call_method_cstr(args[0], "__reduce__", 0);
    return proto < 2 ? reduce_old(args[0]) : reduce_new(args[0]);
}

static const TrMethodDef object_methods[] = {
    {"__init__", object_m_init, TR_METH_INSTANCE},
    {"__eq__", object_m_eq, TR_METH_INSTANCE},
    {"__ne__", object_m_ne, TR_METH_INSTANCE},
    {"__hash__", object_m_hash, TR_METH_INSTANCE},
    {"__repr__", object_m_repr, TR_METH_INSTANCE},
    {"__str__", object_m_str, TR_METH_INSTANCE},
    {"__setattr__", object_m_setattr, TR_METH_INSTANCE},
    {"__getattribute__", object_m_getattribute, TR_METH_INSTANCE},
    {"__delattr__", object_m_delattr, TR_METH_INSTANCE},
    {"__format__", object_m_format, TR_METH_INSTANCE},
    {"__init_subclass__", object_m_init_subclass, TR_METH_CLASS},
    {"__subclasshook__", object_m_subclasshook, TR_METH_CLASS},
    {"__sizeof__", object_m_sizeof, TR_METH_INSTANCE},
    {"__dir__", object_m_dir, TR_METH_INSTANCE},
    {"__getstate__", object_m_getstate, TR_METH_INSTANCE},
    {"__reduce__", object_m_reduce, TR_METH_INSTANCE},
    {"__reduce_ex__", object_m_reduce_ex, TR_METH_INSTANCE},
    {0},
};

TrType tr_object_type = {
    .ob = {&tr_type_type},
    .name = "object",
    .flags = TR_TF_BASETYPE,
    .basicsize = sizeof(TrObject),
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = tr_generic_getattr,
    .setattr = tr_generic_setattr,
    .new_ = object_new,
    .init = object_init,
};

/* ---------------------------------------------------------------- type */

static TrValue type_repr(TrValue self) {
    TrType *t = (TrType *)self;
    const char *mod = t->module ? tr_str_cstr(t->module) : "builtins";
    const char *qual = t->qualname ? tr_str_cstr(t->qualname) : t->name;
    if (strcmp(mod, "builtins")) return tr_str_fmt("<class '%s.%s'>", mod, qual);
    return tr_str_fmt("<class '%s'>", qual);
}

/* Attribute of a class: metatype data descriptors, then the class MRO, then the metatype. */
static TrValue type_getattr(TrValue self, TrValue name) {
    TrType *t = (TrType *)self;
    TrType *meta = TR_TYPE(self);
    TrValue mdescr = tr_type_lookup(meta, name);
    if (mdescr && TR_TYPE(mdescr)->descr_get && TR_TYPE(mdescr)->descr_set)
        return TR_TYPE(mdescr)->descr_get(mdescr, self, (TrValue)meta);
    TrValue v = tr_type_lookup(t, name);
    if (v) {
        TrType *vt = TR_TYPE(v);
        if (vt->descr_get && vt != &tr_function_type) return vt->descr_get(v, 0, self);
        return v;
    }
    if (mdescr) {
        if (TR_TYPE(mdescr)->descr_get) return TR_TYPE(mdescr)->descr_get(mdescr, self, (TrValue)meta);
        return mdescr;
    }
    return tr_err(TR_EXC_TYPE(AttributeError), "type object '%s' has no attribute '%s'", t->name, tr_str_cstr(name));
}

static int type_setattr(TrValue self, TrValue name, TrValue v) {
    TrType *t = (TrType *)self;
    if (!(t->flags & TR_TF_HEAPTYPE)) {
        tr_err(TR_EXC_TYPE(TypeError), "cannot set '%s' attribute of immutable type '%s'", tr_str_cstr(name), t->name);
        return -1;
    }
    TrValue mdescr = tr_type_lookup(TR_TYPE(self), name);
    if (mdescr && TR_TYPE(mdescr)->descr_set) return TR_TYPE(mdescr)->descr_set(mdescr, self, v);
    int r;
    if (v) r = tr_dict_set(t->dict, name, v);
    else {
        if (!tr_dict_get(t->dict, name)) {
            tr_err(TR_EXC_TYPE(AttributeError), "type object '%s' has no attribute '%s'", t->name, tr_str_cstr(name));
            return -1;
        }
        r = tr_dict_del(t->dict, name);
    }
    if (r == 0) tr_class_update_slot(t, name);
    return r;
}

/* type(x) -> its type; type(name, bases, dict) -> a new class; Class(...) -> instance */
static TrValue type_call(TrValue callable, TrValue *args, size_t nargs, TrValue kwnames) {
    TrType *t = (TrType *)callable;
    /* the common case first, a tail call: a user class with an __init__ and no __new__ */
    if (TR_LIKELY(t->new_ == object_new && t->init == tr_class_slot_init)) return tr_class_construct(t, args, nargs, kwnames);
    if (t == &tr_type_type) {
        if (nargs == 1 && !kwnames) return (TrValue)TR_TYPE(args[0]);
        if (nargs != 3) return tr_err(TR_EXC_TYPE(TypeError), "type() takes 1 or 3 arguments");
        return tr_class_new(args[0], args[1], args[2], 0, 0);
    }
    if (!t->new_) return tr_err(TR_EXC_TYPE(TypeError), "cannot create '%s' instances", t->name);
    if (t->new_ == object_new) { /* the common case: a direct call, the instance is of class t */
        TrValue obj = object_new(t, args, nargs, kwnames);
        return !obj || (t->init && t->init(obj, args, nargs, kwnames) < 0) ? 0 : obj;
    }
    TrValue obj = t->new_(t, args, nargs, kwnames);
    if (!obj) return 0;
    TrType *ot = TR_TYPE(obj);
    if (ot->init && (ot == t || tr_type_is_subtype(ot, t))) {
        if (ot->init(obj, args, nargs, kwnames) < 0) return 0;
    }
    return obj;
}

static TrValue type_new(TrType *meta, TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs == 1 && meta == &tr_type_type) return (TrValue)TR_TYPE(args[0]);
    if (nargs != 3) return tr_err(TR_EXC_TYPE(TypeError), "type() takes 1 or 3 arguments");
    return tr_class_new_with_meta(meta, args[0], args[1], args[2], kwnames, kwnames ? args + 3 : 0);
}

/* a builtin type's name may carry its module as CPython's tp_name does ("datetime.date",
 * shown in error messages); __name__ is the part after the last dot */
static TrValue type_get_name(TrValue self) {
    TrType *t = (TrType *)self;
    const char *dot = t->flags & TR_TF_HEAPTYPE ? NULL : strrchr(t->name, '.');
    return tr_str_from_cstr(dot ? dot + 1 : t->name);
}
static TrValue type_get_qualname(TrValue self) {
    TrType *t = (TrType *)self;
    return t->qualname ? t->qualname : tr_str_from_cstr(t->name);
}
static TrValue type_get_module(TrValue self) {
    TrType *t = (TrType *)self;
    return t->module ? t->module : tr_str_from_cstr("builtins");
}
static TrValue type_get_mro(TrValue self) { return ((TrType *)self)->mro; }
static TrValue type_get_bases(TrValue self) { return ((TrType *)self)->bases; }
static TrValue type_get_base(TrValue self) {
    TrType *t = (TrType *)self;
    return t->base ? (TrValue)t->base : tr_None;
}
static TrValue type_get_dict(TrValue self) { return tr_mappingproxy_new(((TrType *)self)->dict); }
static TrValue type_get_doc(TrValue self) {
    TrValue d = ((TrType *)self)->flags & TR_TF_HEAPTYPE ? 0 : tr_builtin_doc((TrType *)self);
    if (d) return d;
    d = tr_dict_get(((TrType *)self)->dict, TR_INTERN("__doc__"));
    return d ? d : tr_None;
}
/* as CPython's type_set_doc: a user class's docstring may be replaced (NamedTuple does) */
static int type_set_doc(TrValue self, TrValue v) {
    TrType *t = (TrType *)self;
    if (!(t->flags & TR_TF_HEAPTYPE)) {
        tr_err(TR_EXC_TYPE(TypeError), "cannot set '__doc__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!v) {
        tr_err(TR_EXC_TYPE(TypeError), "cannot delete '__doc__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    return tr_dict_set(t->dict, TR_INTERN("__doc__"), v);
}

static TrValue type_m_mro(TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_list_from(TR_TUPLE(((TrType *)args[0])->mro)->items, TR_TUPLE(((TrType *)args[0])->mro)->len);
}
static TrValue type_m_subclasscheck(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("__subclasscheck__", nargs, 2, 2) < 0) return 0;
    return tr_bool(tr_isinstance_type(args[1], &tr_type_type) && tr_type_is_subtype((TrType *)args[1], (TrType *)args[0]));
}
static TrValue type_m_instancecheck(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("__instancecheck__", nargs, 2, 2) < 0) return 0;
    return tr_bool(tr_isinstance_type(args[1], (TrType *)args[0]));
}

/* CPython's tp_flags bits for the flags trc has (copyreg tests __flags__ & HEAPTYPE) */
static TrValue type_get_flags(TrValue self) {
    static const struct { unsigned tr; unsigned long cpy; } bits[] = {
        {TR_TF_HEAPTYPE, 1ul << 9}, {TR_TF_BASETYPE, 1ul << 10}, {TR_TF_INT_SUBCLASS, 1ul << 24},
        {TR_TF_LIST_SUBCLASS, 1ul << 25}, {TR_TF_TUPLE_SUBCLASS, 1ul << 26}, {TR_TF_STR_SUBCLASS, 1ul << 28},
        {TR_TF_DICT_SUBCLASS, 1ul << 29}, {TR_TF_EXCEPTION, 1ul << 30}, {TR_TF_TYPE_SUBCLASS, 1ul << 31},
    };
    TrType *t = (TrType *)self;
    unsigned long f = 1ul << 12; /* ready */
    for (size_t i = 0; i < sizeof bits / sizeof *bits; i++)
        if (t->flags & bits[i].tr) f |= bits[i].cpy;
    if (tr_type_is_subtype(t, &tr_bytes_type)) f |= 1ul << 27;
    return tr_int_from_u64(f);
}
/* the layout: bytes of an instance, of one item of the variable part (tuple items, bytes,
 * int limbs), the offset of the instance __dict__ (0: none); trc has no weak references */
static TrValue type_get_basicsize(TrValue self) { return tr_int_from_u64(((TrType *)self)->basicsize); }
static TrValue type_get_itemsize(TrValue self) {
    TrType *t = (TrType *)self;
    size_t n = tr_type_is_subtype(t, &tr_tuple_type) ? sizeof(TrValue)
               : tr_type_is_subtype(t, &tr_bytes_type) ? 1
               : tr_type_is_subtype(t, &tr_int_type) ? sizeof(mp_limb_t) : 0;
    return tr_int_from_u64(n);
}
static TrValue type_get_dictoffset(TrValue self) { return tr_int_from_u64(((TrType *)self)->dictoffset); }
static TrValue type_get_weakrefoffset(TrValue self) { return TR_FROM_SMALL(0); }
static TrValue type_get_text_signature(TrValue self) { return tr_None; }

/* __abstractmethods__ and __annotations__ live in the class dict (only a user class's can
 * be set; type's own dict holds these descriptors).  A class body that annotates names
 * stores them there (irgen.c, gen_class). */
static TrValue ns_attr(TrValue self, const char *name) {
    return self == (TrValue)&tr_type_type ? 0 : tr_dict_get_str(((TrType *)self)->dict, name);
}
static TrValue type_get_abstract(TrValue self) {
    TrValue v = ns_attr(self, "__abstractmethods__");
    return v ? v : tr_err(TR_EXC_TYPE(AttributeError), "__abstractmethods__");
}
static TrValue type_get_annotations(TrValue self) {
    TrType *t = (TrType *)self;
    TrValue v = ns_attr(self, "__annotations__");
    if (v) return v;
    if (!(t->flags & TR_TF_HEAPTYPE)) /* a user class without annotations gets an empty dict */
        return tr_err(TR_EXC_TYPE(AttributeError), "type object '%s' has no attribute '__annotations__'", t->name);
    v = tr_dict_new();
    return tr_dict_set_str(t->dict, "__annotations__", v) < 0 ? 0 : v;
}
static int set_ns_attr(TrValue self, const char *name, TrValue v) {
    TrType *t = (TrType *)self;
    if (v) return tr_dict_set_str(t->dict, name, v);
    if (tr_dict_get_str(t->dict, name)) return tr_dict_del(t->dict, tr_str_intern(name));
    tr_err(TR_EXC_TYPE(AttributeError), "%s", name);
    return -1;
}
/* as CPython's type_set_abstractmethods: a true value marks the class abstract */
static int type_set_abstract(TrValue self, TrValue v) {
    int abstract = v ? tr_truthy(v) : 0;
    if (abstract < 0 || set_ns_attr(self, "__abstractmethods__", v) < 0) return -1;
    if (abstract) ((TrType *)self)->flags |= TR_TF_ABSTRACT;
    else ((TrType *)self)->flags &= ~TR_TF_ABSTRACT;
    return 0;
}
static int type_set_annotations(TrValue self, TrValue v) { return set_ns_attr(self, "__annotations__", v); }
static int type_set_qualname(TrValue self, TrValue v) {
    TrType *t = (TrType *)self;
    if (!v) {
        tr_err(TR_EXC_TYPE(TypeError), "cannot delete '__qualname__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!tr_str_check(v)) {
        tr_err(TR_EXC_TYPE(TypeError), "can only assign string to %s.__qualname__, not '%s'", t->name, TR_TYPE_NAME(v));
        return -1;
    }
    t->qualname = v;
    return 0;
}

static TrValue type_m_dir(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__dir__", 0, 0) < 0) return 0;
    return tr_dir_default(args[0], true);
}

/* type.__setattr__/__delattr__, which a metaclass's own reaches through super() */
static TrValue type_m_setattr(TrValue *args, size_t nargs, TrValue kwnames) {
    if (check_attr_name(args[1]) < 0) return 0;
    return type_setattr(args[0], args[1], args[2]) < 0 ? 0 : tr_None;
}
static TrValue type_m_delattr(TrValue *args, size_t nargs, TrValue kwnames) {
    if (check_attr_name(args[1]) < 0) return 0;
    return type_setattr(args[0], args[1], 0) < 0 ? 0 : tr_None;
}

/* type.__prepare__(name, bases, **kwds): the namespace a class body fills, a new dict */
static TrValue type_m_prepare(TrValue *args, size_t nargs, TrValue kwnames) { return tr_dict_new(); }

static const TrMethodDef type_methods[] = {
    {"mro", type_m_mro, TR_METH_INSTANCE},
    {"__subclasscheck__", type_m_subclasscheck, TR_METH_INSTANCE},
    {"__instancecheck__", type_m_instancecheck, TR_METH_INSTANCE},
    {"__prepare__", type_m_prepare, TR_METH_CLASS},
    {"__setattr__", type_m_setattr, TR_METH_INSTANCE},
    {"__delattr__", type_m_delattr, TR_METH_INSTANCE},
    {"__subclasses__", type_m_subclasses, TR_METH_INSTANCE},
    {"__dir__", type_m_dir, TR_METH_INSTANCE},
    {0},
};

static int64_t type_hash(TrValue self) { return object_hash(self); }

TrType tr_type_type = {
    .ob = {&tr_type_type},
    .name = "type",
    .flags = TR_TF_BASETYPE | TR_TF_TYPE_SUBCLASS,
    .basicsize = sizeof(TrType),
    .repr = type_repr,
    .hash = type_hash,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .call = type_call,
    .new_ = type_new,
};

void tr_init_object(void) {
    tr_type_ready(&tr_object_type);
    tr_type_ready(&tr_type_type);
    tr_type_ready(&tr_getter_type);
}

/* As CPython, __dict__ is an attribute of the classes that give their instances one
 * (a user class without __slots__, exceptions, functions), not of object. */
void tr_type_add_dict_getset(TrType *t) {
    if (!tr_dict_get(t->dict, TR_INTERN("__dict__"))) tr_type_add_getset(t, "__dict__", object_get_dict, object_set_dict);
}

/* Methods and getters need str/dict/func to exist: installed after the core types. */
void tr_init_object_methods(void) {
    tr_type_add_methods(&tr_object_type, object_methods);
    tr_type_add_getter(&tr_getter_type, "__name__", getter_get_name);
    tr_type_add_getter(&tr_getter_type, "__qualname__", getter_get_qualname);
    tr_type_add_getter(&tr_getter_type, "__objclass__", getter_get_objclass);
    tr_type_add_getter(&tr_getter_type, "__doc__", getter_get_doc);
    tr_type_add_getset(&tr_object_type, "__class__", object_get_class, object_set_class);
    tr_type_add_methods(&tr_type_type, type_methods);
    tr_type_add_getter(&tr_type_type, "__name__", type_get_name);
    tr_type_add_getset(&tr_type_type, "__qualname__", type_get_qualname, type_set_qualname);
    tr_type_add_getter(&tr_type_type, "__module__", type_get_module);
    tr_type_add_getter(&tr_type_type, "__mro__", type_get_mro);
    tr_type_add_getter(&tr_type_type, "__bases__", type_get_bases);
    tr_type_add_getter(&tr_type_type, "__base__", type_get_base);
    tr_type_add_getter(&tr_type_type, "__dict__", type_get_dict);
    tr_type_add_getset(&tr_type_type, "__doc__", type_get_doc, type_set_doc);
    tr_type_add_getter(&tr_type_type, "__flags__", type_get_flags);
    tr_type_add_getter(&tr_type_type, "__basicsize__", type_get_basicsize);
    tr_type_add_getter(&tr_type_type, "__itemsize__", type_get_itemsize);
    tr_type_add_getter(&tr_type_type, "__dictoffset__", type_get_dictoffset);
    tr_type_add_getter(&tr_type_type, "__weakrefoffset__", type_get_weakrefoffset);
    tr_type_add_getter(&tr_type_type, "__text_signature__", type_get_text_signature);
    tr_type_add_getset(&tr_type_type, "__abstractmethods__", type_get_abstract, type_set_abstract);
    tr_type_add_getset(&tr_type_type, "__annotations__", type_get_annotations, type_set_annotations);
}
