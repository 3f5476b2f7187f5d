/* structseq.c — CPython's struct sequences (os.stat_result, time.struct_time,
 * pwd.struct_passwd, ...): tuples of a static C type whose items also have names.
 * The first `visible` fields are the tuple; the rest (hidden: os.stat_result's float
 * times) are stored after the tuple's len in its items and reached by name only.
 * Assumes: the type is a static TrType whose `extra` the owner leaves to this file. */
#include "tr.h"

/* the fields of self's struct sequence type (a user subclass reaches its base's) */
static const TrStructSeqFields *fields_of(TrValue self) {
    for (TrType *t = TR_TYPE(self); t; t = t->base)
        if (t->getattr == tr_structseq_getattr && t->extra) /* a user subclass inherits getattr, not extra */
            return t->extra;
    return NULL;
}

TrValue tr_structseq_getattr(TrValue self, TrValue name) {
    const TrStructSeqFields *f = fields_of(self);
    if (f) {
        for (size_t i = f->all; i-- > 0;) /* the last of two same names wins: stat's float times */
            if (tr_str_eq_cstr(name, f->names[i])) return TR_TUPLE(self)->items[i];
    }
    return tr_generic_getattr(self, name);
}

/* "module.name(field=repr, ...)" over the visible fields */
static TrValue structseq_repr(TrValue self) {
    const TrStructSeqFields *f = fields_of(self);
    TrType *t = TR_TYPE(self);
    TrBuf b;
    tr_buf_init(&b);
    tr_buf_printf(&b, "%s.%s(", t->module ? tr_str_cstr(t->module) : "builtins", t->name);
    for (size_t i = 0; f && i < f->visible; i++) {
        tr_buf_printf(&b, "%s%s=", i ? ", " : "", f->names[i]);
        if (tr_buf_add_repr(&b, TR_TUPLE(self)->items[i]) < 0) return 0;
    }
    tr_buf_addc(&b, ')');
    return tr_buf_finish(&b);
}

/* type(sequence, dict=None): the visible fields from the sequence, hidden ones from it
 * too when it is longer, else from dict by name, else None; CPython's texts */
static TrValue structseq_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"sequence", "dict", NULL};
    TrValue a[2];
    if (tr_parse_args("structseq", args, nargs, kwnames, kw, 1, a) < 0) return 0; /* CPython's clinic name */
    const TrStructSeqFields *f = NULL;
    for (TrType *t = type; t && !f; t = t->base)
        if (t->getattr == tr_structseq_getattr) f = t->extra;
    TrValue seq = tr_isinstance_type(a[0], &tr_tuple_type) || tr_isinstance_type(a[0], &tr_list_type)
                      ? tr_tuple_from_iterable(a[0]) : 0;
    if (!seq) return tr_err(TR_EXC_TYPE(TypeError), "constructor requires a sequence");
    if (a[1] && a[1] != tr_None && !tr_isinstance_type(a[1], &tr_dict_type))
        return tr_err(TR_EXC_TYPE(TypeError), "%s.%s() takes a dict as second arg, if any", tr_str_cstr(type->module), type->name);
    size_t len = TR_TUPLE(seq)->len;
    if (len < f->visible || len > f->all) {
        size_t bound = len < f->visible ? f->visible : f->all;
        return tr_err(TR_EXC_TYPE(TypeError), "%s.%s() takes %s%zu-sequence (%zu-sequence given)",
                      tr_str_cstr(type->module), type->name,
                      f->visible == f->all ? "a " : len < f->visible ? "an at least " : "an at most ", bound, len);
    }
    TrTuple *t = (TrTuple *)tr_object_alloc(type, sizeof(TrTuple) + f->all * sizeof(TrValue));
    t->len = f->visible;
    for (size_t i = 0; i < f->all; i++) {
        TrValue v = i < len ? TR_TUPLE(seq)->items[i] : a[1] && a[1] != tr_None ? tr_dict_get_str(a[1], f->names[i]) : 0;
        t->items[i] = v ? v : tr_None;
    }
    return (TrValue)t;
}

void tr_structseq_ready(TrType *type, const char *module, const TrStructSeqFields *fields) {
    type->ob.type = &tr_type_type;
    type->basicsize = sizeof(TrTuple);
    type->base = &tr_tuple_type;
    type->flags |= TR_TF_TUPLE_SUBCLASS;
    type->module = tr_str_from_cstr(module);
    type->getattr = tr_structseq_getattr;
    type->repr = structseq_repr;
    type->new_ = structseq_new;
    type->extra = (void *)fields;
    tr_type_ready(type);
    tr_dict_set_str(type->dict, "n_fields", TR_FROM_SMALL(fields->all));
    tr_dict_set_str(type->dict, "n_sequence_fields", TR_FROM_SMALL(fields->visible));
    tr_dict_set_str(type->dict, "n_unnamed_fields", TR_FROM_SMALL(fields->unnamed));
}

TrValue tr_structseq_new(TrType *type) {
    const TrStructSeqFields *f = type->extra;
    TrTuple *t = (TrTuple *)tr_object_alloc(type, sizeof(TrTuple) + f->all * sizeof(TrValue));
    t->len = f->visible;
    return (TrValue)t;
}
