/* _clocale.c — the C library's locale functions for the `locale` module (written in
 * Tauraro, stdlib/locale): setlocale, localeconv, nl_langinfo and its item constants,
 * strcoll, strxfrm, the LC_* categories, whether the program runs in CPython's
 * "UTF-8 mode" and what a C LC_CTYPE was coerced to. Importing it does what CPython
 * does at start-up (set_locale_as_cpython_does below): LC_CTYPE is set from the
 * environment, a C LC_CTYPE is coerced to C.UTF-8 (PEP 538), and a C or POSIX one
 * turns UTF-8 mode on (PEP 540) unless PYTHONUTF8 says otherwise.
 * Assumes: glibc; strings from the C library are UTF-8 (bytes that are not are read
 * as Latin-1); strcoll/strxfrm work on wchar_t as CPython's do. */
#include "tr.h"
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static bool utf8_mode;

/* A str from C library text: UTF-8 when valid, else Latin-1. */
static TrValue str_from_libc(const char *s) {
    size_t n = strlen(s);
    bool valid = true;
    for (size_t i = 0; i < n && valid;) {
        unsigned char c = (unsigned char)s[i];
        size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (!len || i + len > n) valid = false;
        for (size_t k = 1; valid && k < len; k++)
            if (((unsigned char)s[i + k] >> 6) != 2) valid = false;
        i += len ? len : 1;
    }
    if (valid) return tr_str_new(s, n);
    char *buf = tr_alloc_atomic(2 * n + 1);
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) buf[o++] = (char)c;
        else { buf[o++] = (char)(0xC0 | (c >> 6)); buf[o++] = (char)(0x80 | (c & 0x3F)); }
    }
    return tr_str_new(buf, o);
}

/* The code points of a str as a NUL-terminated wchar_t string (embedded NUL: ValueError). */
static wchar_t *wide_from_str(TrValue s) {
    const unsigned char *p = (const unsigned char *)tr_str_cstr(s);
    size_t n = TR_STR(s)->len;
    wchar_t *w = tr_alloc_atomic((n + 1) * sizeof(wchar_t));
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        unsigned c = p[i];
        size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        unsigned cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
        for (size_t k = 1; k < len; k++) cp = (cp << 6) | (p[i + k] & 0x3F);
        if (cp == 0) {
            tr_err(TR_EXC_TYPE(ValueError), "embedded null character");
            return NULL;
        }
        w[o++] = (wchar_t)cp;
        i += len;
    }
    w[o] = 0;
    return w;
}

static TrValue str_from_wide(const wchar_t *w, size_t n) {
    char *buf = tr_alloc_atomic(4 * n + 1);
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned cp = (unsigned)w[i];
        if (cp > 0x10FFFF) cp = 0xFFFD;
        if (cp < 0x80) buf[o++] = (char)cp;
        else if (cp < 0x800) { buf[o++] = (char)(0xC0 | (cp >> 6)); buf[o++] = (char)(0x80 | (cp & 0x3F)); }
        else if (cp < 0x10000) {
            buf[o++] = (char)(0xE0 | (cp >> 12)); buf[o++] = (char)(0x80 | ((cp >> 6) & 0x3F));
            buf[o++] = (char)(0x80 | (cp & 0x3F));
        } else {
            buf[o++] = (char)(0xF0 | (cp >> 18)); buf[o++] = (char)(0x80 | ((cp >> 12) & 0x3F));
            buf[o++] = (char)(0x80 | ((cp >> 6) & 0x3F)); buf[o++] = (char)(0x80 | (cp & 0x3F));
        }
    }
    return tr_str_new(buf, o);
}

static int require_str(const char *fname, const char *arg, int pos, TrValue v) {
    if (tr_str_check(v)) return 0;
    tr_err(TR_EXC_TYPE(TypeError), "%s() argument %s must be str, not %s", fname,
           arg ? arg : (pos == 1 ? "1" : "2"), TR_TYPE_NAME(v));
    return -1;
}

/* The program's LC_NUMERIC.  trc's runtime prints and parses floats with the C library
 * (snprintf, strtod), which follow the global LC_NUMERIC, where CPython's own dtoa does
 * not: a German LC_NUMERIC would make print(1.5) show "1,5".  So the global LC_NUMERIC
 * stays "C"; the one the program set is kept here, reported by setlocale queries and
 * put in place for this thread only (uselocale) while localeconv() and nl_langinfo()
 * read it. */
