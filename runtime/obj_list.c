/* obj_list.c — lists: a growable array (len <= cap, slots[0..len) live), slices
 * with CPython's assignment rules (sorting: list_sort.c).  Item access,
 * append and repetition keep a float-strategy list (obj_list_float.c) as it is; every
 * other operation takes the items as values through tr_list_items.
 * Assumes: slots beyond len are garbage and never read. */
#include "tr.h"
#include "seq.h"

/* A list made with room for at most LIST_INLINE_MAX items (slices, copies, literals)
 * gets them in the same allocation, right after the header: one allocation instead of
 * two.  Growing beyond cap moves them to a block of their own (list_reserve); the
 * inline room is then unused for the list's life. */
#define LIST_INLINE_MAX 32
#define LIST_INLINE_ITEMS(l) ((TrValue *)((char *)(l) + sizeof(TrList)))

TrValue tr_list_new(size_t cap) {
    if (cap && cap <= LIST_INLINE_MAX) {
        TrList *l = (TrList *)tr_object_alloc(&tr_list_type, sizeof(TrList) + cap * sizeof(TrValue));
        l->cap = cap;
        l->slots = LIST_INLINE_ITEMS(l);
        return (TrValue)l;
    }
    TrList *l = (TrList *)tr_object_alloc(&tr_list_type, sizeof(TrList));
    l->cap = cap;
    l->slots = cap ? tr_alloc(cap * sizeof(TrValue)) : NULL;
    return (TrValue)l;
}

TrValue tr_list_from(const TrValue *items, size_t n) {
    TrValue l = tr_list_new(n);
    if (n) memcpy(TR_LIST(l)->slots, items, n * sizeof(TrValue));
    TR_LIST(l)->len = n;
    return l;
}

int tr_list_check(TrValue v) { return tr_isinstance_type(v, &tr_list_type); }

/* Room for `need` items; growth by 1.5x keeps append amortised O(1).  Slots are
 * copied as words, values or doubles alike. */
static int list_reserve(TrList *l, size_t need) {
    if (need <= l->cap) return 0;
    if (need > SIZE_MAX / sizeof(TrValue) / 2) {
        tr_err_nomem();
        return -1;
    }
    size_t cap = l->cap < 4 ? 4 : l->cap + (l->cap >> 1);
    if (cap < need) cap = need;
    if (l->slots == LIST_INLINE_ITEMS(l)) {
        TrValue *slots = tr_alloc(cap * sizeof(TrValue));
        memcpy(slots, l->slots, l->len * sizeof(TrValue));
        l->slots = slots;
    } else {
        l->slots = l->slots ? tr_realloc(l->slots, cap * sizeof(TrValue)) : tr_alloc(cap * sizeof(TrValue));
    }
    size_t old_cap = l->cap;
    l->cap = cap;
    if (l->float_boxes) tr_list_float_grew(l, old_cap);
    return 0;
}

int tr_list_append(TrValue list, TrValue v) {
    TrList *l = TR_LIST(list);
    if (l->len == l->cap && list_reserve(l, l->len + 1) < 0) return -1;
    if (TR_LIKELY(!l->float_boxes)) l->slots[l->len++] = v;
    else if (!TR_IS_EXACT_FLOAT(v)) tr_list_generalize(l)[l->len++] = v;
    else tr_list_float_set(l, l->len++, v);
    return 0;
}

int tr_list_extend(TrValue list, TrValue iterable) {
    TrList *l = TR_LIST(list);
    TrType *t = TR_TYPE(iterable);
    if (t == &tr_list_type || t == &tr_tuple_type) {
        size_t n;
        tr_seq_items(iterable, &n);
        if (list_reserve(l, l->len + n) < 0) return -1; /* first: iterable may be l itself */
        TrValue *src = tr_seq_items(iterable, &n), *dst = tr_list_items(l);
        if (n) memcpy(dst + l->len, src, n * sizeof(TrValue));
        l->len += n;
        return 0;
    }
    TrValue it = tr_iter(iterable);
    if (!it) return -1;
    TrValue v;
    while ((v = tr_next(it)))
        if (tr_list_append(list, v) < 0) return -1;
    return tr_err_occurred() ? -1 : 0;
}

