/* exc_attrs.c — the attributes of exception objects as CPython defines them: the
 * getset descriptors of BaseException (args, __traceback__, __context__, __cause__),
 * its __suppress_context__ member, and the member fields of the families that carry
 * some (StopIteration.value, OSError.errno, SyntaxError.msg, ...), which live in the
 * exception object after its common part (TrException.fields), not in its __dict__.
 * Assumes: exceptions.c sizes each builtin exception type with tr_exc_basicsize before
 * readying it, and calls tr_exc_add_descriptors once they are all ready. */
#include "tr.h"

/* A family: the type that introduces fields and their names (its subclasses share them). */
typedef struct ExcFamily {
    TrType *type;
    const char *const *names;
} ExcFamily;

static const char *const stop_iteration_fields[] = {"value", NULL};
static const char *const system_exit_fields[] = {"code", NULL};
static const char *const import_error_fields[] = {"msg", "name", "path", NULL};
static const char *const name_error_fields[] = {"name", NULL};
static const char *const attribute_error_fields[] = {"name", "obj", NULL};
/* characters_written is a getset over the fifth field, not a member */
static const char *const os_error_fields[] = {"errno", "strerror", "filename", "filename2", "characters_written", NULL};
static const char *const syntax_error_fields[] = {"msg", "filename", "lineno", "offset", "text",
                                                  "end_lineno", "end_offset", "print_file_and_line", NULL};
static const char *const unicode_error_fields[] = {"encoding", "object", "start", "end", "reason", NULL};

static const ExcFamily families[] = {
    {TR_EXC_TYPE(StopIteration), stop_iteration_fields},
    {TR_EXC_TYPE(SystemExit), system_exit_fields},
    {TR_EXC_TYPE(ImportError), import_error_fields},
    {TR_EXC_TYPE(NameError), name_error_fields},
    {TR_EXC_TYPE(AttributeError), attribute_error_fields},
    {TR_EXC_TYPE(OSError), os_error_fields},
    {TR_EXC_TYPE(SyntaxError), syntax_error_fields},
    {TR_EXC_TYPE(UnicodeEncodeError), unicode_error_fields},
    {TR_EXC_TYPE(UnicodeDecodeError), unicode_error_fields},
    {TR_EXC_TYPE(UnicodeTranslateError), unicode_error_fields},
};
#define NFAMILIES (sizeof families / sizeof families[0])

static size_t count_names(const char *const *names) {
    size_t n = 0;
    while (names[n]) n++;
    return n;
}

static const ExcFamily *family_of(TrType *t) {
    for (size_t i = 0; i < NFAMILIES; i++)
        if (tr_type_is_subtype(t, families[i].type)) return &families[i];
    return NULL;
}

size_t tr_exc_basicsize(TrType *t) {
    for (size_t i = 0; i < NFAMILIES; i++)
        if (t == families[i].type) return sizeof(TrException) + count_names(families[i].names) * sizeof(TrValue);
    return t->base && t->base->flags & TR_TF_EXCEPTION ? t->base->basicsize : sizeof(TrException);
}

TrValue *tr_exc_field(TrValue exc, const char *name) {
    const ExcFamily *f = family_of(TR_TYPE(exc));
    if (!f) return NULL;
    for (size_t i = 0; f->names[i]; i++)
        if (!strcmp(f->names[i], name)) return &TR_EXC(exc)->fields[i];
    return NULL;
}

int tr_exc_init_keywords(TrValue self, TrValue *values, TrValue kwnames) {
    size_t n = kwnames ? TR_TUPLE(kwnames)->len : 0;
    if (!n) return 0;
    TrType *t = TR_TYPE(self);
    /* as the argument parsers of CPython's ImportError, NameError and AttributeError */
    static const char *const import_keywords[] = {"name", "path", NULL};
    static const struct { TrType *type; const char *const *names; } keywords[] = {
        {TR_EXC_TYPE(ImportError), import_keywords},
        {TR_EXC_TYPE(NameError), name_error_fields},
        {TR_EXC_TYPE(AttributeError), attribute_error_fields},
    };
    for (size_t k = 0; k < sizeof keywords / sizeof keywords[0]; k++) {
        if (!tr_type_is_subtype(t, keywords[k].type)) continue;
        for (size_t i = 0; i < n; i++) {
            const char *kw = tr_str_cstr(TR_TUPLE(kwnames)->items[i]);
            bool known = false;
            for (size_t j = 0; keywords[k].names[j]; j++) known |= !strcmp(kw, keywords[k].names[j]);
            if (!known) {
                tr_err(TR_EXC_TYPE(TypeError), "'%s' is an invalid keyword argument for %s()", kw, keywords[k].type->name);
                return -1;
            }
            *tr_exc_field(self, kw) = values[i];
        }
        return 0;
    }
    if (t->flags & TR_TF_HEAPTYPE) return 0; /* BaseException.__init__ leaves them to the subclass */
    tr_err(TR_EXC_TYPE(TypeError), "%s() takes no keyword arguments", t->name);
    return -1;
}

