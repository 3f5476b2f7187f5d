/* class.c — user classes: creation (metaclass selection, C3 linearisation, instance
 * layout), and the slot wrappers that make a class's dunder methods fill its type
 * slots, as CPython's slot_tp_* do.  A slot whose dunder the class (or a user base)
 * does not define keeps the slot inherited from the nearest builtin ancestor.
 * Assumes: special methods are looked up on the type, never on the instance. */
#include "tr.h"

/* ---------------------------------------------------------------- helpers */

static bool is_user_method(TrValue m) {
    if (!m) return false;
    TrType *t = TR_TYPE(m);
    if (t == &tr_staticmethod_type || t == &tr_classmethod_type) {
        m = tr_getattr_cstr(m, "__func__");
        t = TR_TYPE(m);
    }
    return !(t == &tr_builtin_type && ((TrBuiltin *)m)->owner && !(((TrBuiltin *)m)->owner->flags & TR_TF_HEAPTYPE));
}

/* Whether the class in t's MRO that defines `name` is a user class */
static bool defined_in_user_class(TrType *t, TrValue name) {
    TrValue mro = t->mro;
    for (size_t i = 0; mro && i < TR_TUPLE(mro)->len; i++) {
        TrType *c = (TrType *)TR_TUPLE(mro)->items[i];
        if (c->dict && tr_dict_get(c->dict, name)) return (c->flags & TR_TF_HEAPTYPE) != 0;
    }
    return false;
}

/* The interned str of a dunder name: `name` is a string literal or an entry of a static
 * table (cmp_names, tr_nb_dunders), so its address identifies it; the slot wrappers
 * ask at every call, and interning would hash the name each time. */
static TrValue dunder_name(const char *name) {
    static struct { const char *lit; TrValue str; } memo[256];
    size_t h = ((uintptr_t)name >> 3) & 255;
    if (memo[h].lit != name) {
        memo[h].str = tr_str_intern(name);
        memo[h].lit = name;
    }
    return memo[h].str;
}

/* The dunder `name` if a user class in type(self)'s MRO defines it, else 0.  A builtin's
 * method stored in a user class (`__str__ = int.__repr__`) counts: it replaces the slot. */
static TrValue user_dunder(TrType *t, const char *name) {
    TrValue n = dunder_name(name);
    TrValue m = tr_type_lookup(t, n);
    return is_user_method(m) || (m && defined_in_user_class(t, n)) ? m : 0;
}

static const char *copy_cstr(const char *s) {
    size_t n = strlen(s) + 1;
    char *p = tr_alloc_atomic(n);
    memcpy(p, s, n);
    return p;
}

TrType *tr_builtin_base(TrType *t) {
    while (t->flags & TR_TF_HEAPTYPE) t = t->base;
    return t;
}

/* The type that fixes t's instance layout (CPython's solid_base): the nearest type in
 * the base chain that adds fields, not counting an instance dict appended at the end. */
static TrType *layout_base(TrType *t) {
    while (t->base) {
        size_t own = t->basicsize;
        if (t->dictoffset && t->dictoffset != t->base->dictoffset && t->dictoffset == own - sizeof(TrValue))
            own -= sizeof(TrValue);
        if (own != t->base->basicsize) break;
        t = t->base;
    }
    return t;
}

/* Call a special method found on the type, binding self. */
static TrValue call_special(TrValue m, TrValue self, TrValue *args, size_t nargs) {
    TrValue a[4];
    a[0] = self;
    for (size_t i = 0; i < nargs && i < 3; i++) a[i + 1] = args[i];
    TrType *mt = TR_TYPE(m);
    if (mt == &tr_function_type) return tr_call_positional(m, a, nargs + 1); /* a def of that arity: its code */
    if (mt == &tr_builtin_type) return tr_call(m, a, nargs + 1, 0);
    if (mt->descr_get) {
        TrValue bound = mt->descr_get(m, self, (TrValue)TR_TYPE(self));
        if (!bound) return 0;
        return tr_call(bound, args, nargs, 0);
    }
    return tr_call(m, a, nargs + 1, 0);
}

static TrValue call_dunder(TrValue self, const char *name, TrValue *args, size_t nargs) {
    TrValue m = tr_type_lookup(TR_TYPE(self), dunder_name(name));
    if (!m) return tr_err(TR_EXC_TYPE(AttributeError), "'%s' object has no attribute '%s'", TR_TYPE_NAME(self), name);
    return call_special(m, self, args, nargs);
}

/* ---------------------------------------------------------------- object protocol wrappers */

static TrValue slot_repr(TrValue self) {
    TrValue r = call_dunder(self, "__repr__", NULL, 0);
    if (r && !tr_str_check(r))
        return tr_err(TR_EXC_TYPE(TypeError), "__repr__ returned non-string (type %s)", TR_TYPE_NAME(r));
    return r;
}

static TrValue slot_str(TrValue self) {
    TrValue r = call_dunder(self, "__str__", NULL, 0);
    if (r && !tr_str_check(r))
        return tr_err(TR_EXC_TYPE(TypeError), "__str__ returned non-string (type %s)", TR_TYPE_NAME(r));
    return r;
}

static int64_t slot_hash(TrValue self) {
    TrValue r = call_dunder(self, "__hash__", NULL, 0);
    if (!r) return -1;
    if (!tr_int_check(r)) {
        tr_err(TR_EXC_TYPE(TypeError), "__hash__ method should return an integer");
        return -1;
    }
    /* as CPython: a result that fits a machine word is the hash itself (-1 becomes -2),
     * a bigger one is hashed as an int */
    int64_t h;
    if (tr_int_as_i64(r, &h) < 0) {
        tr_err_clear();
        return tr_hash(r);
    }
    return h == -1 ? -2 : h;
}

static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