/* How many items of an iterator tr_sequence_from_iterable gathers on the C stack (the
 * collector scans it) before it moves them to a list: the inline room of a list. */
#define GATHER_ON_STACK LIST_INLINE_MAX

TrValue tr_sequence_from_iterable(TrValue iterable, TrValue (*make)(const TrValue *items, size_t n)) {
    TrType *t = TR_TYPE(iterable);
    if (t == &tr_list_type && TR_LIST(iterable)->float_boxes && make == tr_list_from)
        return tr_list_float_copy(TR_LIST(iterable));
    if (t == &tr_list_type || t == &tr_tuple_type) {
        size_t n;
        TrValue *items = tr_seq_items(iterable, &n);
        return make(items, n);
    }
    TrValue it = tr_iter(iterable);
    if (!it) return 0;
    TrValue gathered[GATHER_ON_STACK], v;
    size_t n = 0;
    while (n < GATHER_ON_STACK && (v = tr_next(it))) gathered[n++] = v;
    if (n < GATHER_ON_STACK) return tr_err_occurred() ? 0 : make(gathered, n);
    TrValue l = tr_list_from(gathered, n);
    while ((v = tr_next(it)))
        if (tr_list_append(l, v) < 0) return 0;
    if (tr_err_occurred()) return 0;
    return make == tr_list_from ? l : make(tr_list_items(TR_LIST(l)), TR_LIST(l)->len);
}

TrValue tr_list_from_iterable(TrValue iterable) { return tr_sequence_from_iterable(iterable, tr_list_from); }

/* ---------------------------------------------------------------- slots */

static TrValue list_repr(TrValue self) {
    if (!TR_LIST(self)->len) return tr_str_from_cstr("[]");
    TrReprGuard guard;
    if (tr_repr_enter(&guard, self)) return tr_str_from_cstr("[...]");
    TrValue r = tr_seq_repr(tr_list_items(TR_LIST(self)), TR_LIST(self)->len, "[", "]", false);
    tr_repr_leave(&guard);
    return r;
}

static TrValue list_richcompare(TrValue a, TrValue b, int op) {
    if (!tr_list_check(b)) return tr_NotImplemented;
    return tr_seq_richcompare(a, b, op);
}

static intptr_t list_len(TrValue self) { return (intptr_t)TR_LIST(self)->len; }

/* list[lo:hi:step] into tmp when it has room (tr_getslice_temp), else into a new list;
 * inlined into both callers, so that each keeps its results in registers */
static inline __attribute__((always_inline)) TrValue list_getslice_into(TrListTemp *tmp, TrValue list, TrValue lo, TrValue hi, TrValue step) {
    TrList *l = TR_LIST(list);
    int64_t start, stop, by, n;
    if (tr_slice_resolve(lo, hi, step, l->len, &start, &stop, &by, &n) < 0) return 0;
    TrValue r;
    bool temporary = tmp && n <= TR_SLICE_TEMP_MAX;
    if (temporary) {
        tmp->list.ob.type = &tr_list_type;
        tmp->list.cap = TR_SLICE_TEMP_MAX;
        tmp->list.slots = tmp->items;
        tmp->list.float_boxes = NULL;
        r = (TrValue)&tmp->list;
    } else {
        r = tr_list_new(n);
    }
    TrValue *dst = TR_LIST(r)->slots;
    if (l->float_boxes) { /* boxed items; a new list takes the strategy too */
        tr_list_float_boxed(l, start, by, (size_t)n, dst);
        TR_LIST(r)->len = n;
        if (!temporary) tr_list_float_enter(TR_LIST(r));
        return r;
    }
    TR_LIST(r)->len = n;
    if (!n) return r; /* an empty list may have no items array: no offset from NULL (l[::-1]: start -1) */
    TrValue *src = l->slots + start;
    if (by == 1) {
        memcpy(dst, src, n * sizeof(TrValue));
    } else if (by == -1) {
        for (int64_t k = 0; k < n; k++) dst[k] = src[-k];
    } else {
        for (int64_t k = 0; k < n; k++) dst[k] = src[k * by];
    }
    return r;
}

