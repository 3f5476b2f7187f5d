/* exc_group.c — BaseExceptionGroup and ExceptionGroup (PEP 654): construction with
 * CPython's checks, message/exceptions, subgroup/split/derive, and the state machine of
 * `except*` clauses that generated code drives (tr_exc_star_*).
 * Assumes: exceptions.c has readied BaseException and Exception; ExceptionGroup is a
 * class with two bases (BaseExceptionGroup, Exception), built like a user class. */
#include "tr.h"

TrType tr_exc_BaseExceptionGroup;
TrType *tr_exc_group_type; /* ExceptionGroup */

static bool is_type(TrValue v) { return tr_isinstance_type(v, &tr_type_type); }

int tr_is_exception_group(TrValue v) { return tr_isinstance_type(v, &tr_exc_BaseExceptionGroup); }

static TrValue group_attr(TrValue self, const char *name) {
    TrValue d = TR_EXC(self)->dict;
    return d ? tr_dict_get_str(d, name) : 0;
}

TrValue tr_exc_group_exceptions(TrValue eg) { return group_attr(eg, "exceptions"); }

static TrValue group_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (kwnames && TR_TUPLE(kwnames)->len)
        return tr_err(TR_EXC_TYPE(TypeError), "%s() takes no keyword arguments", type->name);
    if (nargs != 2)
        return tr_err(TR_EXC_TYPE(TypeError), "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
    if (!tr_str_check(args[0]))
        return tr_err(TR_EXC_TYPE(TypeError), "BaseExceptionGroup.__new__() argument 1 must be str, not %s", tr_arg_type_name(args[0]));
    TrType *st = TR_TYPE(args[1]);
    if (!st->getitem || tr_dict_check(args[1]) || TR_TYPE(args[1]) == &tr_set_type || TR_TYPE(args[1]) == &tr_frozenset_type)
        return tr_err(TR_EXC_TYPE(TypeError), "second argument (exceptions) must be a sequence");
    TrValue excs = tr_tuple_from_iterable(args[1]);
    if (!excs) return 0;
    TrTuple *t = TR_TUPLE(excs);
    if (t->len == 0) return tr_err(TR_EXC_TYPE(ValueError), "second argument (exceptions) must be a non-empty sequence");
    bool all_exceptions = true;
    for (size_t i = 0; i < t->len; i++) {
        if (!tr_isinstance_type(t->items[i], TR_EXC_TYPE(BaseException)))
            return tr_err(TR_EXC_TYPE(ValueError), "Item %zu of second argument (exceptions) is not an exception", i);
        if (!tr_isinstance_type(t->items[i], TR_EXC_TYPE(Exception))) all_exceptions = false;
    }
    if (type == &tr_exc_BaseExceptionGroup) {
        if (all_exceptions) type = tr_exc_group_type;
    } else if (tr_type_is_subtype(type, TR_EXC_TYPE(Exception)) && !all_exceptions) {
        return tr_err(TR_EXC_TYPE(TypeError), "Cannot nest BaseExceptions in an ExceptionGroup");
    }
    TrValue eg = tr_exception_new(type, args, nargs);
    TrException *e = TR_EXC(eg);
    e->dict = tr_dict_new();
    tr_dict_set_str(e->dict, "message", args[0]);
    tr_dict_set_str(e->dict, "exceptions", excs);
    return eg;
}

/* __init__ accepts what __new__ checked and leaves args as they are. */
static int group_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) { return 0; }

static TrValue group_str(TrValue self) {
    size_t n = TR_TUPLE(tr_exc_group_exceptions(self))->len;
    return tr_str_fmt("%S (%zu sub-exception%s)", group_attr(self, "message"), n, n == 1 ? "" : "s");
}