static TrValue slot_richcompare(TrValue a, TrValue b, int op) {
    TrType *t = TR_TYPE(a);
    TrValue m = user_dunder(t, cmp_names[op]);
    if (m) return call_special(m, a, &b, 1);
    if (op == TR_NE && (m = user_dunder(t, "__eq__"))) {
        TrValue r = call_special(m, a, &b, 1);
        if (!r || r == tr_NotImplemented) return r;
        int truth = tr_truthy(r);
        return truth < 0 ? 0 : tr_bool(!truth);
    }
    TrType *base = tr_builtin_base(t);
    return base->richcompare ? base->richcompare(a, b, op) : tr_NotImplemented;
}

static TrValue slot_getattr(TrValue self, TrValue name) {
    TrType *t = TR_TYPE(self);
    TrValue ga = user_dunder(t, "__getattribute__");
    TrValue r;
    if (ga) r = call_special(ga, self, &name, 1);
    else {
        TrType *base = tr_builtin_base(t);
        r = (base->getattr ? base->getattr : tr_generic_getattr)(self, name);
    }
    if (r || !tr_err_is(TR_EXC_TYPE(AttributeError))) return r;
    TrValue gattr = user_dunder(t, "__getattr__");
    if (!gattr) return 0;
    tr_err_clear();
    return call_special(gattr, self, &name, 1);
}

static int slot_setattr(TrValue self, TrValue name, TrValue v) {
    TrType *t = TR_TYPE(self);
    TrValue m = user_dunder(t, v ? "__setattr__" : "__delattr__");
    if (m) {
        TrValue a[2] = {name, v};
        return call_special(m, self, a, v ? 2 : 1) ? 0 : -1;
    }
    TrType *base = tr_builtin_base(t);
    return (base->setattr ? base->setattr : tr_generic_setattr)(self, name, v);
}

static TrValue slot_call(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue m = tr_type_lookup(TR_TYPE(self), TR_INTERN("__call__"));
    if (!m) return tr_err(TR_EXC_TYPE(TypeError), "'%s' object is not callable", TR_TYPE_NAME(self));
    size_t total = nargs + 1 + (kwnames ? TR_TUPLE(kwnames)->len : 0);
    TrValue *a = tr_alloc(sizeof(TrValue) * total);
    a[0] = self;
    if (total > 1) memcpy(a + 1, args, sizeof(TrValue) * (total - 1)); /* args may be NULL */
    return tr_call(m, a, nargs + 1, kwnames);
}

static TrValue slot_iter(TrValue self) {
    TrValue r = call_dunder(self, "__iter__", NULL, 0);
    if (r && !TR_TYPE(r)->next)
        return tr_err(TR_EXC_TYPE(TypeError), "iter() returned non-iterator of type '%s'", TR_TYPE_NAME(r));
    return r;
}

static TrValue slot_next(TrValue self) {
    TrValue r = call_dunder(self, "__next__", NULL, 0);
    if (!r && tr_err_is(TR_EXC_TYPE(StopIteration))) tr_err_clear();
    return r;
}

static intptr_t slot_len(TrValue self) {
    TrValue r = call_dunder(self, "__len__", NULL, 0);
    if (!r) return -1;
    if (!tr_int_check(r)) {
        tr_err(TR_EXC_TYPE(TypeError), "'%s' object cannot be interpreted as an integer", TR_TYPE_NAME(r));
        return -1;
    }
    int64_t n;
    if (tr_int_as_i64(r, &n) < 0 || n > INTPTR_MAX || n < -INTPTR_MAX) { /* CPython's PyNumber_AsSsize_t */
        tr_err_clear();
        tr_err(TR_EXC_TYPE(OverflowError), "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (n < 0) {
        tr_err(TR_EXC_TYPE(ValueError), "__len__() should return >= 0");
        return -1;
    }
    return (intptr_t)n;
}

static TrValue slot_getitem(TrValue self, TrValue key) { return call_dunder(self, "__getitem__", &key, 1); }

static int slot_setitem(TrValue self, TrValue key, TrValue v) {
    TrValue a[2] = {key, v};
    return call_dunder(self, v ? "__setitem__" : "__delitem__", a, v ? 2 : 1) ? 0 : -1;
}

static int slot_contains(TrValue self, TrValue item) {
    TrValue r = call_dunder(self, "__contains__", &item, 1);
    return r ? tr_truthy(r) : -1;
}

static int slot_truth(TrValue self) {
    TrType *t = TR_TYPE(self);
    TrValue m = user_dunder(t, "__bool__");
    if (m) {
        TrValue r = call_special(m, self, NULL, 0);
        if (!r) return -1;
        if (TR_TYPE(r) != &tr_bool_type) {
            tr_err(TR_EXC_TYPE(TypeError), "__bool__ should return bool, returned %s", TR_TYPE_NAME(r));
            return -1;
        }
        return r == tr_True;
    }
    if (user_dunder(t, "__len__")) {
        intptr_t n = slot_len(self);
        return n < 0 ? -1 : n != 0;
    }
    TrType *base = tr_builtin_base(t);
    return base->truth ? base->truth(self) : 1;
}

static TrValue slot_descr_get(TrValue descr, TrValue obj, TrValue type) {
    TrValue a[2] = {obj ? obj : tr_None, type ? type : tr_None};
    return call_dunder(descr, "__get__", a, 2);
}

static int slot_descr_set(TrValue descr, TrValue obj, TrValue v) {
    TrValue a[2] = {obj, v};
    return call_dunder(descr, v ? "__set__" : "__delete__", a, v ? 2 : 1) ? 0 : -1;
}

int tr_class_slot_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue m = tr_type_lookup(TR_TYPE(self), TR_INTERN("__init__"));
    TrType *mt = TR_TYPE(m);
    TrValue r;
    if (mt != &tr_function_type && mt != &tr_builtin_type) {
        /* CPython's lookup_maybe_method: another descriptor (staticmethod, a class with
         * __get__) binds; a callable without __get__ is called without self */
        TrValue bound = mt->descr_get ? mt->descr_get(m, self, (TrValue)TR_TYPE(self)) : m;
        r = bound ? tr_call(bound, args, nargs, kwnames) : 0;
    } else {
        size_t total = nargs + 1 + (kwnames ? TR_TUPLE(kwnames)->len : 0);
        TrValue stackbuf[16];
        TrValue *a = total <= 16 ? stackbuf : tr_alloc(sizeof(TrValue) * total);
        tr_args_with_self(a, self, args, total - 1);
        /* a def taking exactly these positional arguments: its code at once (tr_call_positional) */
        r = kwnames ? tr_call(m, a, nargs + 1, kwnames) : tr_call_positional(m, a, nargs + 1);
    }
    if (!r) return -1;
    if (r != tr_None) {
        tr_err(TR_EXC_TYPE(TypeError), "__init__() should return None, not '%s'", TR_TYPE_NAME(r));
        return -1;
    }
    return 0;
}