TrValue tr_list_getslice(TrValue list, TrValue lo, TrValue hi, TrValue step) {
    return list_getslice_into(NULL, list, lo, hi, step);
}

TrValue tr_getslice_temp(TrListTemp *tmp, TrValue obj, TrValue lo, TrValue hi, TrValue step) {
    if (!TR_IS_SMALL(obj) && obj->type == &tr_list_type) return list_getslice_into(tmp, obj, lo, hi, step);
    return tr_getslice(obj, lo, hi, step);
}

static TrValue list_getitem(TrValue self, TrValue key) {
    TrList *l = TR_LIST(self);
    if (TR_IS_SMALL(key)) {
        intptr_t i = TR_SMALL_VAL(key);
        if (i < 0) i += (intptr_t)l->len;
        if (i >= 0 && (size_t)i < l->len) return TR_LIKELY(!l->float_boxes) ? l->slots[i] : tr_list_float_get(l, i);
        return tr_err(TR_EXC_TYPE(IndexError), "list index out of range");
    }
    if (TR_TYPE(key) == &tr_slice_type) {
        TrSlice *sl = (TrSlice *)key;
        return tr_list_getslice(self, sl->start, sl->stop, sl->step);
    }
    int64_t i;
    if (tr_seq_index(key, l->len, &i, "list", "list index out of range") < 0) return 0;
    return TR_LIKELY(!l->float_boxes) ? l->slots[i] : tr_list_float_get(l, i);
}

/* del l[slice]: keep the items the slice does not select, in order */
static void list_del_slice(TrList *l, int64_t start, int64_t step, int64_t n) {
    if (n <= 0) return;
    if (step < 0) { /* the same items, walked upwards */
        start += (n - 1) * step;
        step = -step;
    }
    size_t w = start;
    TrValue *items = tr_list_items(l);
    for (size_t i = start; i < l->len; i++) {
        int64_t off = (int64_t)i - start;
        if (off % step == 0 && off / step < n) continue;
        items[w++] = items[i];
    }
    l->len = w;
}

/* Inlined into tr_setslice_temp too: compiled slice assignments call that one, and a
 * call inside it cost a short list's assignment a fifth of its instructions. */
