/* descr.c — the descriptor builtins: property (with getter/setter/deleter),
 * staticmethod, classmethod, super (MRO lookup starting after a given class), and the
 * member descriptors (a class's __slots__, the fields of builtin objects). */
#include "tr.h"

/* ---------------------------------------------------------------- property */

typedef struct Property { TrObject ob; TrValue fget, fset, fdel, doc, name; } Property;

static const char *prop_name(Property *p) {
    if (p->name && tr_str_check(p->name)) return tr_str_cstr(p->name);
    TrValue f = p->fget ? p->fget : p->fset ? p->fset : p->fdel;
    TrValue n = f ? tr_getattr_opt(f, TR_INTERN("__name__")) : 0;
    return n && tr_str_check(n) ? tr_str_cstr(n) : "?";
}

static TrValue property_get(TrValue descr, TrValue obj, TrValue type) {
    Property *p = (Property *)descr;
    if (!obj) return descr;
    if (!p->fget || p->fget == tr_None)
        return tr_err(TR_EXC_TYPE(AttributeError), "property '%s' of '%s' object has no getter", prop_name(p), TR_TYPE_NAME(obj));
    return tr_call1(p->fget, obj);
}

static int property_set(TrValue descr, TrValue obj, TrValue v) {
    Property *p = (Property *)descr;
    TrValue f = v ? p->fset : p->fdel;
    if (!f || f == tr_None) {
        tr_err(TR_EXC_TYPE(AttributeError), "property '%s' of '%s' object has no %s", prop_name(p), TR_TYPE_NAME(obj),
               v ? "setter" : "deleter");
        return -1;
    }
    TrValue r = v ? tr_call2(f, obj, v) : tr_call1(f, obj);
    return r ? 0 : -1;
}

static TrValue property_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"fget", "fset", "fdel", "doc", NULL};
    TrValue a[4];
    if (tr_parse_args("property", args, nargs, kwnames, kw, 0, a) < 0) return 0;
    Property *p = (Property *)tr_object_alloc(type, type->basicsize);
    p->fget = a[0] && a[0] != tr_None ? a[0] : 0;
    p->fset = a[1] && a[1] != tr_None ? a[1] : 0;
    p->fdel = a[2] && a[2] != tr_None ? a[2] : 0;
    p->doc = a[3] ? a[3] : (p->fget ? tr_getattr_opt(p->fget, TR_INTERN("__doc__")) : 0);
    if (!p->doc) p->doc = tr_None;
    return (TrValue)p;
}

static TrValue property_copy(TrValue self, int which, TrValue f) {
    Property *p = (Property *)self, *q = (Property *)tr_object_alloc(TR_TYPE(self), TR_TYPE(self)->basicsize);
    *q = *p;
    if (which == 0) q->fget = f;
    else if (which == 1) q->fset = f;
    else q->fdel = f;
    return (TrValue)q;
}

static TrValue property_getter(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "getter", 1, 1) < 0) return 0;
    return property_copy(args[0], 0, args[1]);
}
static TrValue property_setter(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "setter", 1, 1) < 0) return 0;
    return property_copy(args[0], 1, args[1]);
}
static TrValue property_deleter(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "deleter", 1, 1) < 0) return 0;
    return property_copy(args[0], 2, args[1]);
}
static TrValue property_set_name(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__set_name__", 2, 2) < 0) return 0;
    ((Property *)args[0])->name = args[2];
    return tr_None;
}

static TrValue property_get_fget(TrValue s) { return ((Property *)s)->fget ? ((Property *)s)->fget : tr_None; }
static TrValue property_get_fset(TrValue s) { return ((Property *)s)->fset ? ((Property *)s)->fset : tr_None; }
static TrValue property_get_fdel(TrValue s) { return ((Property *)s)->fdel ? ((Property *)s)->fdel : tr_None; }
static TrValue property_get_doc(TrValue s) { return ((Property *)s)->doc; }
/* abstract when one of its functions is (@property over @abstractmethod) */
static TrValue property_get_isabstract(TrValue s) {
    Property *p = (Property *)s;
    TrValue fns[] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        if (!fns[i]) continue;
        TrValue v = tr_getattr_opt(fns[i], TR_INTERN("__isabstractmethod__"));
        if (!v) { if (tr_err_occurred()) return 0; continue; }
        int truth = tr_truthy(v);
        if (truth) return truth < 0 ? 0 : tr_True;
    }
    return tr_False;
}