/* Construction plans: `C(args)` for a class whose __new__ is object's and whose
 * __init__ (tr_class_slot_init) is a def resolves that def once per class and generation, then
 * allocates the instance and enters the def's code with self prepended -- no slot
 * wrapper, no __init__ lookup per call.  A generation ends whenever any class gains,
 * loses or replaces a dunder (tr_class_update_slot) or a class is made (a freed class's
 * address may be reused), so a plan never outlives the resolution it cached.  Keyword
 * arguments, defaults to fill, other arities, abstract classes and an __init__ that is
 * no plain def take the general path (the slot wrapper). */
#define CTOR_PLANS 64
static struct {
    TrType *type;
    uint64_t generation;
    TrFunc *init; /* 0: no plain def, the general path */
} ctor_plans[CTOR_PLANS];
static uint64_t ctor_generation = 1;

static void ctor_plans_expire(void) { ctor_generation++; }

static __attribute__((noinline)) TrFunc *ctor_plan_fill(size_t slot, TrType *t) {
    TrValue m = tr_type_lookup(t, TR_INTERN("__init__"));
    const TrCode *c = m && TR_TYPE(m) == &tr_function_type ? ((TrFunc *)m)->code : 0;
    bool plain = c && !c->kwonlycount && !(c->flags & (TR_CO_VARARGS | TR_CO_VARKW));
    ctor_plans[slot].type = t;
    ctor_plans[slot].generation = ctor_generation;
    ctor_plans[slot].init = plain ? (TrFunc *)m : 0;
    return ctor_plans[slot].init;
}

TrValue tr_class_construct(TrType *t, TrValue *args, size_t nargs, TrValue kwnames) {
    size_t slot = (((uintptr_t)t >> 4) ^ ((uintptr_t)t >> 10)) & (CTOR_PLANS - 1);
    TrFunc *f = ctor_plans[slot].init;
    if (TR_UNLIKELY(ctor_plans[slot].type != t || ctor_plans[slot].generation != ctor_generation))
        f = ctor_plan_fill(slot, t);
    TrValue self = (t->flags & (TR_TF_SHAPED | TR_TF_ABSTRACT | TR_TF_HAS_DEL)) == TR_TF_SHAPED
                       ? tr_shaped_instance_new(t)
                       : tr_object_new_instance(t);
    if (!self) return 0;
    if (TR_LIKELY(f && !kwnames && nargs + 1 == (size_t)f->code->argcount && nargs < 8)) {
        TrValue a[8];
        tr_args_with_self(a, self, args, nargs);
        TrValue r = f->code->impl(f, a);
        if (TR_LIKELY(r == tr_None)) return self;
        if (!r) return 0;
        return tr_err(TR_EXC_TYPE(TypeError), "__init__() should return None, not '%s'", TR_TYPE_NAME(r));
    }
    return tr_class_slot_init(self, args, nargs, kwnames) < 0 ? 0 : self;
}

TrValue tr_class_slot_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue m = tr_type_lookup(type, TR_INTERN("__new__"));
    if (TR_TYPE(m) == &tr_staticmethod_type) m = tr_getattr_cstr(m, "__func__");
    size_t total = nargs + 1 + (kwnames ? TR_TUPLE(kwnames)->len : 0);
    TrValue *a = tr_alloc(sizeof(TrValue) * total);
    a[0] = (TrValue)type;
    if (total > 1) memcpy(a + 1, args, sizeof(TrValue) * (total - 1)); /* args may be NULL */
    return tr_call(m, a, nargs + 1, kwnames);
}

/* ---------------------------------------------------------------- number wrappers */

/* divmod's pseudo-operator in slot_binop: no type of trc carries a divmod slot, but a
 * class's __divmod__/__rdivmod__ dispatch as its binary operators' do (tr_divmod) */
#define NB_DIVMOD TR_NB_COUNT

static const char *binop_dunder(int op, int reflected) {
    if (op == NB_DIVMOD) return reflected ? "__rdivmod__" : "__divmod__";
    return tr_nb_dunders[op][reflected];
}

/* the builtin base's own operator when the class defines neither dunder itself */
static TrValue base_binop(int op, TrType *base, TrValue a, TrValue b) {
    if (op == NB_DIVMOD) return tr_builtin_divmod(base, a, b);
    return base->nb[op] ? base->nb[op](a, b) : tr_NotImplemented;
}

/* Called by tr_binop (and tr_divmod) with the heap instance on either side (see ops.c). */
static TrValue slot_binop(int op, TrValue a, TrValue b) {
    TrType *ta = TR_TYPE(a), *tb = TR_TYPE(b);
    bool a_heap = ta->flags & TR_TF_HEAPTYPE, b_heap = tb->flags & TR_TF_HEAPTYPE;
    TrValue rm = b_heap && tb != ta ? user_dunder(tb, binop_dunder(op, 1)) : 0;
    if (rm && a_heap && tr_type_is_subtype(tb, ta)) { /* subclass's reflected method first */
        TrValue r = call_special(rm, b, &a, 1);
        if (r != tr_NotImplemented) return r;
        rm = 0;
    }
    if (a_heap) {
        TrValue m = user_dunder(ta, binop_dunder(op, 0));
        TrValue r = m ? call_special(m, a, &b, 1) : base_binop(op, tr_builtin_base(ta), a, b);
        if (r != tr_NotImplemented) return r;
    }
    if (rm) return call_special(rm, b, &a, 1);
    if (b_heap && !a_heap) return base_binop(op, tr_builtin_base(tb), a, b);
    return tr_NotImplemented;
}