static char numeric_name[256] = "C";

/* setlocale() as the program sees it (see numeric_name): the new or current name of
 * the category, or NULL when the C library refuses (nothing changes then).  The name
 * is in a static buffer, valid until the next call. */
static const char *set_locale(int category, const char *name) {
    static char result[1024];
    if (category != LC_ALL && category != LC_NUMERIC) return setlocale(category, name);
    if (category == LC_NUMERIC && !name) return numeric_name;
    if (!name) setlocale(LC_NUMERIC, numeric_name); /* an LC_ALL query names it */
    const char *r = setlocale(category, name);
    if (!r) return NULL; /* refused: the global LC_NUMERIC is still "C" */
    snprintf(result, sizeof result, "%s", r);
    const char *numeric = setlocale(LC_NUMERIC, NULL);
    if (numeric && strlen(numeric) < sizeof numeric_name) strcpy(numeric_name, numeric);
    setlocale(LC_NUMERIC, "C");
    return result;
}

/* Runs with the program's LC_NUMERIC as this thread's locale: returns the locale to
 * give back to end_numeric (0 when LC_NUMERIC is "C" and nothing changed). */
static locale_t begin_numeric(locale_t *made) {
    *made = 0;
    if (!strcmp(numeric_name, "C")) return 0;
    locale_t base = duplocale(LC_GLOBAL_LOCALE);
    locale_t loc = base ? newlocale(LC_NUMERIC_MASK, numeric_name, base) : 0;
    if (!loc) {
        if (base) freelocale(base);
        return 0;
    }
    *made = loc;
    return uselocale(loc);
}

static void end_numeric(locale_t previous, locale_t made) {
    if (!made) return;
    uselocale(previous);
    freelocale(made);
}

/* setlocale(category, locale=None): the locale's name, or None when the C library
 * refuses (the locale module turns that into locale.Error). */
static TrValue py_setlocale(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"category", "locale", NULL};
    TrValue a[2];
    if (tr_parse_args("setlocale", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    int category;
    if (tr_as_c_int(a[0], &category) < 0) return 0;
    const char *name = NULL;
    if (a[1] && a[1] != tr_None) {
        if (!tr_str_check(a[1]))
            return tr_err(TR_EXC_TYPE(TypeError), "setlocale() argument 'locale' must be str or None, not %s",
                          TR_TYPE_NAME(a[1]));
        name = tr_str_cstr(a[1]);
        if (strlen(name) != TR_STR(a[1])->len) return tr_err(TR_EXC_TYPE(ValueError), "embedded null character");
    }
    const char *result = set_locale(category, name);
    return result ? str_from_libc(result) : tr_None;
}

/* A grouping string as CPython lists it: the sizes up to and including the final 0 or
 * CHAR_MAX, [] when empty. */
static TrValue grouping_list(const char *s) {
    TrValue list = tr_list_new(0);
    if (!s[0]) return list;
    size_t i = 0;
    do {
        if (tr_list_append(list, tr_int_from_i64(s[i])) < 0) return 0;
    } while (s[i] != '\0' && s[i++] != CHAR_MAX);
    return list;
}

static TrValue conventions(struct lconv *lc);

static TrValue py_localeconv(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("localeconv", kwnames) < 0 || tr_check_nargs("localeconv", nargs, 0, 0) < 0) return 0;
    locale_t made, previous = begin_numeric(&made);
    TrValue d = conventions(localeconv());
    end_numeric(previous, made);
    return d;
}