/* A new group like self (same message, notes, traceback, cause, context) holding excs. */
static TrValue derive_full(TrValue self, TrValue excs) {
    TrValue d = tr_call_method_cstr(self, "derive", 1, excs);
    if (!d) return 0;
    if (!tr_is_exception_group(d)) return tr_err(TR_EXC_TYPE(TypeError), "derive must return an instance of BaseExceptionGroup");
    TrException *src = TR_EXC(self), *dst = TR_EXC(d);
    dst->tb = src->tb;
    dst->cause = src->cause;
    dst->context = src->context;
    dst->suppress_context = src->suppress_context;
    TrValue notes = group_attr(self, "__notes__");
    if (notes) tr_dict_set_str(dst->dict, "__notes__", tr_list_from_iterable(notes));
    return d;
}

/* The condition of split/subgroup/except*: an exception type, a tuple of them, or a
 * predicate.  1 match, 0 no match, -1 error. */
static int condition_matches(TrValue cond, TrValue exc) {
    if (is_type(cond) || tr_tuple_check(cond)) return tr_isinstance(exc, cond);
    TrValue r = tr_call(cond, &exc, 1, 0);
    return r ? tr_truthy(r) : -1;
}

static int check_condition(TrValue cond) {
    if (is_type(cond) && tr_type_is_subtype((TrType *)cond, TR_EXC_TYPE(BaseException))) return 0;
    if (tr_tuple_check(cond)) {
        TrTuple *t = TR_TUPLE(cond);
        size_t i = 0;
        while (i < t->len && is_type(t->items[i]) &&
               tr_type_is_subtype((TrType *)t->items[i], TR_EXC_TYPE(BaseException)))
            i++;
        if (i == t->len) return 0;
    } else if (tr_callable(cond) && !is_type(cond)) {
        return 0;
    }
    tr_err(TR_EXC_TYPE(TypeError), "expected a function, exception type or tuple of exception types");
    return -1;
}

/* Split exc (a group or a leaf) by cond into the matching part and the rest (either may
 * be 0 for none); the group structure is kept.  -1 on error. */
static int split(TrValue exc, TrValue cond, TrValue *match, TrValue *rest, bool want_rest) {
    *match = *rest = 0;
    int m = condition_matches(cond, exc);
    if (m < 0) return -1;
    if (m) { *match = exc; return 0; }
    if (!tr_is_exception_group(exc)) { *rest = exc; return 0; }
    TrTuple *t = TR_TUPLE(tr_exc_group_exceptions(exc));
    TrValue matched = tr_list_new(0), others = tr_list_new(0);
    for (size_t i = 0; i < t->len; i++) {
        TrValue sm, sr;
        if (split(t->items[i], cond, &sm, &sr, want_rest) < 0) return -1;
        if (sm) tr_list_append(matched, sm);
        if (sr && want_rest) tr_list_append(others, sr);
    }
    if (TR_LIST(matched)->len && !(*match = derive_full(exc, matched))) return -1;
    if (TR_LIST(others)->len && !(*rest = derive_full(exc, others))) return -1;
    return 0;
}

static TrValue group_split(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "split", 1, 1) < 0 || check_condition(args[1]) < 0) return 0;
    TrValue m, r;
    if (split(args[0], args[1], &m, &r, true) < 0) return 0;
    return tr_tuple_pack(2, m ? m : tr_None, r ? r : tr_None);
}

static TrValue group_subgroup(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "subgroup", 1, 1) < 0 || check_condition(args[1]) < 0) return 0;
    TrValue m, r;
    if (split(args[0], args[1], &m, &r, false) < 0) return 0;
    return m ? m : tr_None;
}

static TrValue group_derive(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "derive", 1, 1) < 0) return 0;
    TrValue a[2] = {group_attr(args[0], "message"), args[1]};
    return group_new(&tr_exc_BaseExceptionGroup, a, 2, 0);
}

static const TrMethodDef group_methods[] = {
    {"split", group_split, TR_METH_INSTANCE},
    {"subgroup", group_subgroup, TR_METH_INSTANCE},
    {"derive", group_derive, TR_METH_INSTANCE},
    {0},
};

/* ---------------------------------------------------------------- except* */