static const TrMethodDef property_methods[] = {
    {"getter", property_getter, TR_METH_INSTANCE},
    {"setter", property_setter, TR_METH_INSTANCE},
    {"deleter", property_deleter, TR_METH_INSTANCE},
    {"__set_name__", property_set_name, TR_METH_INSTANCE},
    {0},
};

TrType tr_property_type = {
    .ob = {&tr_type_type}, .name = "property", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Property),
    .descr_get = property_get, .descr_set = property_set, .new_ = property_new,
};

/* ---------------------------------------------------------------- staticmethod / classmethod */

typedef struct Wrapper { TrObject ob; TrValue func; TrValue dict; } Wrapper;

static TrValue wrapper_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs(type->name, kwnames) < 0) return 0;
    if (nargs != 1) return tr_err(TR_EXC_TYPE(TypeError), "%s expected 1 argument, got %zu", type->name, nargs);
    Wrapper *w = (Wrapper *)tr_object_alloc(type, type->basicsize);
    w->func = args[0];
    return (TrValue)w;
}

static TrValue staticmethod_get(TrValue descr, TrValue obj, TrValue type) { return ((Wrapper *)descr)->func; }

static TrValue staticmethod_call(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_call(((Wrapper *)self)->func, args, nargs, kwnames);
}

static TrValue classmethod_get(TrValue descr, TrValue obj, TrValue type) {
    if (!type || type == tr_None) type = (TrValue)TR_TYPE(obj);
    return tr_method_new(((Wrapper *)descr)->func, type);
}

static TrValue wrapper_get_func(TrValue self) { return ((Wrapper *)self)->func; }

TrValue tr_wrapped_function(TrValue w) {
    TrType *t = TR_TYPE(w);
    return t == &tr_staticmethod_type || t == &tr_classmethod_type ? ((Wrapper *)w)->func : 0;
}

/* CPython 3.10+: <staticmethod(<function f at 0x...>)>, the base's name even for a subclass */
static TrValue wrapper_repr(TrValue self) {
    TrValue func_repr = tr_repr(((Wrapper *)self)->func);
    const char *kind = tr_isinstance_type(self, &tr_classmethod_type) ? "classmethod" : "staticmethod";
    return func_repr ? tr_str_fmt("<%s(%s)>", kind, tr_str_cstr(func_repr)) : 0;
}

static TrValue wrapper_getattr(TrValue self, TrValue name) {
    if (tr_str_eq_cstr(name, "__func__")) return ((Wrapper *)self)->func;
    TrValue v = tr_generic_getattr(self, name);
    if (v || !tr_err_is(TR_EXC_TYPE(AttributeError))) return v;
    tr_err_clear();
    return tr_getattr(((Wrapper *)self)->func, name); /* __name__, __doc__ ... of the function */
}

TrType tr_staticmethod_type = {
    .ob = {&tr_type_type}, .name = "staticmethod", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Wrapper),
    .dictoffset = offsetof(Wrapper, dict), .descr_get = staticmethod_get, .call = staticmethod_call,
    .new_ = wrapper_new, .getattr = wrapper_getattr, .repr = wrapper_repr,
};

TrType tr_classmethod_type = {
    .ob = {&tr_type_type}, .name = "classmethod", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Wrapper),
    .dictoffset = offsetof(Wrapper, dict), .descr_get = classmethod_get, .new_ = wrapper_new,
    .getattr = wrapper_getattr, .repr = wrapper_repr,
};

/* ---------------------------------------------------------------- super */

typedef struct Super { TrObject ob; TrType *type; TrValue obj; TrType *obj_type; } Super;