static inline __attribute__((always_inline)) int list_setslice(TrValue list, TrValue lo, TrValue hi, TrValue by, TrValue v) {
    TrList *l = TR_LIST(list);
    int64_t start, stop, step, n;
    if (tr_slice_resolve(lo, hi, by, l->len, &start, &stop, &step, &n) < 0) return -1;
    if (!v) {
        list_del_slice(l, start, step, n);
        return 0;
    }
    /* The items to assign: those of an exact list or tuple other than l as they are
     * (moving pointers runs no code, so they cannot change meanwhile), else a copy
     * first: v may be l itself, or an iterator that reads l. */
    TrValue *src;
    size_t srclen;
    TrType *vt = TR_TYPE(v);
    if ((vt == &tr_list_type || vt == &tr_tuple_type) && v != (TrValue)l) {
        src = tr_seq_items(v, &srclen);
    } else {
        TrValue seq = tr_list_from_iterable(v);
        if (!seq) {
            if (tr_err_is(TR_EXC_TYPE(TypeError))) {
                tr_err_clear();
                tr_err(TR_EXC_TYPE(TypeError), step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
            }
            return -1;
        }
        src = tr_list_items(TR_LIST(seq));
        srclen = TR_LIST(seq)->len;
    }
    TrValue *items = tr_list_items(l);
    if (step == 1) {
        if (stop < start) stop = start;
        size_t old = stop - start, newlen = l->len - old + srclen;
        if (old != srclen) { /* the items after the slice move */
            if (list_reserve(l, newlen) < 0) return -1;
            items = l->slots;
            if (l->len > stop) /* an empty list may have no items array: memmove(NULL, ..., 0) is undefined */
                memmove(items + start + srclen, items + stop, (l->len - stop) * sizeof(TrValue));
        }
        for (size_t k = 0; k < srclen; k++) items[start + k] = src[k]; /* short, as a rule */
        l->len = newlen;
        return 0;
    }
    if ((int64_t)srclen != n) {
        tr_err(TR_EXC_TYPE(ValueError), "attempt to assign sequence of size %zu to extended slice of size %lld", srclen,
               (long long)n);
        return -1;
    }
    for (int64_t k = 0; k < n; k++) items[start + k * step] = src[k];
    return 0;
}

int tr_list_setslice(TrValue list, TrValue lo, TrValue hi, TrValue by, TrValue v) { return list_setslice(list, lo, hi, by, v); }

int tr_setslice_temp(TrValue obj, TrValue lo, TrValue hi, TrValue step, TrValue v, TrListTemp *tmp) {
    if (!TR_IS_SMALL(obj) && obj->type == &tr_list_type) return list_setslice(obj, lo, hi, step, v);
    if (v == (TrValue)&tmp->list) v = tr_list_from(tmp->items, tmp->list.len);
    return tr_setslice(obj, lo, hi, step, v);
}

static void list_remove_at(TrList *l, size_t i) {
    TrValue *items = tr_list_items(l);
    memmove(items + i, items + i + 1, (l->len - i - 1) * sizeof(TrValue));
    l->len--;
}

static int list_setitem(TrValue self, TrValue key, TrValue v) {
    TrList *l = TR_LIST(self);
    if (TR_TYPE(key) == &tr_slice_type) {
        TrSlice *sl = (TrSlice *)key;
        return tr_list_setslice(self, sl->start, sl->stop, sl->step, v);
    }
    int64_t i;
    if (tr_seq_index(key, l->len, &i, "list", "list assignment index out of range") < 0) return -1;
    if (!v) list_remove_at(l, i);
    else if (TR_LIKELY(!l->float_boxes)) l->slots[i] = v;
    else tr_list_float_set(l, i, v);
    return 0;
}

static int list_contains(TrValue self, TrValue item) {
    int64_t i = tr_seq_find(self, item, 0, 0);
    return i == -2 ? -1 : i >= 0;
}

static int list_truth(TrValue self) { return TR_LIST(self)->len != 0; }

static TrValue list_iter(TrValue self) { return tr_seq_iter_new(self); }

static TrValue list_add(TrValue a, TrValue b) {
    if (!tr_list_check(a)) return tr_NotImplemented;
    if (!tr_list_check(b)) return tr_seq_concat_error("list", b);
    TrList *x = TR_LIST(a), *y = TR_LIST(b);
    TrValue r = tr_list_new(x->len + y->len);
    if (x->len) memcpy(TR_LIST(r)->slots, tr_list_items(x), x->len * sizeof(TrValue));
    if (y->len) memcpy(TR_LIST(r)->slots + x->len, tr_list_items(y), y->len * sizeof(TrValue));
    TR_LIST(r)->len = x->len + y->len;
    return r;
}

static TrValue list_iadd(TrValue a, TrValue b) { return tr_list_extend(a, b) < 0 ? 0 : a; }

/* n slots of src (and their boxes, in the float strategy) into dst from index at */
static void copy_slots(TrList *dst, size_t at, const TrList *src, size_t n) {
    memcpy(dst->slots + at, src->slots, n * sizeof(TrValue));
    if (dst->float_boxes) memcpy(dst->float_boxes + at, src->float_boxes, n * sizeof(TrValue));
}

/* l * k into dst (which may be l: in-place repetition); the repetition of a
 * float-strategy list keeps the strategy (`[0.0] * n`) */
static TrValue list_repeat(TrList *dst, TrList *l, TrValue count) {
    size_t k, n = l->len;
    int rc = tr_seq_repeat_count(count, n, &k);
    if (rc) return rc < 0 ? 0 : tr_NotImplemented; /* tr_binop says "can't multiply sequence" */
    if (list_reserve(dst, n * k) < 0) return 0;
    if (dst != l && n && k) {
        if (l->float_boxes) tr_list_float_adopt(dst);
        copy_slots(dst, 0, l, n);
    }
    for (size_t i = 1; i < k; i++) copy_slots(dst, i * n, dst, n);
    dst->len = n * k;
    return (TrValue)dst;
}

static TrValue list_mul(TrValue a, TrValue b) {
    bool left = tr_list_check(a);
    return list_repeat(TR_LIST(tr_list_new(0)), TR_LIST(left ? a : b), left ? b : a);
}

static TrValue list_imul(TrValue a, TrValue b) { return list_repeat(TR_LIST(a), TR_LIST(a), b); }

static TrValue list_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_object_alloc(type, type->basicsize);
}