/* The state of one `except*` statement: what is left to match, what the clauses raised
 * (new exceptions) and what they re-raised (parts of the original). */
typedef struct ExcStar {
    TrObject ob;
    TrValue orig, rest, raised, reraised;
} ExcStar;
static TrType exc_star_type = {.ob = {&tr_type_type}, .name = "except* state", .basicsize = sizeof(ExcStar)};

TrValue tr_exc_star_begin(TrValue exc) {
    ExcStar *s = (ExcStar *)tr_object_alloc(&exc_star_type, sizeof(ExcStar));
    s->orig = s->rest = exc;
    s->raised = tr_list_new(0);
    s->reraised = tr_list_new(0);
    return (TrValue)s;
}

/* The part of what is left that the clause's type matches (a group), or None. */
TrValue tr_exc_star_match(TrValue state, TrValue type) {
    ExcStar *s = (ExcStar *)state;
    if (check_condition(type) < 0 || (tr_callable(type) && !is_type(type) && !tr_tuple_check(type))) {
        tr_err_clear();
        return tr_err(TR_EXC_TYPE(TypeError), "catching classes that do not inherit from BaseException is not allowed");
    }
    int is_group_type = 0;
    if (is_type(type)) is_group_type = tr_type_is_subtype((TrType *)type, &tr_exc_BaseExceptionGroup);
    else if (tr_tuple_check(type))
        for (size_t i = 0; i < TR_TUPLE(type)->len; i++)
            if (tr_type_is_subtype((TrType *)TR_TUPLE(type)->items[i], &tr_exc_BaseExceptionGroup)) is_group_type = 1;
    if (is_group_type)
        return tr_err(TR_EXC_TYPE(TypeError), "catching ExceptionGroup with except* is not allowed. Use except instead.");
    if (!s->rest) return tr_None;
    TrValue m, r;
    if (!tr_is_exception_group(s->rest)) { /* a naked exception is matched as a group of one */
        int ok = tr_isinstance(s->rest, type);
        if (ok < 0) return 0;
        if (!ok) return tr_None;
        TrValue leaf = s->rest;
        TrValue a[2] = {tr_str_from_cstr(""), tr_tuple_pack(1, leaf)};
        m = group_new(&tr_exc_BaseExceptionGroup, a, 2, 0);
        if (!m) return 0;
        TR_EXC(m)->tb = TR_EXC(leaf)->tb;
        s->rest = 0;
        return m;
    }
    if (split(s->rest, type, &m, &r, true) < 0) return 0;
    s->rest = r;
    return m ? m : tr_None;
}

/* The clause whose match was m ended with exc: a bare `raise` (exc is m) re-raises the
 * original's leaves; anything else is a new exception. */
void tr_exc_star_raised(TrValue state, TrValue matched, TrValue exc) {
    ExcStar *s = (ExcStar *)state;
    tr_list_append(exc == matched ? s->reraised : s->raised, exc);
}

/* Whether leaf (an exception that is not a group) occurs in the tree eg. */
static bool contains_leaf(TrValue eg, TrValue leaf) {
    if (eg == leaf) return true;
    if (!tr_is_exception_group(eg)) return false;
    TrTuple *t = TR_TUPLE(tr_exc_group_exceptions(eg));
    for (size_t i = 0; i < t->len; i++)
        if (contains_leaf(t->items[i], leaf)) return true;
    return false;
}

/* The tree eg reduced to the leaves that occur in one of the trees of kept (a list),
 * through derive() as split() does; 0 when none is left. */
static int project(TrValue eg, TrValue kept, TrValue *out) {
    *out = 0;
    if (!tr_is_exception_group(eg)) {
        for (size_t i = 0; i < TR_LIST(kept)->len; i++)
            if (contains_leaf(tr_list_items(TR_LIST(kept))[i], eg)) { *out = eg; break; }
        return 0;
    }
    TrTuple *t = TR_TUPLE(tr_exc_group_exceptions(eg));
    TrValue children = tr_list_new(0);
    for (size_t i = 0; i < t->len; i++) {
        TrValue c;
        if (project(t->items[i], kept, &c) < 0) return -1;
        if (c) tr_list_append(children, c);
    }
    if (TR_LIST(children)->len && !(*out = derive_full(eg, children))) return -1;
    return 0;
}