/* ---------------------------------------------------------------- BaseException's getsets */

static TrValue get_args(TrValue self) { return TR_EXC(self)->args; }

static int set_args(TrValue self, TrValue v) {
    if (!v) return tr_err(TR_EXC_TYPE(TypeError), "args may not be deleted"), -1;
    TrValue t = tr_tuple_from_iterable(v);
    if (!t) return -1;
    TR_EXC(self)->args = t;
    return 0;
}

static TrValue get_traceback(TrValue self) { return TR_EXC(self)->tb ? (TrValue)TR_EXC(self)->tb : tr_None; }

int tr_exc_set_traceback(TrValue self, TrValue v) {
    if (!v) return tr_err(TR_EXC_TYPE(TypeError), "__traceback__ may not be deleted"), -1;
    if (v != tr_None && TR_TYPE(v) != &tr_traceback_type)
        return tr_err(TR_EXC_TYPE(TypeError), "__traceback__ must be a traceback or None"), -1;
    TR_EXC(self)->tb = v == tr_None ? 0 : (TrTraceback *)v;
    return 0;
}

static TrValue get_context(TrValue self) { return TR_EXC(self)->context ? TR_EXC(self)->context : tr_None; }
static TrValue get_cause(TrValue self) { return TR_EXC(self)->cause ? TR_EXC(self)->cause : tr_None; }

/* the new __context__ or __cause__ v of an exception (0 for None), or -1 with the error */
static int chained_exception(TrValue v, const char *what, TrValue *out) {
    if (!v) return tr_err(TR_EXC_TYPE(TypeError), "__%s__ may not be deleted", what), -1;
    if (v != tr_None && !tr_isinstance_type(v, TR_EXC_TYPE(BaseException)))
        return tr_err(TR_EXC_TYPE(TypeError), "exception %s must be None or derive from BaseException", what), -1;
    *out = v == tr_None ? 0 : v;
    return 0;
}

static int set_context(TrValue self, TrValue v) { return chained_exception(v, "context", &TR_EXC(self)->context); }

static int set_cause(TrValue self, TrValue v) {
    if (chained_exception(v, "cause", &TR_EXC(self)->cause) < 0) return -1;
    TR_EXC(self)->suppress_context = 1;
    return 0;
}

/* ---------------------------------------------------------------- OSError.characters_written */

enum { CHARACTERS_WRITTEN = 4 }; /* its index in os_error_fields */

static TrValue get_characters_written(TrValue self) {
    TrValue v = TR_EXC(self)->fields[CHARACTERS_WRITTEN];
    return v ? v : tr_err_value(TR_EXC_TYPE(AttributeError), TR_INTERN("characters_written"));
}

static int set_characters_written(TrValue self, TrValue v) {
    TrValue *field = &TR_EXC(self)->fields[CHARACTERS_WRITTEN];
    if (!v) {
        if (!*field) return tr_err_value(TR_EXC_TYPE(AttributeError), TR_INTERN("characters_written")), -1;
        *field = 0;
        return 0;
    }
    int64_t n;
    if (tr_index(v, &n) < 0) return -1;
    *field = tr_int_from_i64(n);
    return 0;
}

void tr_exc_add_descriptors(void) {
    TrType *base = TR_EXC_TYPE(BaseException);
    tr_type_add_getset(base, "args", get_args, set_args);
    tr_type_add_getset(base, "__traceback__", get_traceback, tr_exc_set_traceback);
    tr_type_add_getset(base, "__context__", get_context, set_context);
    tr_type_add_getset(base, "__cause__", get_cause, set_cause);
    tr_dict_set(base->dict, TR_INTERN("__suppress_context__"),
                tr_member_new_kind(base, TR_INTERN("__suppress_context__"), offsetof(TrException, suppress_context), TR_MEMBER_BOOL));
    for (size_t i = 0; i < NFAMILIES; i++) {
        TrType *t = families[i].type;
        for (size_t j = 0; families[i].names[j]; j++) {
            TrValue name = tr_str_intern(families[i].names[j]);
            if (t == TR_EXC_TYPE(OSError) && j == CHARACTERS_WRITTEN)
                tr_type_add_getset(t, "characters_written", get_characters_written, set_characters_written);
            else
                tr_dict_set(t->dict, name, tr_member_new_kind(t, name, offsetof(TrException, fields) + j * sizeof(TrValue), TR_MEMBER_OBJECT));
        }
    }
}