bool tr_class_defines_divmod(TrType *t) {
    return (t->flags & TR_TF_HEAPTYPE) && (user_dunder(t, "__divmod__") || user_dunder(t, "__rdivmod__"));
}

TrValue tr_class_divmod(TrValue a, TrValue b) { return slot_binop(NB_DIVMOD, a, b); }

static TrValue slot_inplace(int op, TrValue a, TrValue b) {
    TrValue m = user_dunder(TR_TYPE(a), tr_nb_dunders[op][2]);
    if (m) return call_special(m, a, &b, 1);
    TrType *base = tr_builtin_base(TR_TYPE(a));
    return base->nb_inplace[op] ? base->nb_inplace[op](a, b) : tr_NotImplemented;
}

#define NB_WRAPPERS(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11) X(12)
#define DEFINE_NB(i)                                                                        \
    static TrValue slot_nb_##i(TrValue a, TrValue b) { return slot_binop(i, a, b); }       \
    static TrValue slot_inb_##i(TrValue a, TrValue b) { return slot_inplace(i, a, b); }
NB_WRAPPERS(DEFINE_NB)
#define LIST_NB(i) slot_nb_##i,
#define LIST_INB(i) slot_inb_##i,
static const TrBinaryFn nb_wrappers[TR_NB_COUNT] = {NB_WRAPPERS(LIST_NB)};
static const TrBinaryFn inb_wrappers[TR_NB_COUNT] = {NB_WRAPPERS(LIST_INB)};

TrBinaryFn tr_class_nb_slot(int op) { return nb_wrappers[op]; }

/* CPython's slot_nb_power with a modulus: only v's own __pow__, and only when v's class
 * defines ** (ternary_op may reach here through w's or z's class) */
TrValue tr_class_pow3(TrValue v, TrValue w, TrValue z) {
    if (TR_TYPE(v)->nb[TR_POW] != nb_wrappers[TR_POW]) return tr_NotImplemented;
    TrValue m = tr_type_lookup(TR_TYPE(v), TR_INTERN("__pow__"));
    if (!m) return tr_err(TR_EXC_TYPE(AttributeError), "__pow__");
    TrValue args[2] = {w, z};
    return call_special(m, v, args, 2);
}

#define UNARY_WRAPPER(fn, name) \
    static TrValue fn(TrValue self) { return call_dunder(self, name, NULL, 0); }
UNARY_WRAPPER(slot_neg, "__neg__")
UNARY_WRAPPER(slot_pos, "__pos__")
UNARY_WRAPPER(slot_invert, "__invert__")
UNARY_WRAPPER(slot_abs, "__abs__")
UNARY_WRAPPER(slot_to_int, "__int__")
UNARY_WRAPPER(slot_to_float, "__float__")
UNARY_WRAPPER(slot_index, "__index__")

/* ---------------------------------------------------------------- slot table */

/* Point each slot at its wrapper when a user class in the MRO defines the dunder. */
static void fixup_slots(TrType *t) {
    TrType *base = tr_builtin_base(t);
#define SET(slot, dunder, wrapper) t->slot = user_dunder(t, dunder) ? wrapper : t->base->slot
    SET(repr, "__repr__", slot_repr);
    SET(str, "__str__", slot_str);
    SET(call, "__call__", slot_call);
    SET(iter, "__iter__", slot_iter);
    SET(next, "__next__", slot_next);
    SET(len, "__len__", slot_len);
    SET(getitem, "__getitem__", slot_getitem);
    SET(contains, "__contains__", slot_contains);
    SET(descr_get, "__get__", slot_descr_get);
    SET(neg, "__neg__", slot_neg);
    SET(pos, "__pos__", slot_pos);
    SET(invert, "__invert__", slot_invert);
    SET(abs, "__abs__", slot_abs);
    SET(to_int, "__int__", slot_to_int);
    SET(to_float, "__float__", slot_to_float);
    SET(index, "__index__", slot_index);
    SET(init, "__init__", tr_class_slot_init);
#undef SET
    if (user_dunder(t, "__setitem__") || user_dunder(t, "__delitem__")) t->setitem = slot_setitem;
    if (user_dunder(t, "__set__") || user_dunder(t, "__delete__")) t->descr_set = slot_descr_set;
    if (user_dunder(t, "__bool__") || user_dunder(t, "__len__")) t->truth = slot_truth;
    if (user_dunder(t, "__getattribute__") || user_dunder(t, "__getattr__")) t->getattr = slot_getattr;
    if (user_dunder(t, "__setattr__") || user_dunder(t, "__delattr__")) t->setattr = slot_setattr;
    if (user_dunder(t, "__new__")) t->new_ = tr_class_slot_new;
    /* instances made from now on get a finalizer (finalize.c); earlier ones keep none */
    if (user_dunder(t, "__del__")) t->flags |= TR_TF_HAS_DEL;
    else t->flags &= ~TR_TF_HAS_DEL;
    bool cmp = false;
    for (int op = 0; op < 6; op++) cmp |= user_dunder(t, cmp_names[op]) != 0;
    if (cmp) t->richcompare = slot_richcompare;
    /* hash: __hash__ = None (explicit, or implied by defining __eq__ alone) is unhashable */
    TrValue h = tr_type_lookup(t, TR_INTERN("__hash__"));
    if (h == tr_None) t->hash = NULL;
    else if (is_user_method(h)) t->hash = slot_hash;
    else t->hash = base->hash ? base->hash : t->base->hash;
    for (int op = 0; op < TR_NB_COUNT; op++) {
        if (user_dunder(t, tr_nb_dunders[op][0]) || user_dunder(t, tr_nb_dunders[op][1])) t->nb[op] = nb_wrappers[op];
        if (user_dunder(t, tr_nb_dunders[op][2])) t->nb_inplace[op] = inb_wrappers[op];
    }
}