TrValue tr_super_new(TrValue type, TrValue obj) {
    if (!tr_isinstance_type(type, &tr_type_type))
        return tr_err(TR_EXC_TYPE(TypeError), "super() argument 1 must be a type, not %s", TR_TYPE_NAME(type));
    TrType *t = (TrType *)type, *ot;
    if (tr_isinstance_type(obj, &tr_type_type) && tr_type_is_subtype((TrType *)obj, t)) ot = (TrType *)obj;
    else if (tr_isinstance_type(obj, t)) ot = TR_TYPE(obj);
    else return tr_err(TR_EXC_TYPE(TypeError), "super(type, obj): obj must be an instance or subtype of type");
    Super *s = (Super *)tr_object_alloc(&tr_super_type, sizeof(Super));
    s->type = t;
    s->obj = obj;
    s->obj_type = ot;
    return (TrValue)s;
}

/* What super(type, obj).name finds before binding, 0 (no error set) if nothing: the
 * classes after `type` in the MRO of obj's class.  When that rest of the MRO is the
 * next class's own MRO (always so under single inheritance), the method cache answers. */
static TrValue super_find(const Super *s, TrValue name) {
    TrTuple *mro = TR_TUPLE(s->obj_type->mro);
    size_t i = 0;
    while (i < mro->len && (TrType *)mro->items[i] != s->type) i++;
    i++;
    if (i < mro->len && !TR_IS_SMALL(name) && name->type == &tr_str_type) {
        TrTuple *rest = TR_TUPLE(((TrType *)mro->items[i])->mro);
        if (rest->len == mro->len - i && !memcmp(rest->items, mro->items + i, sizeof(TrValue) * rest->len))
            return tr_type_lookup((TrType *)mro->items[i], name);
    }
    for (; i < mro->len; i++) {
        TrValue v = tr_dict_get(((TrType *)mro->items[i])->dict, name);
        if (v) return v;
    }
    return 0;
}

TrValue tr_super_function(TrValue self, TrValue name, TrValue *receiver) {
    const Super *s = (const Super *)self;
    if (s->obj == (TrValue)s->obj_type) return 0;
    TrValue v = super_find(s, name);
    if (!v || TR_TYPE(v) != &tr_function_type) return 0;
    *receiver = s->obj;
    return v;
}

TrValue tr_call_super_method(TrValue start, TrValue obj, TrValue name, TrValue *args, size_t nargs,
                             TrValue kwnames, TrSuperCache *c) {
    TrValue f = tr_super_method_cached(start, obj, name, c);
    if (f) { /* a def: function.__call__ */
        args[0] = obj;
        return tr_function_type.call(f, args, nargs, kwnames);
    }
    if (!(args[0] = tr_super_new(start, obj))) return 0;
    return tr_call_method(name, args, nargs, kwnames);
}

static TrValue super_getattr(TrValue self, TrValue name) {
    Super *s = (Super *)self;
    TrValue v = super_find(s, name);
    if (v) {
        TrType *vt = TR_TYPE(v);
        if (vt->descr_get) {
            TrValue inst = s->obj == (TrValue)s->obj_type ? 0 : s->obj;
            return vt->descr_get(v, inst, (TrValue)s->obj_type);
        }
        return v;
    }
    if (tr_err_occurred()) return 0;
    if (tr_str_eq_cstr(name, "__class__")) return (TrValue)TR_TYPE(self);
    return tr_err(TR_EXC_TYPE(AttributeError), "'super' object has no attribute '%s'", tr_str_cstr(name));
}

static TrValue super_new_slot(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (nargs != 2) return tr_err(TR_EXC_TYPE(RuntimeError), "super(): no arguments");
    return tr_super_new(args[0], args[1]);
}

static TrValue super_repr(TrValue self) {
    Super *s = (Super *)self;
    return tr_str_fmt("<super: <class '%s'>, <%s object>>", s->type->name, s->obj_type->name);
}

TrType tr_super_type = {
    .ob = {&tr_type_type}, .name = "super", .basicsize = sizeof(Super),
    .getattr = super_getattr, .new_ = super_new_slot, .repr = super_repr,
};

/* ---------------------------------------------------------------- members */
/* A value stored at a fixed offset of the instance, as CPython's PyMemberDef: one name
 * of __slots__ (TR_MEMBER_SLOT: unset is an AttributeError), a field of a builtin object
 * (TR_MEMBER_OBJECT: unset reads None, as T_OBJECT) or an int flag seen as a bool
 * (TR_MEMBER_BOOL, as T_BOOL). */

