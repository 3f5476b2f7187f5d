/* obj_shape.c — instance attributes stored by shape (hidden classes, as PyPy's mapdict
 * and V8's maps) instead of a dict per instance.
 *
 * A shape is an ordered list of attribute names; shapes form one global tree whose
 * root is the empty shape, a child adding one name.  Instances of classes flagged
 * TR_TF_SHAPED keep, in their __dict__ slot, either nothing yet, a TrAttrs (a shape and
 * the values in the shape's order), or — once anything needs a real dict — a TrDict.
 * Objects built by the same code follow the same transitions and so share shapes, which
 * is what lets generated code cache "this shape: value at index i" per site.
 *
 * Assumes: names in shapes are exact str (anything else makes the instance a dict);
 * a TrAttrs is only ever reached through its instance's slot, and is replaced (never
 * resized in place) when it grows; the dict, once made, stays (tr_attrs_to_dict).  An
 * empty TrAttrs (the root shape) stands for no attributes at all: object.c hands out
 * no dict for it, as for an empty slot. */
#include "tr.h"

#define SHAPE_MAX_ATTRS 48   /* more attributes: the instance becomes a dict */
#define SHAPE_MAX_COUNT 20000 /* shapes in the whole program; then new layouts get dicts */

typedef struct Transition { TrValue name; TrShape *child; } Transition;

struct TrShape {
    TrObject ob;
    uint32_t n;          /* attributes */
    uint32_t ntrans, transcap;
    TrValue *names;      /* n exact strs, in insertion order */
    Transition *trans;   /* children, by the name each adds */
};

TrType tr_shape_type = {.ob = {&tr_type_type}, .name = "shape", .basicsize = sizeof(TrShape)};
TrType tr_attrs_type = {.ob = {&tr_type_type}, .name = "attrs", .basicsize = sizeof(TrAttrs)};

TrShape tr_shape_root = {.ob = {&tr_shape_type}};
static size_t shape_count;

static bool same_name(TrValue a, TrValue b) {
    return a == b || (TR_STR(a)->len == TR_STR(b)->len && tr_str_hash(a) == tr_str_hash(b) && tr_str_eq(a, b));
}

intptr_t tr_shape_index(const TrShape *s, TrValue name) {
    for (uint32_t i = 0; i < s->n; i++)
        if (s->names[i] == name) return i;
    for (uint32_t i = 0; i < s->n; i++)
        if (same_name(s->names[i], name)) return i;
    return -1;
}

/* The shape of s plus name (not in s), or NULL past the limits. */
static TrShape *shape_add(TrShape *s, TrValue name) {
    for (uint32_t i = 0; i < s->ntrans; i++)
        if (same_name(s->trans[i].name, name)) return s->trans[i].child;
    if (s->n >= SHAPE_MAX_ATTRS || shape_count >= SHAPE_MAX_COUNT) return NULL;
    TrShape *c = tr_alloc(sizeof(TrShape));
    c->ob.type = &tr_shape_type;
    c->n = s->n + 1;
    c->names = tr_alloc(sizeof(TrValue) * c->n);
    if (s->n) memcpy(c->names, s->names, sizeof(TrValue) * s->n); /* the root has no names array */
    c->names[s->n] = name;
    if (s->ntrans == s->transcap) {
        uint32_t cap = s->transcap ? s->transcap * 2 : 2;
        Transition *t = tr_alloc(sizeof(Transition) * cap);
        if (s->ntrans) memcpy(t, s->trans, sizeof(Transition) * s->ntrans);
        s->trans = t;
        s->transcap = cap;
    }
    s->trans[s->ntrans++] = (Transition){c->names[s->n], c};
    shape_count++;
    return c;
}

static TrAttrs *attrs_new(TrShape *s, uint32_t cap) {
    TrAttrs *a = tr_alloc(sizeof(TrAttrs) + sizeof(TrValue) * cap);
    a->ob.type = &tr_attrs_type;
    a->shape = s;
    a->cap = cap;
    return a;
}

TrValue tr_attrs_new(TrType *t) { return (TrValue)attrs_new(&tr_shape_root, t->shape_hint > 2 ? t->shape_hint : 2); }

/* The TrAttrs follows the instance's basicsize bytes and its __dict__ slot points into
 * the block: libgc recognises interior pointers (alloc.c), and the block lives while
 * the instance does.  A TrAttrs that grows is replaced as any other. */
TrValue tr_shaped_instance_new(TrType *t) {
    uint32_t cap = t->shape_hint;
    if (!cap) return tr_object_alloc(t, t->basicsize);
    TrObject *o = tr_alloc(t->basicsize + sizeof(TrAttrs) + sizeof(TrValue) * cap);
    o->type = t;
    TrAttrs *a = (TrAttrs *)((char *)o + t->basicsize);
    a->ob.type = &tr_attrs_type;
    a->shape = &tr_shape_root;
    a->cap = cap;
    *(TrValue *)((char *)o + t->dictoffset) = (TrValue)a;
    return o;
}

TrValue tr_attrs_to_dict(TrValue attrs) {
    TrAttrs *a = (TrAttrs *)attrs;
    TrValue d = tr_dict_new();
    for (uint32_t i = 0; i < a->shape->n; i++)
        if (tr_dict_set(d, a->shape->names[i], a->values[i]) < 0) return 0;
    return d;
}

/* The attribute's slot in attrs, or NULL when absent. */
static TrValue *attrs_slot(TrValue attrs, TrValue name) {
    TrAttrs *a = (TrAttrs *)attrs;
    intptr_t i = tr_shape_index(a->shape, name);
    return i < 0 ? NULL : &a->values[i];
}

TrValue tr_attrs_get(TrValue attrs, TrValue name) {
    TrValue *v = attrs_slot(attrs, name);
    return v ? *v : 0;
}

TrValue tr_attrs_set(TrValue *slot, TrValue name, TrValue v, TrType *t) {
    if (!*slot) *slot = tr_attrs_new(t);
    TrValue *at = attrs_slot(*slot, name);
    if (at) {
        *at = v;
        return *slot;
    }
    TrAttrs *a = (TrAttrs *)*slot;
    TrShape *next = shape_add(a->shape, name);
    if (!next) {
        TrValue d = tr_attrs_to_dict(*slot);
        if (!d || tr_dict_set(d, name, v) < 0) return 0;
        return *slot = d;
    }
    if (next->n > a->cap) {
        TrAttrs *grown = attrs_new(next, a->cap * 2 > next->n ? a->cap * 2 : next->n);
        memcpy(grown->values, a->values, sizeof(TrValue) * a->shape->n);
        a = grown;
        *slot = (TrValue)a;
    }
    a->values[next->n - 1] = v;
    a->shape = next;
    if (next->n > t->shape_hint) t->shape_hint = next->n;
    return *slot;
}
