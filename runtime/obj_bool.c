/* obj_bool.c — the singletons: None, NotImplemented, Ellipsis, and the bool type
 * (a subclass of int whose two instances are True and False). */
#include "tr.h"

static TrValue none_repr(TrValue self) { return tr_str_from_cstr("None"); }
static int none_truth(TrValue self) { return 0; }
static int64_t none_hash(TrValue self) { return 0xfca86420; }
static TrValue ni_repr(TrValue self) { return tr_str_from_cstr("NotImplemented"); }
static TrValue ellipsis_repr(TrValue self) { return tr_str_from_cstr("Ellipsis"); }
static int64_t id_hash(TrValue self) { return (int64_t)((uintptr_t)self >> 4); }

static TrValue none_new(TrType *t, TrValue *a, size_t n, TrValue k) {
    if (n || k) return tr_err(TR_EXC_TYPE(TypeError), "NoneType takes no arguments");
    return tr_None;
}

TrType tr_none_type = {.ob = {&tr_type_type}, .name = "NoneType", .basicsize = sizeof(TrObject),
                       .repr = none_repr, .truth = none_truth, .hash = none_hash, .new_ = none_new};
TrType tr_notimplemented_type = {.ob = {&tr_type_type}, .name = "NotImplementedType",
                                 .basicsize = sizeof(TrObject), .repr = ni_repr, .hash = id_hash};
TrType tr_ellipsis_type = {.ob = {&tr_type_type}, .name = "ellipsis", .basicsize = sizeof(TrObject),
                           .repr = ellipsis_repr, .hash = id_hash};

TrObject tr_none_obj = {&tr_none_type};
TrObject tr_notimplemented_obj = {&tr_notimplemented_type};
TrObject tr_ellipsis_obj = {&tr_ellipsis_type};

static TrValue bool_repr(TrValue self) { return tr_str_from_cstr(self == tr_True ? "True" : "False"); }
static int bool_truth(TrValue self) { return self == tr_True; }

static TrValue bool_new(TrType *t, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("bool", kwnames) < 0 || tr_check_nargs("bool", nargs, 0, 1) < 0) return 0;
    if (!nargs) return tr_False;
    int r = tr_truthy(args[0]);
    return r < 0 ? 0 : tr_bool(r);
}

/* & | ^ of two bools stay bool; otherwise int arithmetic applies */
#define BOOL_BITOP(name, op, intop)                                                 \
    static TrValue name(TrValue a, TrValue b) {                                     \
        if (TR_TYPE(a) == &tr_bool_type && TR_TYPE(b) == &tr_bool_type)              \
            return tr_bool((a == tr_True) op (b == tr_True));                       \
        return tr_int_type.nb[intop](a, b);                                          \
    }
BOOL_BITOP(bool_and, &, TR_AND)
BOOL_BITOP(bool_or, |, TR_OR)
BOOL_BITOP(bool_xor, ^, TR_XOR)

TrType tr_bool_type = {
    .ob = {&tr_type_type}, .name = "bool", .basicsize = sizeof(TrBool), .flags = TR_TF_INT_SUBCLASS,
    .base = &tr_int_type, .repr = bool_repr, .truth = bool_truth, .new_ = bool_new,
    .nb = {[TR_AND] = bool_and, [TR_OR] = bool_or, [TR_XOR] = bool_xor},
};

TrBool tr_true_obj = {{&tr_bool_type}, 1};
TrBool tr_false_obj = {{&tr_bool_type}, 0};

void tr_init_bool(void) {
    tr_type_ready(&tr_none_type);
    tr_type_ready(&tr_notimplemented_type);
    tr_type_ready(&tr_ellipsis_type);
    tr_type_ready(&tr_bool_type);
}