/* Every slot from the solid base, then the wrappers of the dunders the MRO defines.
 * A class made before keeps its __new__ slot unless a user __new__ is found: CPython's
 * update_one_slot keeps tp_new when the MRO's __new__ is a builtin's, so after
 * `del Base.__new__` the subclasses still call __new__ through the MRO. */
static void set_slots(TrType *t) {
    TrType *sb = t->base;
    __typeof__(t->new_) new_before = t->new_;
    t->repr = sb->repr; t->str = sb->str; t->hash = sb->hash; t->richcompare = sb->richcompare;
    t->getattr = sb->getattr; t->setattr = sb->setattr; t->call = sb->call; t->iter = sb->iter;
    t->next = sb->next; t->len = sb->len; t->getitem = sb->getitem; t->setitem = sb->setitem;
    t->contains = sb->contains; t->truth = sb->truth; t->neg = sb->neg; t->pos = sb->pos;
    t->invert = sb->invert; t->abs = sb->abs; t->to_int = sb->to_int; t->to_float = sb->to_float;
    t->index = sb->index; t->new_ = sb->new_; t->init = sb->init; t->descr_get = sb->descr_get;
    t->descr_set = sb->descr_set;
    memcpy(t->nb, sb->nb, sizeof t->nb);
    memcpy(t->nb_inplace, sb->nb_inplace, sizeof t->nb_inplace);
    if (new_before) t->new_ = new_before;
    fixup_slots(t);
}

/* A dunder of `changed` was set or deleted: the slots of every class whose MRO holds it
 * are made again (CPython's update_slot walks tp_subclasses), bases before subclasses
 * (classes come oldest first); *lookups_changed tells whether a __getattribute__ or
 * __setattr__ slot moved. */
typedef struct SlotUpdate { TrType *changed; bool lookups_changed; } SlotUpdate;
static void update_if_subclass(TrType *c, void *ctx) {
    SlotUpdate *u = ctx;
    if (!tr_type_is_subtype(c, u->changed)) return;
    void *getattr = (void *)c->getattr, *setattr = (void *)c->setattr;
    set_slots(c);
    if ((void *)c->getattr != getattr || (void *)c->setattr != setattr) u->lookups_changed = true;
}

void tr_class_update_slot(TrType *t, TrValue name) {
    if (tr_str_cstr(name)[0] != '_' || tr_str_cstr(name)[1] != '_') return;
    ctor_plans_expire();
    SlotUpdate u = {t, false};
    tr_type_each_class(update_if_subclass, &u);
    /* attribute caches assume the generic lookups of the class they saw */
    if (u.lookups_changed) tr_type_ns_changed(-1);
}

/* ---------------------------------------------------------------- MRO (C3) */

static TrValue c3_mro(TrType *t, TrValue bases) {
    size_t nb = TR_TUPLE(bases)->len;
    /* sequences to merge: the MRO of each base, then the list of bases */
    TrValue *seqs = tr_alloc(sizeof(TrValue) * (nb + 1));
    size_t *heads = tr_alloc(sizeof(size_t) * (nb + 1));
    for (size_t i = 0; i < nb; i++) seqs[i] = ((TrType *)TR_TUPLE(bases)->items[i])->mro;
    seqs[nb] = bases;
    TrValue out = tr_list_new(8);
    tr_list_append(out, (TrValue)t);
    for (;;) {
        bool any = false;
        TrValue cand = 0;
        for (size_t i = 0; i <= nb && !cand; i++) {
            if (heads[i] >= TR_TUPLE(seqs[i])->len) continue;
            any = true;
            TrValue c = TR_TUPLE(seqs[i])->items[heads[i]];
            bool in_tail = false;
            for (size_t j = 0; j <= nb && !in_tail; j++)
                for (size_t k = heads[j] + 1; k < TR_TUPLE(seqs[j])->len; k++)
                    if (TR_TUPLE(seqs[j])->items[k] == c) { in_tail = true; break; }
            if (!in_tail) cand = c;
        }
        if (!any) break;
        if (!cand) {
            /* CPython's set_mro_error: the distinct heads of the sequences left to merge */
            TrValue heads_seen = tr_list_new(4);
            TrBuf b;
            tr_buf_init(&b);
            for (size_t i = 0; i <= nb; i++) {
                if (heads[i] >= TR_TUPLE(seqs[i])->len) continue;
                TrValue c = TR_TUPLE(seqs[i])->items[heads[i]];
                bool seen = false;
                for (size_t j = 0; j < TR_LIST(heads_seen)->len; j++) seen |= tr_list_items(TR_LIST(heads_seen))[j] == c;
                if (seen) continue;
                tr_buf_printf(&b, "%s%s", TR_LIST(heads_seen)->len ? ", " : "", ((TrType *)c)->name);
                tr_list_append(heads_seen, c);
            }
            TrValue names = tr_buf_finish(&b);
            return tr_err(TR_EXC_TYPE(TypeError), "Cannot create a consistent method resolution\norder (MRO) for bases %s",
                          tr_str_cstr(names));
        }
        tr_list_append(out, cand);
        for (size_t i = 0; i <= nb; i++)
            if (heads[i] < TR_TUPLE(seqs[i])->len && TR_TUPLE(seqs[i])->items[heads[i]] == cand) heads[i]++;
    }
    return tr_tuple_from(tr_list_items(TR_LIST(out)), TR_LIST(out)->len);
}

/* ---------------------------------------------------------------- creation */

/* __slots__: a member descriptor per name, stored after the base's layout (private
 * names mangled).  Returns 1 when instances get a __dict__ (no __slots__, or it lists
 * "__dict__"), 0 when not, -1 on error. */
