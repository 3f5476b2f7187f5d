/* obj_union.c — types.UnionType: `int | None`, `str | bytes | Point` (PEP 604).
 * `|` between classes, None, generic aliases and unions flattens and de-duplicates the members (a single
 * member is itself); repr, __args__, ==, hash and `|` follow CPython 3.11; isinstance and
 * issubclass accept a union as they accept a tuple (ops.c). */
#include "tr.h"

typedef struct TrUnion { TrObject ob; TrValue args; /* tuple of classes */ } TrUnion;

TrType tr_union_type;

static int union_member(TrValue v) {
    return v == tr_None || tr_isinstance_type(v, &tr_type_type) || TR_TYPE(v) == &tr_union_type ||
           tr_generic_alias_check(v);
}

static void add_member(TrValue list, TrValue v) {
    if (v == tr_None) v = (TrValue)&tr_none_type;
    TrList *l = TR_LIST(list);
    for (size_t i = 0; i < l->len; i++)
        if (tr_equal(tr_list_items(l)[i], v) > 0) return;
    tr_list_append(list, v);
}

static void add_members(TrValue list, TrValue v) {
    if (!TR_IS_SMALL(v) && TR_TYPE(v) == &tr_union_type) {
        TrValue args = ((TrUnion *)v)->args;
        for (size_t i = 0; i < TR_TUPLE(args)->len; i++) add_member(list, TR_TUPLE(args)->items[i]);
    } else {
        add_member(list, v);
    }
}

/* a | b for classes, None and unions (either side: nb slots see both orders) */
static TrValue union_or(TrValue a, TrValue b) {
    if (TR_IS_SMALL(a) || TR_IS_SMALL(b) || !union_member(a) || !union_member(b)) return tr_NotImplemented;
    TrValue members = tr_list_new(2);
    add_members(members, a);
    add_members(members, b);
    if (TR_LIST(members)->len == 1) return tr_list_items(TR_LIST(members))[0];
    TrUnion *u = (TrUnion *)tr_object_alloc(&tr_union_type, sizeof(TrUnion));
    u->args = tr_tuple_from(tr_list_items(TR_LIST(members)), TR_LIST(members)->len);
    return (TrValue)u;
}

int tr_union_check(TrValue v) { return !TR_IS_SMALL(v) && TR_TYPE(v) == &tr_union_type; }
TrValue tr_union_args(TrValue u) { return ((TrUnion *)u)->args; }

static TrValue union_repr(TrValue self) {
    TrValue args = ((TrUnion *)self)->args;
    TrBuf b;
    tr_buf_init(&b);
    for (size_t i = 0; i < TR_TUPLE(args)->len; i++) {
        if (i) tr_buf_adds(&b, " | ");
        if (tr_type_repr_short(&b, TR_TUPLE(args)->items[i]) < 0) return 0;
    }
    return tr_buf_finish(&b);
}

static int contains_all(TrValue a, TrValue b) {
    for (size_t i = 0; i < TR_TUPLE(a)->len; i++) {
        int found = 0;
        for (size_t j = 0; j < TR_TUPLE(b)->len && !found; j++) found = tr_equal(TR_TUPLE(a)->items[i], TR_TUPLE(b)->items[j]) > 0;
        if (!found) return 0;
    }
    return 1;
}

/* unions are equal when their member sets are */
static TrValue union_richcompare(TrValue a, TrValue b, int op) {
    if (!tr_union_check(b) || (op != TR_EQ && op != TR_NE)) return tr_NotImplemented;
    TrValue x = ((TrUnion *)a)->args, y = ((TrUnion *)b)->args;
    int eq = contains_all(x, y) && contains_all(y, x);
    return tr_bool(eq == (op == TR_EQ));
}

static int64_t union_hash(TrValue self) {
    TrValue args = ((TrUnion *)self)->args;
    uint64_t h = 0x345678;
    for (size_t i = 0; i < TR_TUPLE(args)->len; i++) { /* order-independent, as == */
        int64_t m = tr_hash(TR_TUPLE(args)->items[i]);
        if (m == -1) return -1;
        h ^= (uint64_t)m;
    }
    return (int64_t)(h == (uint64_t)-1 ? 0 : h);
}

static TrValue union_get_args(TrValue self) { return ((TrUnion *)self)->args; }
static TrValue union_get_parameters(TrValue self) { return tr_tuple_from(NULL, 0); }

TrType tr_union_type = {
    .ob = {&tr_type_type}, .name = "UnionType", .basicsize = sizeof(TrUnion),
    .repr = union_repr, .richcompare = union_richcompare, .hash = union_hash,
};

void tr_init_union(void) {
    tr_union_type.nb[TR_OR] = union_or;
    tr_type_type.nb[TR_OR] = union_or;
    tr_generic_alias_type.nb[TR_OR] = union_or;
    tr_type_ready(&tr_union_type);
    tr_union_type.module = TR_INTERN("types");
    tr_type_add_getter(&tr_union_type, "__args__", union_get_args);
    tr_type_add_getter(&tr_union_type, "__parameters__", union_get_parameters);
}
