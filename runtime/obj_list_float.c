/* obj_list_float.c — the float strategy of lists (PyPy's "list strategies", for one
 * item type): an exact list made by a literal of floats alone (`[0.0, 1.5, x]`), or by
 * repeating such a list, keeps its items as raw doubles in its slots, so that compiled
 * code reads them into float arithmetic and stores computed doubles without a box per
 * store.  Iteration, slicing, copies, sorting and sum keep the strategy (copies and
 * slices of one take it too); storing anything but an exact float, or any other
 * operation that wants the items as values (repr, `==`, C code of the stdlib), makes the
 * list generic for good (tr_list_generalize), as it always was.
 * Layout: float_boxes != NULL marks the strategy; then slots[0..len) hold doubles and
 * float_boxes[i] is the box item i has been stored as or handed out as (0: none yet),
 * so a float keeps its identity as in CPython (`l[0] is l[0]`, `x = 1.5; l = [x];
 * l[0] is x`): a box, once seen, is the item until the slot is stored again.
 * Assumes: a double is as wide as a TrValue (TR_FLOAT_LISTS: 64-bit targets; elsewhere
 * no list enters the strategy and tr_list_literal is tr_list_from), and code that reads
 * or writes slots directly either handles the strategy or calls tr_list_items first. */
#include "tr.h"
#include "seq.h"

/* Room for cap boxes: a new array, or float_boxes grown to cap with the new ones 0. */
static void float_boxes_reserve(TrList *l, size_t old_cap, size_t cap) {
    TrValue *boxes = tr_alloc(cap * sizeof(TrValue));
    memset(boxes, 0, cap * sizeof(TrValue));
    if (l->float_boxes && old_cap) memcpy(boxes, l->float_boxes, old_cap * sizeof(TrValue));
    l->float_boxes = boxes;
}

TrValue tr_list_literal(const TrValue *items, size_t n) {
    TrValue list = tr_list_from(items, n);
    tr_list_float_enter(TR_LIST(list));
    return list;
}

void tr_list_float_enter(TrList *l) {
    if (!TR_FLOAT_LISTS || !l->len || l->float_boxes || l->ob.type != &tr_list_type) return;
    for (size_t k = 0; k < l->len; k++)
        if (!TR_IS_EXACT_FLOAT(l->slots[k])) return;
    float_boxes_reserve(l, 0, l->cap);
    memcpy(l->float_boxes, l->slots, l->len * sizeof(TrValue));
    for (size_t k = 0; k < l->len; k++) TR_LIST_DOUBLES(l)[k] = TR_FLOAT_VAL(l->float_boxes[k]);
}

TrValue *tr_list_generalize(TrList *l) {
    for (size_t i = 0; i < l->len; i++) {
        TrValue box = l->float_boxes[i];
        l->slots[i] = box ? box : tr_float_new(TR_LIST_DOUBLES(l)[i]);
    }
    l->float_boxes = NULL;
    return l->slots;
}

void tr_list_float_grew(TrList *l, size_t old_cap) { float_boxes_reserve(l, old_cap, l->cap); }

void tr_list_float_adopt(TrList *l) {
    if (!l->float_boxes) float_boxes_reserve(l, 0, l->cap);
}

TrValue tr_list_float_get(TrList *l, size_t i) {
    TrValue box = l->float_boxes[i];
    if (!box) box = l->float_boxes[i] = tr_float_new(TR_LIST_DOUBLES(l)[i]);
    return box;
}

void tr_list_float_boxed(TrList *l, int64_t start, int64_t step, size_t n, TrValue *dst) {
    for (size_t k = 0; k < n; k++) dst[k] = tr_list_float_get(l, (size_t)(start + (int64_t)k * step));
}

TrValue tr_list_float_copy(TrList *l) {
    tr_list_float_boxed(l, 0, 1, l->len, l->float_boxes);
    return tr_list_literal(l->float_boxes, l->len);
}

bool tr_list_float_sum(TrValue iterable, TrValue start, TrValue *sum) {
    if (TR_IS_SMALL(iterable) || iterable->type != &tr_list_type || !TR_LIST(iterable)->float_boxes) return false;
    double total;
    if (TR_IS_SMALL(start)) total = (double)TR_SMALL_VAL(start);
    else if (TR_IS_EXACT_FLOAT(start)) total = TR_FLOAT_VAL(start);
    else return false;
    TrList *l = TR_LIST(iterable);
    if (!l->len) return false; /* sum([], 0) is 0: emptied in place (`l *= 0`) */
    for (size_t k = 0; k < l->len; k++) total += TR_LIST_DOUBLES(l)[k];
    *sum = tr_float_new(total);
    return true;
}

void tr_list_float_set(TrList *l, size_t i, TrValue v) {
    if (TR_IS_EXACT_FLOAT(v)) {
        TR_LIST_DOUBLES(l)[i] = TR_FLOAT_VAL(v);
        l->float_boxes[i] = v;
    } else {
        tr_list_generalize(l)[i] = v;
    }
}

TrValue tr_float_list_box(TrValue list, TrValue key, double d) {
    TrList *l = TR_LIST(list);
    intptr_t i = TR_SMALL_VAL(key);
    if (i < 0) i += (intptr_t)l->len;
    if (i < 0 || (size_t)i >= l->len) return tr_float_new(d); /* shrunk since */
    if (!l->float_boxes) { /* generalized since: the item's box, if it is still the item */
        TrValue v = l->slots[i];
        return TR_IS_EXACT_FLOAT(v) && !memcmp(&TR_FLOAT_VAL(v), &d, sizeof d) ? v : tr_float_new(d);
    }
    double held = TR_LIST_DOUBLES(l)[i];
    if (memcmp(&held, &d, sizeof d)) return tr_float_new(d); /* stored again since it was read */
    return tr_list_float_get(l, i);
}

#if TR_FLOAT_LISTS
TrValue tr_getitem_outlined(TrValue obj, TrValue key) { return tr_getitem_fast(obj, key); }

int tr_setitem_outlined(TrValue obj, TrValue key, TrValue v) { return tr_setitem_fast(obj, key, v); }
#endif