static int add_slot_members(TrType *t) {
    TrValue slots = tr_dict_get_str(t->dict, "__slots__");
    if (!slots) return 1;
    TrValue names = tr_str_check(slots) ? tr_tuple_pack(1, slots) : tr_tuple_from_iterable(slots);
    if (!names) return -1;
    int want_dict = 0;
    TrType *bb = tr_builtin_base(t->base);
    for (size_t i = 0; i < TR_TUPLE(names)->len; i++) {
        TrValue n = TR_TUPLE(names)->items[i];
        if (!tr_str_check(n)) {
            tr_err(TR_EXC_TYPE(TypeError), "__slots__ items must be strings, not '%s'", TR_TYPE_NAME(n));
            return -1;
        }
        const char *s = tr_str_cstr(n);
        if (!strcmp(s, "__dict__")) { want_dict = 1; continue; }
        if (!strcmp(s, "__weakref__")) { t->flags |= TR_TF_WEAKREFABLE; continue; }
        if (bb == &tr_str_type || bb == &tr_tuple_type || bb == &tr_bytes_type || bb == &tr_int_type) {
            tr_err(TR_EXC_TYPE(TypeError), "nonempty __slots__ not supported for subtype of '%s'", bb->name);
            return -1;
        }
        size_t len = TR_STR(n)->len;
        if (len > 2 && s[0] == '_' && s[1] == '_' && !(s[len - 1] == '_' && s[len - 2] == '_')) {
            const char *cls = t->name;
            while (*cls == '_') cls++;
            if (*cls) n = tr_str_fmt("_%s%s", cls, s);
        }
        if (tr_dict_get(t->dict, n)) {
            tr_err(TR_EXC_TYPE(ValueError), "%R in __slots__ conflicts with class variable", n);
            return -1;
        }
        tr_dict_set(t->dict, n, tr_member_new(t, n, t->basicsize));
        t->basicsize += sizeof(TrValue);
    }
    return want_dict;
}

