/* grp.c — the `grp` module: the group database (getgrgid, getgrnam, getgrall) as
 * grp.struct_group struct sequences, with CPython 3.11's errors.  Assumes: glibc's
 * getgr* functions (their static buffers are safe under the GIL). */
#include "tr.h"
#include <grp.h>
#include <string.h>

static const char *const group_names[] = {"gr_name", "gr_passwd", "gr_gid", "gr_mem"};
static const TrStructSeqFields group_fields = {group_names, 4, 4, 0};
static TrType struct_group_type = {.name = "struct_group"};

static TrValue group_entry(const struct group *g) {
    TrValue members = tr_list_new(0);
    for (char **m = g->gr_mem; m && *m; m++)
        if (tr_list_append(members, tr_str_from_cstr(*m)) < 0) return 0;
    TrTuple *t = (TrTuple *)tr_structseq_new(&struct_group_type);
    TrValue v[4] = {tr_str_from_cstr(g->gr_name), tr_str_from_cstr(g->gr_passwd ? g->gr_passwd : ""),
                    tr_from_id(g->gr_gid), members};
    for (int i = 0; i < 4; i++)
        if (!(t->items[i] = v[i])) return 0;
    return (TrValue)t;
}

/* CPython names the argument as given, by str(), when it is not found */
static TrValue gid_not_found(TrValue id) {
    TrValue s = tr_str(id);
    return s ? tr_err(TR_EXC_TYPE(KeyError), "getgrgid(): gid not found: %s", tr_str_cstr(s)) : 0;
}

static TrValue py_getgrgid(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"id", NULL};
    TrValue a[1];
    if (tr_parse_args("getgrgid", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    uint32_t gid;
    if (tr_as_id(a[0], "gid", &gid) < 0) return 0; /* unlike pwd, CPython lets OverflowError through */
    struct group *g = getgrgid((gid_t)gid);
    return g ? group_entry(g) : gid_not_found(a[0]);
}

static TrValue py_getgrnam(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"name", NULL};
    TrValue a[1];
    if (tr_parse_args("getgrnam", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    if (!tr_str_check(a[0]))
        return tr_err(TR_EXC_TYPE(TypeError), "getgrnam() argument 'name' must be str, not %s", TR_TYPE_NAME(a[0]));
    const char *name = tr_str_cstr(a[0]);
    if (strlen(name) != TR_STR(a[0])->len) return tr_err(TR_EXC_TYPE(ValueError), "embedded null byte");
    struct group *g = getgrnam(name);
    if (!g) return tr_err(TR_EXC_TYPE(KeyError), "getgrnam(): name not found: %s", tr_str_cstr(tr_repr(a[0])));
    return group_entry(g);
}

static TrValue py_getgrall(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("getgrall", kwnames) < 0 || tr_check_nargs("getgrall", nargs, 0, 0) < 0) return 0;
    TrValue list = tr_list_new(0);
    setgrent();
    for (struct group *g; (g = getgrent());) {
        TrValue e = group_entry(g);
        if (!e || tr_list_append(list, e) < 0) {
            endgrent();
            return 0;
        }
    }
    endgrent();
    return list;
}

static const TrMethodDef grp_functions[] = {
    {"getgrgid", py_getgrgid}, {"getgrnam", py_getgrnam}, {"getgrall", py_getgrall}, {0},
};

TrValue trmod_grp_init(void) {
    static TrValue m;
    if (m) return m;
    tr_structseq_ready(&struct_group_type, "grp", &group_fields);
    m = tr_module_new("grp", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, grp_functions);
    tr_module_add(m, "struct_group", (TrValue)&struct_group_type);
    return m;
}