static int list_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("list", kwnames) < 0 || tr_check_nargs("list", nargs, 0, 1) < 0) return -1;
    TR_LIST(self)->len = 0;
    return nargs ? tr_list_extend(self, args[0]) : 0;
}

/* ---------------------------------------------------------------- methods */

#define SELF TR_LIST(args[0])

static TrValue list_m_append(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "append", 1, 1) < 0) return 0;
    return tr_list_append(args[0], args[1]) < 0 ? 0 : tr_None;
}

static TrValue list_m_extend(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "extend", 1, 1) < 0) return 0;
    return tr_list_extend(args[0], args[1]) < 0 ? 0 : tr_None;
}

static TrValue list_m_insert(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "insert", 2, 2) < 0) return 0;
    int64_t i;
    if (tr_index(args[1], &i) < 0) {
        if (!tr_err_is(TR_EXC_TYPE(OverflowError))) return 0;
        tr_err_clear(); /* a huge index means an end */
        i = tr_int_sign(args[1]) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    TrList *l = SELF;
    if (i < 0 && (i += (int64_t)l->len) < 0) i = 0;
    if (i > (int64_t)l->len) i = (int64_t)l->len;
    if (list_reserve(l, l->len + 1) < 0) return 0;
    TrValue *items = tr_list_items(l);
    memmove(items + i + 1, items + i, (l->len - i) * sizeof(TrValue));
    items[i] = args[2];
    l->len++;
    return tr_None;
}

static TrValue list_m_pop(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "pop", 0, 1) < 0) return 0;
    TrList *l = SELF;
    int64_t i = -1;
    if (nargs > 1 && tr_index(args[1], &i) < 0) return 0;
    if (!l->len) return tr_err(TR_EXC_TYPE(IndexError), "pop from empty list");
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || i >= (int64_t)l->len) return tr_err(TR_EXC_TYPE(IndexError), "pop index out of range");
    TrValue v = tr_list_items(l)[i];
    list_remove_at(l, i);
    return v;
}

static TrValue list_m_remove(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "remove", 1, 1) < 0) return 0;
    int64_t i = tr_seq_find(args[0], args[1], 0, 0);
    if (i == -2) return 0;
    if (i < 0) return tr_err(TR_EXC_TYPE(ValueError), "list.remove(x): x not in list");
    list_remove_at(SELF, i);
    return tr_None;
}

static TrValue list_m_index(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "index", 1, 3) < 0) return 0;
    int64_t i = tr_seq_find(args[0], args[1], nargs > 2 ? args[2] : 0, nargs > 3 ? args[3] : 0);
    if (i == -2) return 0;
    if (i < 0) return tr_err(TR_EXC_TYPE(ValueError), "%R is not in list", args[1]);
    return tr_int_from_i64(i);
}

static TrValue list_m_count(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "count", 1, 1) < 0) return 0;
    int64_t c = tr_seq_count(args[0], args[1]);
    return c < 0 ? 0 : tr_int_from_i64(c);
}

static TrValue list_m_clear(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "clear", 0, 0) < 0) return 0;
    SELF->slots = SELF->float_boxes = NULL;
    SELF->len = SELF->cap = 0;
    return tr_None;
}

static TrValue list_m_copy(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "copy", 0, 0) < 0) return 0;
    return SELF->float_boxes ? tr_list_float_copy(SELF) : tr_list_from(SELF->slots, SELF->len);
}

static TrValue list_m_reverse(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "reverse", 0, 0) < 0) return 0;
    TrList *l = SELF;
    TrValue *items = tr_list_items(l);
    for (size_t i = 0; i < l->len / 2; i++) {
        TrValue t = items[i];
        items[i] = items[l->len - 1 - i];
        items[l->len - 1 - i] = t;
    }
    return tr_None;
}