/* localeconv()'s dict, in CPython's key order */
static TrValue conventions(struct lconv *lc) {
    TrValue d = tr_dict_new();
    struct { const char *key; const char *value; } strings[] = {
        {"int_curr_symbol", lc->int_curr_symbol}, {"currency_symbol", lc->currency_symbol},
        {"mon_decimal_point", lc->mon_decimal_point}, {"mon_thousands_sep", lc->mon_thousands_sep},
    };
    for (size_t i = 0; i < sizeof strings / sizeof *strings; i++)
        if (tr_dict_set_str(d, strings[i].key, str_from_libc(strings[i].value)) < 0) return 0;
    TrValue mon_grouping = grouping_list(lc->mon_grouping);
    if (!mon_grouping || tr_dict_set_str(d, "mon_grouping", mon_grouping) < 0) return 0;
    if (tr_dict_set_str(d, "positive_sign", str_from_libc(lc->positive_sign)) < 0 ||
        tr_dict_set_str(d, "negative_sign", str_from_libc(lc->negative_sign)) < 0) return 0;
    struct { const char *key; char value; } numbers[] = {
        {"int_frac_digits", lc->int_frac_digits}, {"frac_digits", lc->frac_digits},
        {"p_cs_precedes", lc->p_cs_precedes}, {"p_sep_by_space", lc->p_sep_by_space},
        {"n_cs_precedes", lc->n_cs_precedes}, {"n_sep_by_space", lc->n_sep_by_space},
        {"p_sign_posn", lc->p_sign_posn}, {"n_sign_posn", lc->n_sign_posn},
    };
    for (size_t i = 0; i < sizeof numbers / sizeof *numbers; i++)
        if (tr_dict_set_str(d, numbers[i].key, tr_int_from_i64(numbers[i].value)) < 0) return 0;
    if (tr_dict_set_str(d, "decimal_point", str_from_libc(lc->decimal_point)) < 0 ||
        tr_dict_set_str(d, "thousands_sep", str_from_libc(lc->thousands_sep)) < 0) return 0;
    TrValue grouping = grouping_list(lc->grouping);
    if (!grouping || tr_dict_set_str(d, "grouping", grouping) < 0) return 0;
    return d;
}

#define LANGINFO_ITEMS(X) \
    X(CODESET) X(D_T_FMT) X(D_FMT) X(T_FMT) X(T_FMT_AMPM) X(AM_STR) X(PM_STR) \
    X(DAY_1) X(DAY_2) X(DAY_3) X(DAY_4) X(DAY_5) X(DAY_6) X(DAY_7) \
    X(ABDAY_1) X(ABDAY_2) X(ABDAY_3) X(ABDAY_4) X(ABDAY_5) X(ABDAY_6) X(ABDAY_7) \
    X(MON_1) X(MON_2) X(MON_3) X(MON_4) X(MON_5) X(MON_6) X(MON_7) X(MON_8) X(MON_9) \
    X(MON_10) X(MON_11) X(MON_12) \
    X(ABMON_1) X(ABMON_2) X(ABMON_3) X(ABMON_4) X(ABMON_5) X(ABMON_6) X(ABMON_7) \
    X(ABMON_8) X(ABMON_9) X(ABMON_10) X(ABMON_11) X(ABMON_12) \
    X(RADIXCHAR) X(THOUSEP) X(YESEXPR) X(NOEXPR) X(CRNCYSTR) \
    X(ERA) X(ERA_D_FMT) X(ERA_D_T_FMT) X(ERA_T_FMT) X(ALT_DIGITS)

static const struct { const char *name; nl_item item; } langinfo_items[] = {
#define LANGINFO_ENTRY(n) {#n, n},
    LANGINFO_ITEMS(LANGINFO_ENTRY)
#undef LANGINFO_ENTRY
    {NULL, 0},
};

static TrValue py_nl_langinfo(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("nl_langinfo", kwnames) < 0 || tr_check_nargs("nl_langinfo", nargs, 1, 1) < 0) return 0;
    int key;
    if (tr_as_c_int(args[0], &key) < 0) return 0;
    for (size_t i = 0; langinfo_items[i].name; i++)
        if ((int)langinfo_items[i].item == key) {
            locale_t made, previous = begin_numeric(&made);
            TrValue v = str_from_libc(nl_langinfo(langinfo_items[i].item));
            end_numeric(previous, made);
            return v;
        }
    return tr_err(TR_EXC_TYPE(ValueError), "unsupported langinfo constant");
}

static TrValue py_strcoll(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("strcoll", kwnames) < 0 || tr_check_nargs("strcoll", nargs, 2, 2) < 0) return 0;
    if (require_str("strcoll", NULL, 1, args[0]) < 0 || require_str("strcoll", NULL, 2, args[1]) < 0) return 0;
    wchar_t *a = wide_from_str(args[0]), *b = a ? wide_from_str(args[1]) : NULL;
    if (!b) return 0;
    return tr_int_from_i64(wcscoll(a, b));
}

