/* pwd.c — the `pwd` module: the password database (getpwuid, getpwnam, getpwall) as
 * pwd.struct_passwd struct sequences, with CPython 3.11's errors.  Assumes: glibc's
 * getpw* functions (their static buffers are safe under the GIL). */
#include "tr.h"
#include <errno.h>
#include <pwd.h>
#include <string.h>

static const char *const passwd_names[] = {"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"};
static const TrStructSeqFields passwd_fields = {passwd_names, 7, 7, 0};
static TrType struct_passwd_type = {.name = "struct_passwd"};

static TrValue passwd_entry(const struct passwd *p) {
    TrTuple *t = (TrTuple *)tr_structseq_new(&struct_passwd_type);
    TrValue v[7] = {tr_str_from_cstr(p->pw_name), tr_str_from_cstr(p->pw_passwd ? p->pw_passwd : ""),
                    tr_from_id(p->pw_uid), tr_from_id(p->pw_gid), tr_str_from_cstr(p->pw_gecos ? p->pw_gecos : ""),
                    tr_str_from_cstr(p->pw_dir), tr_str_from_cstr(p->pw_shell)};
    for (int i = 0; i < 7; i++)
        if (!(t->items[i] = v[i])) return 0;
    return (TrValue)t;
}

static TrValue py_getpwuid(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/uidobj", NULL};
    TrValue a[1];
    if (tr_parse_args("pwd.getpwuid", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    uint32_t uid;
    if (tr_as_id(a[0], "uid", &uid) < 0) {
        if (tr_err_is(TR_EXC_TYPE(OverflowError))) {
            tr_err_clear();
            tr_err(TR_EXC_TYPE(KeyError), "getpwuid(): uid not found");
        }
        return 0;
    }
    struct passwd *p = getpwuid((uid_t)uid);
    if (!p) return tr_err(TR_EXC_TYPE(KeyError), "getpwuid(): uid not found: %s", tr_str_cstr(tr_repr(tr_from_id(uid))));
    return passwd_entry(p);
}

static TrValue py_getpwnam(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/name", NULL};
    TrValue a[1];
    if (tr_parse_args("pwd.getpwnam", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    if (!tr_str_check(a[0])) return tr_err(TR_EXC_TYPE(TypeError), "getpwnam() argument must be str, not %s", TR_TYPE_NAME(a[0]));
    const char *name = tr_str_cstr(a[0]);
    if (strlen(name) != TR_STR(a[0])->len) return tr_err(TR_EXC_TYPE(ValueError), "embedded null byte");
    struct passwd *p = getpwnam(name);
    if (!p) return tr_err(TR_EXC_TYPE(KeyError), "getpwnam(): name not found: %s", tr_str_cstr(tr_repr(a[0])));
    return passwd_entry(p);
}

static TrValue py_getpwall(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("pwd.getpwall", kwnames) < 0 || tr_check_nargs("pwd.getpwall", nargs, 0, 0) < 0) return 0;
    TrValue list = tr_list_new(0);
    setpwent();
    for (struct passwd *p; (p = getpwent());) {
        TrValue e = passwd_entry(p);
        if (!e || tr_list_append(list, e) < 0) {
            endpwent();
            return 0;
        }
    }
    endpwent();
    return list;
}

static const TrMethodDef pwd_functions[] = {
    {"getpwuid", py_getpwuid}, {"getpwnam", py_getpwnam}, {"getpwall", py_getpwall}, {0},
};

TrValue trmod_pwd_init(void) {
    static TrValue m;
    if (m) return m;
    tr_structseq_ready(&struct_passwd_type, "pwd", &passwd_fields);
    m = tr_module_new("pwd", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, pwd_functions);
    tr_module_add(m, "struct_passwd", (TrValue)&struct_passwd_type);
    return m;
}
