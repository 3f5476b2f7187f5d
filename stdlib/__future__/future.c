/* __future__ — the feature records of CPython 3.11's Lib/__future__.py.  The compiler
 * handles `from __future__ import NAME` itself (parse.c checks the names and the
 * placement; `annotations` keeps annotations as strings); this module gives the names
 * their values at run time: _Feature objects with the release tuples and flags. */
#include "tr.h"

typedef struct Feature {
    TrObject ob;
    TrValue optional, mandatory, flag; /* tuple, tuple or None, int */
} Feature;

static TrValue feature_optional(TrValue self) { return ((Feature *)self)->optional; }
static TrValue feature_mandatory(TrValue self) { return ((Feature *)self)->mandatory; }
static TrValue feature_flag(TrValue self) { return ((Feature *)self)->flag; }

static TrValue get_optional_release(TrValue *args, size_t nargs, TrValue kwnames) {
    return feature_optional(args[0]);
}
static TrValue get_mandatory_release(TrValue *args, size_t nargs, TrValue kwnames) {
    return feature_mandatory(args[0]);
}

static TrValue feature_repr(TrValue self) {
    Feature *f = (Feature *)self;
    TrValue parts[3] = {tr_repr(f->optional), tr_repr(f->mandatory), tr_repr(f->flag)};
    if (!parts[0] || !parts[1] || !parts[2]) return 0;
    TrBuf b;
    tr_buf_init(&b);
    tr_buf_printf(&b, "_Feature(%s, %s, %s)", tr_str_cstr(parts[0]), tr_str_cstr(parts[1]), tr_str_cstr(parts[2]));
    return tr_buf_finish(&b);
}

static TrType feature_type = {
    .ob = {&tr_type_type}, .name = "_Feature", .basicsize = sizeof(Feature), .repr = feature_repr,
};

static const TrMethodDef feature_methods[] = {
    {"getOptionalRelease", get_optional_release, TR_METH_INSTANCE},
    {"getMandatoryRelease", get_mandatory_release, TR_METH_INSTANCE},
    {0},
};

static TrValue release(int major, int minor, const char *level, int serial) {
    return tr_tuple_pack(5, TR_FROM_SMALL(major), TR_FROM_SMALL(minor), TR_FROM_SMALL(0),
                         tr_str_from_cstr(level), TR_FROM_SMALL(serial));
}

static const struct {
    const char *name;
    int opt_major, opt_minor; const char *opt_level; int opt_serial;
    int man_major, man_minor; const char *man_level; /* man_major 0: None */
    long flag;
} features[] = {
    {"nested_scopes", 2, 1, "beta", 1, 2, 2, "alpha", 0x10},
    {"generators", 2, 2, "alpha", 1, 2, 3, "final", 0},
    {"division", 2, 2, "alpha", 2, 3, 0, "alpha", 0x20000},
    {"absolute_import", 2, 5, "alpha", 1, 3, 0, "alpha", 0x40000},
    {"with_statement", 2, 5, "alpha", 1, 2, 6, "alpha", 0x80000},
    {"print_function", 2, 6, "alpha", 2, 3, 0, "alpha", 0x100000},
    {"unicode_literals", 2, 6, "alpha", 2, 3, 0, "alpha", 0x200000},
    {"barry_as_FLUFL", 3, 1, "alpha", 2, 4, 0, "alpha", 0x400000},
    {"generator_stop", 3, 5, "beta", 1, 3, 7, "alpha", 0x800000},
    {"annotations", 3, 7, "beta", 1, 0, 0, NULL, 0x1000000},
};

/* trmod_ + the module name with each "_" doubled (compiler/load.c, c_identifier) + _init */
TrValue trmod_____future_____init(void) {
    static TrValue m;
    if (m) return m;
    tr_type_ready(&feature_type);
    tr_type_add_methods(&feature_type, feature_methods);
    tr_type_add_getter(&feature_type, "optional", feature_optional);
    tr_type_add_getter(&feature_type, "mandatory", feature_mandatory);
    tr_type_add_getter(&feature_type, "compiler_flag", feature_flag);
    m = tr_module_new("__future__", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    size_t n = sizeof features / sizeof features[0];
    TrValue names = tr_list_new(0);
    for (size_t i = 0; i < n; i++) {
        Feature *f = (Feature *)tr_object_alloc(&feature_type, sizeof(Feature));
        f->optional = release(features[i].opt_major, features[i].opt_minor, features[i].opt_level, features[i].opt_serial);
        f->mandatory = features[i].man_major ? release(features[i].man_major, features[i].man_minor, features[i].man_level, 0)
                                             : tr_None;
        f->flag = tr_int_from_i64(features[i].flag);
        tr_module_add(m, features[i].name, (TrValue)f);
        tr_list_append(names, tr_str_from_cstr(features[i].name));
    }
    tr_module_add(m, "all_feature_names", names);
    tr_module_add(m, "_Feature", (TrValue)&feature_type);
    return m;
}