/* What the statement raises after its clauses ran (0: nothing): the unhandled and
 * re-raised parts keep the original's structure; new exceptions are grouped with them.
 * -1 on error. */
static int reraise_star(ExcStar *s, TrValue *out) {
    size_t nraised = TR_LIST(s->raised)->len, nreraised = TR_LIST(s->reraised)->len;
    *out = 0;
    if (!tr_is_exception_group(s->orig)) { /* one clause at most ran */
        *out = nraised ? tr_list_items(TR_LIST(s->raised))[0] : nreraised ? tr_list_items(TR_LIST(s->reraised))[0] : s->rest;
        return 0;
    }
    TrValue kept = tr_list_new(0);
    for (size_t i = 0; i < nreraised; i++) tr_list_append(kept, tr_list_items(TR_LIST(s->reraised))[i]);
    if (s->rest) tr_list_append(kept, s->rest);
    TrValue reraised_eg = 0;
    if (TR_LIST(kept)->len && project(s->orig, kept, &reraised_eg) < 0) return -1;
    if (!nraised) { *out = reraised_eg; return 0; }
    TrValue all = tr_list_new(0);
    for (size_t i = 0; i < nraised; i++) tr_list_append(all, tr_list_items(TR_LIST(s->raised))[i]);
    if (reraised_eg) tr_list_append(all, reraised_eg);
    if (TR_LIST(all)->len == 1) { *out = tr_list_items(TR_LIST(all))[0]; return 0; }
    TrValue a[2] = {tr_str_from_cstr(""), all};
    *out = group_new(&tr_exc_BaseExceptionGroup, a, 2, 0);
    return *out ? 0 : -1;
}

TrValue tr_exc_star_finish(TrValue state) {
    TrValue r;
    if (reraise_star((ExcStar *)state, &r) < 0) return 0;
    return r ? r : tr_None;
}

void tr_init_exception_groups(void) {
    tr_exc_BaseExceptionGroup.ob.type = &tr_type_type;
    tr_exc_BaseExceptionGroup.name = "BaseExceptionGroup";
    tr_exc_BaseExceptionGroup.flags = TR_TF_EXCEPTION | TR_TF_BASETYPE;
    tr_exc_BaseExceptionGroup.basicsize = sizeof(TrException);
    tr_exc_BaseExceptionGroup.dictoffset = offsetof(TrException, dict);
    tr_exc_BaseExceptionGroup.base = TR_EXC_TYPE(BaseException);
    tr_exc_BaseExceptionGroup.new_ = group_new;
    tr_exc_BaseExceptionGroup.init = group_init;
    tr_exc_BaseExceptionGroup.str = group_str;
    tr_type_ready(&tr_exc_BaseExceptionGroup);
    tr_type_add_methods(&tr_exc_BaseExceptionGroup, group_methods);
    tr_type_ready(&exc_star_type);
    TrValue ns = tr_dict_new();
    tr_dict_set_str(ns, "__module__", TR_INTERN("builtins"));
    tr_exc_group_type = (TrType *)tr_class_new_with_meta(
        &tr_type_type, TR_INTERN("ExceptionGroup"),
        tr_tuple_pack(2, (TrValue)&tr_exc_BaseExceptionGroup, (TrValue)TR_EXC_TYPE(Exception)), ns, 0, 0);
    tr_add_roots(&tr_exc_group_type, sizeof tr_exc_group_type);
    tr_dict_set_str(tr_builtins_dict, "BaseExceptionGroup", (TrValue)&tr_exc_BaseExceptionGroup);
    tr_dict_set_str(tr_builtins_dict, "ExceptionGroup", (TrValue)tr_exc_group_type);
}