static TrValue py_strxfrm(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("strxfrm", kwnames) < 0 || tr_check_nargs("strxfrm", nargs, 1, 1) < 0) return 0;
    if (require_str("strxfrm", "", 1, args[0]) < 0) return 0;
    wchar_t *s = wide_from_str(args[0]);
    if (!s) return 0;
    size_t n = wcsxfrm(NULL, s, 0);
    wchar_t *out = tr_alloc_atomic((n + 1) * sizeof(wchar_t));
    wcsxfrm(out, s, n + 1);
    return str_from_wide(out, n);
}

static TrValue py_utf8_mode(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("utf8_mode", kwnames) < 0 || tr_check_nargs("utf8_mode", nargs, 0, 0) < 0) return 0;
    return tr_bool(utf8_mode);
}

/* CPython's start-up (PEP 538, PEP 540): LC_CTYPE from the environment; UTF-8 mode
 * when that is the C or POSIX locale (PYTHONUTF8=0/1 decides when set); and unless
 * LC_ALL is set or PYTHONCOERCECLOCALE=0, a C LC_CTYPE is coerced to the first of
 * C.UTF-8, C.utf8, UTF-8 that works: LC_CTYPE is set to it in the environment and
 * every category is then set from the environment. */
static const char *coerced_to; /* the coercion target, or NULL */

static void set_locale_as_cpython_does(void) {
    const char *ctype = setlocale(LC_CTYPE, "");
    if (!ctype) ctype = setlocale(LC_CTYPE, NULL); /* an environment locale not installed */
    bool legacy = ctype && (!strcmp(ctype, "C") || !strcmp(ctype, "POSIX"));
    const char *utf8_env = getenv("PYTHONUTF8");
    utf8_mode = utf8_env && *utf8_env ? !strcmp(utf8_env, "1") : legacy;
    const char *coerce_env = getenv("PYTHONCOERCECLOCALE");
    const char *lc_all = getenv("LC_ALL");
    if ((coerce_env && !strcmp(coerce_env, "0")) || (lc_all && *lc_all) || !ctype || strcmp(ctype, "C"))
        return;
    static const char *const targets[] = {"C.UTF-8", "C.utf8", "UTF-8", NULL};
    for (int i = 0; targets[i]; i++) {
        if (!setlocale(LC_CTYPE, targets[i])) continue;
        const char *codeset = nl_langinfo(CODESET);
        if (!codeset || !*codeset) {
            setlocale(LC_CTYPE, "");
            continue;
        }
        set_locale(LC_ALL, "");
        if (setenv("LC_CTYPE", targets[i], 1) == 0) {
            coerced_to = targets[i];
            set_locale(LC_ALL, "");
        }
        return;
    }
    setlocale(LC_CTYPE, "");
}

static TrValue py_coerced_to(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("coerced_to", kwnames) < 0 || tr_check_nargs("coerced_to", nargs, 0, 0) < 0) return 0;
    return coerced_to ? tr_str_from_cstr(coerced_to) : tr_None;
}

static const TrMethodDef clocale_functions[] = {
    {"setlocale", py_setlocale}, {"localeconv", py_localeconv}, {"nl_langinfo", py_nl_langinfo},
    {"strcoll", py_strcoll}, {"strxfrm", py_strxfrm}, {"utf8_mode", py_utf8_mode},
    {"coerced_to", py_coerced_to}, {0},
};

TrValue trmod___clocale_init(void) {
    static TrValue m;
    if (m) return m;
    set_locale_as_cpython_does();
    m = tr_module_new("_clocale", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, clocale_functions);
    static const TrIntConstant constants[] = {
        {"LC_CTYPE", LC_CTYPE}, {"LC_COLLATE", LC_COLLATE}, {"LC_TIME", LC_TIME},
        {"LC_MONETARY", LC_MONETARY}, {"LC_NUMERIC", LC_NUMERIC}, {"LC_ALL", LC_ALL},
        {"LC_MESSAGES", LC_MESSAGES}, {"CHAR_MAX", CHAR_MAX},
    };
    tr_module_add_int_constants(m, constants, sizeof constants / sizeof *constants);
    for (size_t i = 0; langinfo_items[i].name; i++)
        tr_module_add(m, langinfo_items[i].name, tr_int_from_i64(langinfo_items[i].item));
    return m;
}