static TrType *most_derived_meta(TrType *meta, TrValue bases) {
    for (size_t i = 0; i < TR_TUPLE(bases)->len; i++) {
        TrType *m = TR_TYPE(TR_TUPLE(bases)->items[i]);
        if (tr_type_is_subtype(m, meta)) meta = m;
        else if (!tr_type_is_subtype(meta, m)) {
            tr_err(TR_EXC_TYPE(TypeError), "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                           "subclass of the metaclasses of all its bases");
            return NULL;
        }
    }
    return meta;
}

/* CPython's update_bases: a base that is not a class may stand for other bases through
 * its __mro_entries__(bases) (typing's Generic[T], List[int]...); the class statement's
 * bases as written are then kept in the namespace as __orig_bases__. */
static TrValue resolve_mro_entries(TrValue bases) {
    TrTuple *written = TR_TUPLE(bases);
    TrValue resolved = 0; /* list, once some base was replaced */
    for (size_t i = 0; i < written->len; i++) {
        TrValue base = written->items[i];
        TrValue entries = tr_isinstance_type(base, &tr_type_type) ? 0 : tr_getattr_opt(base, TR_INTERN("__mro_entries__"));
        if (!entries) {
            if (tr_err_occurred()) return 0;
            if (resolved) tr_list_append(resolved, base);
            continue;
        }
        if (!resolved) resolved = tr_list_from(written->items, i);
        TrValue r = tr_call1(entries, bases);
        if (!r) return 0;
        if (!tr_tuple_check(r)) return tr_err(TR_EXC_TYPE(TypeError), "__mro_entries__ must return a tuple");
        for (size_t k = 0; k < TR_TUPLE(r)->len; k++) tr_list_append(resolved, TR_TUPLE(r)->items[k]);
    }
    if (!resolved) return bases;
    return tr_tuple_from(tr_list_items(TR_LIST(resolved)), TR_LIST(resolved)->len);
}

/* A class statement resolves its bases once, before __prepare__ (tr_class_prepare), and
 * tr_class_new finds them by the namespace __prepare__ made; class statements nest, so
 * this is a stack (a body that raised leaves its entry, dropped when an enclosing
 * statement's is found beneath it). */
enum { MAX_PENDING_BASES = 64 };
static struct { TrValue ns, resolved; } pending_bases[MAX_PENDING_BASES];
static int npending_bases;

static void remember_bases(TrValue ns, TrValue resolved) {
    static bool rooted;
    if (!rooted) { tr_add_roots(pending_bases, sizeof pending_bases); rooted = true; }
    if (npending_bases == MAX_PENDING_BASES) return; /* tr_class_new resolves them again */
    pending_bases[npending_bases].ns = ns;
    pending_bases[npending_bases++].resolved = resolved;
}

/* The bases tr_class_prepare resolved for ns, or those resolved now; __orig_bases__
 * goes into ns when they differ from the bases as written */
static TrValue class_bases(TrValue bases, TrValue ns) {
    TrValue resolved = 0;
    for (int k = npending_bases - 1; k >= 0 && !resolved; k--)
        if (pending_bases[k].ns == ns) {
            resolved = pending_bases[k].resolved;
            for (int j = k; j < npending_bases; j++) pending_bases[j].ns = pending_bases[j].resolved = 0;
            npending_bases = k;
        }
    if (!resolved && !(resolved = resolve_mro_entries(bases))) return 0;
    if (resolved != bases && tr_setitem(ns, TR_INTERN("__orig_bases__"), bases) < 0) return 0;
    return resolved;
}

/* The metaclass a class statement uses (its `metaclass=` keyword or type, made the most
 * derived of its bases' metaclasses when it is a type), and the other keywords, which go
 * to __prepare__ and the metaclass call; 0 on error */
static TrValue class_metaclass(TrValue bases, TrValue kwnames, TrValue *kwvalues, TrValue *rest_names,
                               TrValue *rest_values) {
    TrValue meta = (TrValue)&tr_type_type;
    bool explicit_meta = false;
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    *rest_names = tr_list_new(0);
    *rest_values = tr_list_new(0);
    for (size_t k = 0; k < nkw; k++) {
        if (tr_str_eq_cstr(TR_TUPLE(kwnames)->items[k], "metaclass")) { meta = kwvalues[k]; explicit_meta = true; }
        else {
            tr_list_append(*rest_names, TR_TUPLE(kwnames)->items[k]);
            tr_list_append(*rest_values, kwvalues[k]);
        }
    }
    if (explicit_meta && !tr_isinstance_type(meta, &tr_type_type)) return meta; /* any callable may serve */
    return (TrValue)most_derived_meta((TrType *)meta, bases);
}

static TrValue list_names_tuple(TrValue names) {
    return TR_LIST(names)->len ? tr_tuple_from(tr_list_items(TR_LIST(names)), TR_LIST(names)->len) : 0;
}

static TrValue prepare_namespace(TrValue name, TrValue bases, TrValue kwnames, TrValue *kwvalues);

TrValue tr_class_prepare(TrValue name, TrValue bases, TrValue kwnames, TrValue *kwvalues) {
    TrValue resolved = resolve_mro_entries(bases);
    if (!resolved) return 0;
    TrValue ns = prepare_namespace(name, resolved, kwnames, kwvalues);
    if (ns && resolved != bases) remember_bases(ns, resolved);
    return ns;
}

static TrValue prepare_namespace(TrValue name, TrValue bases, TrValue kwnames, TrValue *kwvalues) {
    TrValue rest_names, rest_values;
    TrValue meta = class_metaclass(bases, kwnames, kwvalues, &rest_names, &rest_values);
    if (!meta) return 0;
    if (meta == (TrValue)&tr_type_type) return tr_dict_new();
    TrValue prepare = tr_getattr_opt(meta, TR_INTERN("__prepare__"));
    if (!prepare) return tr_err_occurred() ? 0 : tr_dict_new();
    size_t n = TR_LIST(rest_values)->len;
    TrValue *a = tr_alloc(sizeof(TrValue) * (2 + n));
    a[0] = name; a[1] = bases;
    if (n) memcpy(a + 2, tr_list_items(TR_LIST(rest_values)), n * sizeof(TrValue));
    TrValue ns = tr_call(prepare, a, 2, list_names_tuple(rest_names));
    if (ns && !tr_dict_check(ns) && !tr_type_lookup(TR_TYPE(ns), TR_INTERN("__getitem__")))
        return tr_err(TR_EXC_TYPE(TypeError), "%s.__prepare__() must return a mapping, not %s",
                      tr_isinstance_type(meta, &tr_type_type) ? ((TrType *)meta)->name : "<metaclass>", TR_TYPE_NAME(ns));
    return ns;
}

TrValue tr_class_new(TrValue name, TrValue bases, TrValue ns, TrValue kwnames, TrValue *kwvalues) {
    bases = class_bases(bases, ns);
    if (!bases) return 0;
    TrValue rest_names, rest_values;
    TrValue meta = class_metaclass(bases, kwnames, kwvalues, &rest_names, &rest_values);
    if (!meta) return 0;
    TrValue kwn = list_names_tuple(rest_names);
    if (meta != (TrValue)&tr_type_type) {
        size_t n = TR_LIST(rest_values)->len;
        TrValue *a = tr_alloc(sizeof(TrValue) * (3 + n));
        a[0] = name; a[1] = bases; a[2] = ns;
        if (n) memcpy(a + 3, tr_list_items(TR_LIST(rest_values)), n * sizeof(TrValue));
        return tr_call(meta, a, 3, kwn);
    }
    return tr_class_new_with_meta((TrType *)meta, name, bases, ns, kwn, tr_list_items(TR_LIST(rest_values)));
}

/* __weakref__: the object's first weak reference, or None; it is there when CPython
 * gives the class a weak-reference slot (no __slots__ or one that lists "__weakref__",
 * no base with one, and not a variable-size base or one that has its own), and then
 * the instances may be weakly referenced (TR_TF_WEAKREFABLE) */
TrValue (*tr_first_weakref_fn)(TrValue obj);
static TrValue weakref_get(TrValue self) {
    TrValue r = tr_first_weakref_fn ? tr_first_weakref_fn(self) : 0;
    return r ? r : tr_None;
}
static bool weakref_slot(TrType *t, TrType *solid) {
    static TrType *const own[] = {&tr_int_type, &tr_tuple_type, &tr_bytes_type, &tr_set_type,
                                  &tr_frozenset_type, &tr_type_type};
    TrType *bb = tr_builtin_base(solid);
    for (size_t i = 0; i < sizeof own / sizeof *own; i++)
        if (tr_type_is_subtype(bb, own[i])) return false;
    bool slots_allow = !tr_dict_get_str(t->dict, "__slots__") || (t->flags & TR_TF_WEAKREFABLE);
    return slots_allow && !tr_type_lookup(t, TR_INTERN("__weakref__"));
}

TrValue tr_class_new_with_meta(TrType *meta, TrValue name, TrValue bases, TrValue ns, TrValue kwnames,
                               TrValue *kwvalues) {
    if (!tr_str_check(name)) return tr_err(TR_EXC_TYPE(TypeError), "type.__new__() argument 1 must be str, not %s", tr_arg_type_name(name));
    if (!tr_tuple_check(bases)) return tr_err(TR_EXC_TYPE(TypeError), "type.__new__() argument 2 must be tuple, not %s", tr_arg_type_name(bases));
    if (!tr_dict_check(ns)) return tr_err(TR_EXC_TYPE(TypeError), "type.__new__() argument 3 must be dict, not %s", tr_arg_type_name(ns));
    if (TR_TUPLE(bases)->len == 0) bases = tr_tuple_pack(1, (TrValue)&tr_object_type);
    TrType *solid = NULL, *winner = NULL;
    for (size_t i = 0; i < TR_TUPLE(bases)->len; i++) {
        TrValue b = TR_TUPLE(bases)->items[i];
        if (!tr_isinstance_type(b, &tr_type_type))
            return tr_err(TR_EXC_TYPE(TypeError), "bases must be types");
        TrType *bt = (TrType *)b;
        if (!(bt->flags & TR_TF_BASETYPE))
            return tr_err(TR_EXC_TYPE(TypeError), "type '%s' is not an acceptable base type", bt->name);
        /* CPython's best_base: the base whose layout extends every other base's */
        TrType *cand = layout_base(bt);
        if (!solid) { solid = bt; winner = cand; }
        else if (tr_type_is_subtype(winner, cand)) continue;
        else if (tr_type_is_subtype(cand, winner)) { solid = bt; winner = cand; }
        else return tr_err(TR_EXC_TYPE(TypeError), "multiple bases have instance lay-out conflict");
    }
    size_t metasize = meta->basicsize > sizeof(TrType) ? meta->basicsize : sizeof(TrType);
    TrType *t = tr_alloc(metasize);
    t->ob.type = meta;
    t->name = copy_cstr(tr_str_cstr(name));
    t->flags = TR_TF_HEAPTYPE | TR_TF_BASETYPE | (solid->flags & ~(TR_TF_HEAPTYPE | TR_TF_ATOMIC | TR_TF_ABSTRACT));
    t->base = solid;
    t->bases = bases;
    t->dict = tr_dict_copy(ns);
    ((TrDict *)t->dict)->type_ns = true;
    TrValue qual = tr_dict_get_str(t->dict, "__qualname__");
    if (qual) { t->qualname = qual; tr_dict_del(t->dict, TR_INTERN("__qualname__")); }
    t->module = tr_dict_get_str(t->dict, "__module__");
    TrValue cell = tr_dict_get_str(t->dict, "__classcell__");
    if (cell) tr_dict_del(t->dict, TR_INTERN("__classcell__"));
    if (!tr_dict_get_str(t->dict, "__doc__")) tr_dict_set_str(t->dict, "__doc__", tr_None);
    /* __new__ is implicitly static; __init_subclass__ and __class_getitem__ implicitly class methods */
    TrValue nw = tr_dict_get_str(t->dict, "__new__");
    if (nw && TR_TYPE(nw) == &tr_function_type)
        tr_dict_set_str(t->dict, "__new__", tr_call1((TrValue)&tr_staticmethod_type, nw));
    const char *implicit_cm[] = {"__init_subclass__", "__class_getitem__"};
    for (int i = 0; i < 2; i++) {
        TrValue f = tr_dict_get_str(t->dict, implicit_cm[i]);
        if (f && TR_TYPE(f) == &tr_function_type)
            tr_dict_set_str(t->dict, implicit_cm[i], tr_call1((TrValue)&tr_classmethod_type, f));
    }
    /* layout: the solid base's, one word per __slots__ name, then an instance dict if
     * the base has none and __slots__ does not leave it out */
    t->basicsize = solid->basicsize;
    t->dictoffset = solid->dictoffset;
    int want_dict = add_slot_members(t);
    if (want_dict < 0) return 0;
    if (!t->dictoffset && want_dict) {
        /* variable-size builtins keep a dict field for their subclasses; others grow */
        TrType *bb = tr_builtin_base(solid);
        if (bb == &tr_str_type) t->dictoffset = offsetof(TrStr, dict);
        else if (bb == &tr_tuple_type) t->dictoffset = offsetof(TrTuple, dict);
        else if (bb == &tr_bytes_type) t->dictoffset = offsetof(TrBytes, dict);
        else {
            t->dictoffset = t->basicsize;
            t->basicsize += sizeof(TrValue);
            t->flags |= TR_TF_SHAPED;
        }
        if (!tr_type_lookup(solid, TR_INTERN("__dict__"))) tr_type_add_dict_getset(t); /* not under type's */
    }
    t->mro = c3_mro(t, bases);
    if (!t->mro) return 0;
    if (weakref_slot(t, solid)) {
        t->flags |= TR_TF_WEAKREFABLE;
        tr_type_add_getter(t, "__weakref__", weakref_get);
    }
    tr_type_note_class(t);
    tr_type_ns_changed(-1);
    ctor_plans_expire();
    if (tr_dict_get_str(t->dict, "__eq__") && !tr_dict_get_str(t->dict, "__hash__"))
        tr_dict_set_str(t->dict, "__hash__", tr_None);
    set_slots(t);
    if (cell) TR_CELL(cell)->value = (TrValue)t;
    /* __set_name__ on the attributes of a copy of the namespace (a __set_name__ may
     * change the class), then __init_subclass__ of the parent */
    size_t pos = 0;
    TrValue k, v, names = tr_dict_copy(t->dict);
    while (tr_dict_next(names, &pos, &k, &v)) {
        /* every __set_name__, C types' too (functools.cached_property, property) */
        TrValue sn = tr_type_lookup(TR_TYPE(v), TR_INTERN("__set_name__"));
        if (sn) {
            TrValue a[2] = {(TrValue)t, k};
            if (!call_special(sn, v, a, 2)) { /* CPython 3.11 wraps the error */
                TrValue cause = tr_err_fetch();
                TrValue err = tr_call1((TrValue)TR_EXC_TYPE(RuntimeError),
                                       tr_str_fmt("Error calling __set_name__ on '%s' instance %R in '%s'",
                                                  TR_TYPE_NAME(v), k, t->name));
                if (err) tr_raise_from(err, cause);
                return 0;
            }
        }
    }
    TrValue sup = tr_super_new((TrValue)t, (TrValue)t);
    TrValue init_sub = sup ? tr_getattr_cstr(sup, "__init_subclass__") : 0;
    if (!init_sub) return 0;
    size_t nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    if (!tr_call(init_sub, kwvalues, 0, nkw ? kwnames : 0)) return 0;
    return (TrValue)t;
}
