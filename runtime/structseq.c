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

void tr_structseq_ready(TrType *type, const char *module, const TrStructSeqFields *fields) {
    type->ob.type = &tr_type_type;
    type->basicsize = sizeof(TrTuple);
    type->base = &tr_tuple_type;
    type->flags |= TR_TF_TUPLE_SUBCLASS;
    type->module = tr_str_from_cstr(module);
    type->getattr = tr_structseq_getattr;
    type->repr = structseq_repr;
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