static TrValue list_m_sort(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"$key", "$reverse", NULL};
    TrValue a[2];
    if (nargs > 1) return tr_err(TR_EXC_TYPE(TypeError), "sort() takes no positional arguments");
    if (tr_parse_args("sort", args + 1, 0, kwnames, kw, 0, a) < 0) return 0;
    int rev = 0; /* Clinic's bool(accept={int}): a C int through __index__ */
    if (a[1] && tr_as_c_int(a[1], &rev) < 0) return 0;
    return tr_list_sort(args[0], a[0], rev) < 0 ? 0 : tr_None;
}

static TrValue list_m_reversed(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__reversed__", 0, 0) < 0) return 0;
    return tr_reversed_new(args[0]);
}

TR_WRAP_INIT(list_w_init, tr_list_type)
TR_WRAP_LEN(list_w_len, tr_list_type)
TR_WRAP_GETITEM(list_w_getitem, tr_list_type)
TR_WRAP_SETITEM(list_w_setitem, tr_list_type)
TR_WRAP_DELITEM(list_w_delitem, tr_list_type)
TR_WRAP_CONTAINS(list_w_contains, tr_list_type)
TR_WRAP_ITER(list_w_iter, tr_list_type)
TR_WRAP_REPR(list_w_repr, tr_list_type)

static TrValue list_m_sizeof(TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_sizeof(args, nargs, kwnames, TR_LIST(args[0])->cap * sizeof(TrValue));
}

static const TrMethodDef list_methods[] = {
    {"__sizeof__", list_m_sizeof, TR_METH_INSTANCE},
    {"append", list_m_append, TR_METH_INSTANCE},
    {"extend", list_m_extend, TR_METH_INSTANCE},
    {"insert", list_m_insert, TR_METH_INSTANCE},
    {"pop", list_m_pop, TR_METH_INSTANCE},
    {"remove", list_m_remove, TR_METH_INSTANCE},
    {"index", list_m_index, TR_METH_INSTANCE},
    {"count", list_m_count, TR_METH_INSTANCE},
    {"clear", list_m_clear, TR_METH_INSTANCE},
    {"copy", list_m_copy, TR_METH_INSTANCE},
    {"reverse", list_m_reverse, TR_METH_INSTANCE},
    {"sort", list_m_sort, TR_METH_INSTANCE},
    {"__reversed__", list_m_reversed, TR_METH_INSTANCE},
    {"__init__", list_w_init, TR_METH_INSTANCE},
    {"__len__", list_w_len, TR_METH_INSTANCE},
    {"__getitem__", list_w_getitem, TR_METH_COEXIST},
    {"__setitem__", list_w_setitem, TR_METH_INSTANCE},
    {"__delitem__", list_w_delitem, TR_METH_INSTANCE},
    {"__contains__", list_w_contains, TR_METH_INSTANCE},
    {"__iter__", list_w_iter, TR_METH_INSTANCE},
    {"__repr__", list_w_repr, TR_METH_INSTANCE},
    {0},
};

TrType tr_list_type = {
    .getattr = tr_generic_getattr, /* CPython's sets tp_getattro: a __getattribute__ of its own */
    .ob = {&tr_type_type},
    .name = "list",
    .flags = TR_TF_BASETYPE | TR_TF_LIST_SUBCLASS | TR_TF_SEQ_REPEAT,
    .basicsize = sizeof(TrList),
    .repr = list_repr,
    .richcompare = list_richcompare,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .truth = list_truth,
    .iter = list_iter,
    .nb = {[TR_ADD] = list_add, [TR_MUL] = list_mul},
    .nb_inplace = {[TR_ADD] = list_iadd, [TR_MUL] = list_imul},
    .new_ = list_new,
    .init = list_init,
};

/* Needs str, dict and builtin functions (tr_type_add_methods). */
void tr_init_list(void) {
    tr_type_ready(&tr_list_type);
    tr_type_add_methods(&tr_list_type, list_methods);
    tr_type_add_methods(&tr_list_type, tr_class_getitem_methods);
}