typedef struct Member { TrObject ob; TrValue name; TrType *owner; size_t offset; TrMemberKind kind; } Member;

static void *member_field(Member *m, TrValue obj) {
    if (!tr_isinstance_type(obj, m->owner)) {
        tr_err(TR_EXC_TYPE(TypeError), "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
               tr_str_cstr(m->name), m->owner->name, TR_TYPE_NAME(obj));
        return 0;
    }
    return (char *)obj + m->offset;
}

static TrValue member_get(TrValue descr, TrValue obj, TrValue type) {
    Member *m = (Member *)descr;
    if (!obj) return descr;
    void *field = member_field(m, obj);
    if (!field) return 0;
    if (m->kind == TR_MEMBER_BOOL) return tr_bool(*(int *)field);
    TrValue v = *(TrValue *)field;
    if (v) return v;
    if (m->kind == TR_MEMBER_OBJECT) return tr_None;
    return tr_err(TR_EXC_TYPE(AttributeError), "'%s' object has no attribute '%s'", TR_TYPE_NAME(obj), tr_str_cstr(m->name));
}

static int member_set(TrValue descr, TrValue obj, TrValue v) {
    Member *m = (Member *)descr;
    void *field = member_field(m, obj);
    if (!field) return -1;
    if (m->kind == TR_MEMBER_BOOL) {
        if (!v) tr_err(TR_EXC_TYPE(TypeError), "can't delete numeric/char attribute");
        else if (TR_TYPE(v) != &tr_bool_type) tr_err(TR_EXC_TYPE(TypeError), "attribute value type must be bool");
        else *(int *)field = v == tr_True;
        return tr_err_occurred() ? -1 : 0;
    }
    TrValue *slot = field;
    if (!v && !*slot && m->kind == TR_MEMBER_SLOT) { tr_err_value(TR_EXC_TYPE(AttributeError), m->name); return -1; }
    *slot = v;
    return 0;
}

static TrValue member_repr(TrValue self) {
    Member *m = (Member *)self;
    return tr_str_fmt("<member '%s' of '%s' objects>", tr_str_cstr(m->name), m->owner->name);
}

TrType tr_member_type = {
    .ob = {&tr_type_type}, .name = "member_descriptor", .basicsize = sizeof(Member),
    .repr = member_repr, .descr_get = member_get, .descr_set = member_set,
};

TrValue tr_member_new_kind(TrType *owner, TrValue name, size_t offset, TrMemberKind kind) {
    Member *m = (Member *)tr_object_alloc(&tr_member_type, sizeof(Member));
    m->name = name;
    m->owner = owner;
    m->offset = offset;
    m->kind = kind;
    return (TrValue)m;
}

TrValue tr_member_new(TrType *owner, TrValue name, size_t offset) { return tr_member_new_kind(owner, name, offset, TR_MEMBER_SLOT); }

size_t tr_member_offset(TrValue descr, TrValue obj) {
    if (TR_TYPE(descr) != &tr_member_type || ((Member *)descr)->kind != TR_MEMBER_SLOT ||
        !tr_isinstance_type(obj, ((Member *)descr)->owner))
        return 0;
    return ((Member *)descr)->offset;
}

void tr_init_descr(void) {
    tr_type_ready(&tr_member_type);
    tr_type_ready(&tr_property_type);
    tr_type_ready(&tr_staticmethod_type);
    tr_type_ready(&tr_classmethod_type);
    tr_type_ready(&tr_super_type);
    tr_type_add_methods(&tr_property_type, property_methods);
    tr_type_add_getter(&tr_property_type, "fget", property_get_fget);
    tr_type_add_getter(&tr_property_type, "fset", property_get_fset);
    tr_type_add_getter(&tr_property_type, "fdel", property_get_fdel);
    tr_type_add_getter(&tr_property_type, "__doc__", property_get_doc);
    tr_type_add_getter(&tr_property_type, "__isabstractmethod__", property_get_isabstract);
    tr_type_add_getter(&tr_staticmethod_type, "__func__", wrapper_get_func);
    tr_type_add_getter(&tr_classmethod_type, "__func__", wrapper_get_func);
}
