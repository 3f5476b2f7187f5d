/* builtins.c — the builtins namespace: builtin functions (print, len, sorted, min,
 * max, sum, round, isinstance, ...) and the names of the builtin types and
 * exceptions.  Each function follows CPython 3.11's signature and error texts. */
#include "tr.h"
#include <unistd.h>
#include "strbase.h"
#include "seq.h"
#include "tr_compiled.h"
#include <stdlib.h>

TrValue tr_builtins_dict;
TrValue tr_direct_builtins[TR_DIRECT_COUNT];

#define BUILTIN(name) static TrValue bi_##name(TrValue *args, size_t nargs, TrValue kwnames)
#define ONE_ARG(fname) if (tr_no_kwargs(fname, kwnames) < 0 || tr_check_nargs(fname, nargs, 1, 1) < 0) return 0

TrValue tr_builtin_lookup(const char *name) {
    TrValue v = tr_dict_get_str(tr_builtins_dict, name);
    if (v) return v;
    return tr_err(TR_EXC_TYPE(NameError), "name '%s' is not defined", name);
}

/* The builtins each compiled module reads (emit_c.c: the slots BI and their names
 * BIN, 0-terminated).  A store into builtins writes through to them, as a store into a
 * module's namespace does to its global slots, so every read sees builtins as it is
 * now, as in CPython, without a lookup.  A name builtins lacks is 0 in the slots. */
typedef struct BoundBuiltins {
    TrValue *slots;
    const char *const *names;
    struct BoundBuiltins *next;
} BoundBuiltins;
static BoundBuiltins *bound_builtins; /* malloc'ed: it holds no collected pointer */

void tr_builtins_bind(TrValue *slots, const char *const *names) {
    for (size_t i = 0; names[i]; i++) slots[i] = tr_dict_get_str(tr_builtins_dict, names[i]);
    BoundBuiltins *b = malloc(sizeof *b);
    if (!b) abort();
    *b = (BoundBuiltins){slots, names, bound_builtins};
    bound_builtins = b;
}

void tr_builtins_store(TrValue key, TrValue v) {
    if (key && (TR_IS_SMALL(key) || key->type != &tr_str_type)) return; /* no name a module reads */
    const char *name = key ? tr_str_cstr(key) : NULL;
    for (BoundBuiltins *b = bound_builtins; b; b = b->next)
        for (size_t i = 0; b->names[i]; i++)
            if (!name || !strcmp(b->names[i], name)) b->slots[i] = v;
}

/* ---------------------------------------------------------------- output */

static int write_to(TrValue file, TrValue s) {
    if (file == tr_sys_stdout || file == tr_sys_stderr || TR_TYPE(file) == &tr_file_type)
        return tr_file_write_str(file, s);
    return tr_call_method_cstr(file, "write", 1, s) ? 0 : -1;
}

/* sys.stdout as the program sees it now: the sys module's attribute once sys has been
 * imported (the program may have replaced it, e.g. by an io.StringIO), else the process's
 * stdout. None makes print() write nothing, as in CPython. */
static TrValue current_stdout(void) {
    TrValue sys = tr_sys_modules ? tr_dict_get_str(tr_sys_modules, "sys") : 0;
    if (!sys) return tr_sys_stdout;
    TrValue file = tr_getattr_opt(sys, TR_INTERN("stdout"));
    if (!file && !tr_err_occurred()) tr_err(TR_EXC_TYPE(RuntimeError), "lost sys.stdout");
    return file;
}

BUILTIN(print) {
    static const char *const kw[] = {"$sep", "$end", "$file", "$flush", NULL};
    TrValue opt[4];
    if (tr_parse_args("print", args + nargs, 0, kwnames, kw, 0, opt) < 0) return 0;
    TrValue sep = opt[0] && opt[0] != tr_None ? opt[0] : 0, end = opt[1] && opt[1] != tr_None ? opt[1] : 0;
    if (sep && !tr_str_check(sep)) return tr_err(TR_EXC_TYPE(TypeError), "sep must be None or a string, not %s", TR_TYPE_NAME(sep));
    if (end && !tr_str_check(end)) return tr_err(TR_EXC_TYPE(TypeError), "end must be None or a string, not %s", TR_TYPE_NAME(end));
    TrValue file = opt[2] && opt[2] != tr_None ? opt[2] : current_stdout();
    if (!file) return 0;
    if (file == tr_None) return tr_None;
    if (!(file == tr_sys_stdout || file == tr_sys_stderr || TR_TYPE(file) == &tr_file_type)) {
        /* another object's write() sees each piece, as CPython calls it */
        for (size_t i = 0; i < nargs; i++) {
            if (i && write_to(file, sep ? sep : TR_INTERN(" ")) < 0) return 0;
            TrValue s = tr_str(args[i]);
            if (!s || write_to(file, s) < 0) return 0;
        }
        if (write_to(file, end ? end : TR_INTERN("\n")) < 0) return 0;
        if (opt[3] && tr_truthy(opt[3]) == 1 && !tr_call_method_cstr(file, "flush", 0)) return 0;
        return tr_None;
    }
    TrBuf b;
    tr_buf_init(&b);
    for (size_t i = 0; i < nargs; i++) {
        if (i) {
            if (sep) tr_buf_add(&b, tr_str_cstr(sep), TR_STR(sep)->len);
            else tr_buf_addc(&b, ' ');
        }
        if (tr_buf_add_str(&b, args[i]) < 0) return 0;
    }
    if (end) tr_buf_add(&b, tr_str_cstr(end), TR_STR(end)->len);
    else tr_buf_addc(&b, '\n');
    if (write_to(file, tr_buf_finish(&b)) < 0) return 0;
    if (opt[3] && tr_truthy(opt[3]) == 1 && !tr_call_method_cstr(file, "flush", 0)) return 0;
    return tr_None;
}

TrValue tr_print_value(TrValue v) { return bi_print(&v, 1, 0); }

TrValue (*tr_input_hook)(TrValue prompt);

/* the stream f is the terminal on fd: CPython's test before it calls the line editor */
static int is_console(TrValue f, int fd) {
    TrValue no = tr_call_method_cstr(f, "fileno", 0);
    int64_t n;
    if (!no || tr_index(no, &n) < 0) {
        tr_err_clear();
        return 0;
    }
    return n == fd && isatty(fd);
}

BUILTIN(input) {
    if (tr_check_nargs("input", nargs, 0, 1) < 0) return 0;
    if (tr_input_hook && is_console(tr_sys_stdin, 0) && is_console(tr_sys_stdout, 1)) {
        TrValue prompt = nargs ? tr_str(args[0]) : TR_INTERN("");
        if (!prompt) return 0;
        if (!tr_call_method_cstr(tr_sys_stderr, "flush", 0)) tr_err_clear(); /* as CPython: ignored */
        if (!tr_call_method_cstr(tr_sys_stdout, "flush", 0)) tr_err_clear();
        TrValue line = tr_input_hook(prompt);
        if (!line && !tr_err_occurred()) return tr_err(TR_EXC_TYPE(EOFError), "EOF when reading a line");
        return line;
    }
    if (nargs) {
        TrValue s = tr_str(args[0]);
        if (!s || tr_file_write_str(tr_sys_stdout, s) < 0) return 0;
    }
    if (!tr_call_method_cstr(tr_sys_stdout, "flush", 0)) tr_err_clear(); /* as CPython: ignored */
    TrValue line = tr_call_method_cstr(tr_sys_stdin, "readline", 0);
    if (!line) return 0;
    size_t n = TR_STR(line)->len;
    if (n == 0) return tr_err(TR_EXC_TYPE(EOFError), "EOF when reading a line");
    if (tr_str_cstr(line)[n - 1] == '\n') return tr_str_new(tr_str_cstr(line), n - 1);
    return line;
}

/* ---------------------------------------------------------------- introspection */

TrValue tr_builtin_len(TrValue v) {
    intptr_t n = tr_len(v);
    return n < 0 ? 0 : tr_int_from_i64(n);
}
BUILTIN(len) { ONE_ARG("len"); return tr_builtin_len(args[0]); }

TrValue tr_builtin_repr(TrValue v) { return tr_repr(v); }
BUILTIN(repr) { ONE_ARG("repr"); return tr_builtin_repr(args[0]); }
BUILTIN(ascii) { ONE_ARG("ascii"); return tr_ascii(args[0]); }

TrValue tr_builtin_hash(TrValue v) {
    int64_t h = tr_hash(v);
    return h == -1 ? 0 : tr_int_from_i64(h);
}
BUILTIN(hash) { ONE_ARG("hash"); return tr_builtin_hash(args[0]); }

BUILTIN(id) {
    ONE_ARG("id");
    return tr_int_from_u64((uint64_t)(uintptr_t)args[0]);
}

BUILTIN(callable) { ONE_ARG("callable"); return tr_bool(tr_callable(args[0])); }

TrValue tr_builtin_isinstance(TrValue v, TrValue types) {
    int r = tr_isinstance(v, types);
    return r < 0 ? 0 : tr_bool(r);
}
BUILTIN(isinstance) {
    if (TR_UNLIKELY(nargs != 2 || kwnames) && (tr_no_kwargs("isinstance", kwnames) < 0 || tr_check_nargs("isinstance", nargs, 2, 2) < 0))
        return 0;
    return tr_builtin_isinstance(args[0], args[1]);
}

BUILTIN(issubclass) {
    if (tr_no_kwargs("issubclass", kwnames) < 0 || tr_check_nargs("issubclass", nargs, 2, 2) < 0) return 0;
    int r = tr_issubclass(args[0], args[1]);
    return r < 0 ? 0 : tr_bool(r);
}

static int attr_name(TrValue v) {
    if (tr_str_check(v)) return 0;
    tr_err(TR_EXC_TYPE(TypeError), "attribute name must be string, not '%s'", TR_TYPE_NAME(v));
    return -1;
}

TrValue tr_builtin_getattr(TrValue obj, TrValue name, TrValue dflt) {
    if (attr_name(name) < 0) return 0;
    TrValue v = tr_getattr_opt(obj, name);
    return v || tr_err_occurred() ? v : dflt;
}

BUILTIN(getattr) {
    if (tr_check_nargs("getattr", nargs, 2, 3) < 0) return 0;
    if (nargs == 3) return tr_builtin_getattr(args[0], args[1], args[2]);
    return attr_name(args[1]) < 0 ? 0 : tr_getattr(args[0], args[1]);
}

TrValue tr_builtin_setattr(TrValue obj, TrValue name, TrValue v) {
    if (attr_name(name) < 0) return 0;
    return tr_setattr(obj, name, v) < 0 ? 0 : tr_None;
}

BUILTIN(setattr) {
    if (tr_check_nargs("setattr", nargs, 3, 3) < 0) return 0;
    return tr_builtin_setattr(args[0], args[1], args[2]);
}

BUILTIN(delattr) {
    if (tr_check_nargs("delattr", nargs, 2, 2) < 0 || attr_name(args[1]) < 0) return 0;
    return tr_delattr(args[0], args[1]) < 0 ? 0 : tr_None;
}

TrValue tr_builtin_hasattr(TrValue obj, TrValue name) {
    if (attr_name(name) < 0) return 0;
    int r = tr_hasattr(obj, name);
    return r < 0 ? 0 : tr_bool(r);
}

BUILTIN(hasattr) {
    if (tr_check_nargs("hasattr", nargs, 2, 2) < 0) return 0;
    return tr_builtin_hasattr(args[0], args[1]);
}

BUILTIN(vars) {
    if (tr_check_nargs("vars", nargs, 1, 1) < 0) return 0;
    TrValue d = tr_getattr_opt(args[0], TR_INTERN("__dict__"));
    if (!d && !tr_err_occurred())
        return tr_err(TR_EXC_TYPE(TypeError), "vars() argument must have __dict__ attribute");
    return d;
}

BUILTIN(dir) {
    if (tr_check_nargs("dir", nargs, 1, 1) < 0) return 0;
    /* a __dir__ of the object's class (not the builtin default): its result, sorted */
    TrValue custom = tr_type_lookup(TR_TYPE(args[0]), TR_INTERN("__dir__"));
    if (custom && TR_TYPE(custom) != &tr_builtin_type) {
        /* looked up on the type: a class's metaclass __dir__, not object.__dir__ of its MRO */
        TrType *ct = TR_TYPE(custom);
        TrValue m = ct->descr_get ? ct->descr_get(custom, args[0], (TrValue)TR_TYPE(args[0])) : custom;
        TrValue r = m ? tr_call(m, 0, 0, 0) : 0;
        TrValue l = r ? tr_list_from_iterable(r) : 0;
        return l && tr_list_sort(l, 0, 0) == 0 ? l : 0;
    }
    TrValue l = tr_dir_default(args[0], tr_isinstance_type(args[0], &tr_type_type));
    return l && tr_list_sort(l, 0, 0) == 0 ? l : 0;
}

/* object.__dir__ and type.__dir__ (unsorted): a module's names (or its own __dir__()); else the instance dict's
 * and those of the classes of the MRO of obj's type, or of obj itself as_class */
TrValue tr_dir_default(TrValue obj, bool as_class) {
    TrValue names = tr_set_new(0);
    TrValue *dslot = tr_instance_dict_slot(obj);
    if (dslot && *dslot) tr_set_update(names, *dslot);
    TrType *t = as_class ? (TrType *)obj : TR_TYPE(obj);
    for (size_t i = 0; i < TR_TUPLE(t->mro)->len; i++) tr_set_update(names, ((TrType *)TR_TUPLE(t->mro)->items[i])->dict);
    if (TR_TYPE(obj) == &tr_module_type) {
        TrValue d = tr_getattr_cstr(obj, "__dict__");
        if (!d) return 0;
        TrValue own_dir = tr_dict_get_str(d, "__dir__"); /* PEP 562 */
        if (own_dir) return tr_call(own_dir, 0, 0, 0);
        names = tr_set_new(d);
    }
    return tr_list_from_iterable(names);
}

/* ---------------------------------------------------------------- numbers */

TrValue tr_builtin_abs(TrValue v) {
    TrType *t = TR_TYPE(v);
    if (!t->abs) return tr_err(TR_EXC_TYPE(TypeError), "bad operand type for abs(): '%s'", t->name);
    return t->abs(v);
}
BUILTIN(abs) { ONE_ARG("abs"); return tr_builtin_abs(args[0]); }

BUILTIN(divmod) {
    if (tr_check_nargs("divmod", nargs, 2, 2) < 0) return 0;
    return tr_divmod(args[0], args[1]);
}

BUILTIN(pow) {
    static const char *const kw[] = {"base", "exp", "mod", NULL};
    TrValue a[3];
    if (tr_parse_args("pow", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    return tr_ternary_pow(a[0], a[1], a[2] ? a[2] : tr_None);
}

BUILTIN(round) {
    static const char *const kw[] = {"number", "ndigits", NULL};
    TrValue a[2];
    if (tr_parse_args("round", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    if (tr_float_check(a[0])) return tr_float_round(a[0], a[1] ? a[1] : tr_None);
    TrValue m = tr_type_lookup(TR_TYPE(a[0]), TR_INTERN("__round__"));
    if (!m) return tr_err(TR_EXC_TYPE(TypeError), "type %s doesn't define __round__ method", TR_TYPE_NAME(a[0]));
    if (a[1] && a[1] != tr_None) return tr_call_method_cstr(a[0], "__round__", 1, a[1]);
    return tr_call_method_cstr(a[0], "__round__", 0);
}

static TrValue int_to_prefixed(TrValue v, int base, const char *prefix) {
    TrValue i = tr_number_index(v);
    if (!i) return 0;
    TrValue digits = tr_int_to_str_base(i, base);
    if (!digits) return 0;
    const char *d = tr_str_cstr(digits);
    if (d[0] == '-') return tr_str_fmt("-%s%s", prefix, d + 1);
    return tr_str_fmt("%s%s", prefix, d);
}

BUILTIN(hex) { ONE_ARG("hex"); return int_to_prefixed(args[0], 16, "0x"); }
BUILTIN(oct) { ONE_ARG("oct"); return int_to_prefixed(args[0], 8, "0o"); }
BUILTIN(bin) { ONE_ARG("bin"); return int_to_prefixed(args[0], 2, "0b"); }

TrValue tr_builtin_chr(TrValue v) {
    int c;
    if (TR_IS_SMALL(v) && TR_SMALL_VAL(v) >= 0 && TR_SMALL_VAL(v) <= 0x10ffff) c = (int)TR_SMALL_VAL(v);
    else if (tr_as_c_int(v, &c) < 0) return 0;
    if (c < 0 || c > 0x10ffff) return tr_err(TR_EXC_TYPE(ValueError), "chr() arg not in range(0x110000)");
    char buf[8];
    if (c < 0x80) { /* the shared 1-character string */
        buf[0] = (char)c;
        return tr_str_new_ascii(buf, 1);
    }
    size_t n = tr_utf8_encode((uint32_t)c, buf);
    return tr_str_new(buf, n);
}
BUILTIN(chr) { ONE_ARG("chr"); return tr_builtin_chr(args[0]); }

TrValue tr_builtin_ord(TrValue s) {
    if (tr_str_check(s)) {
        if (TR_STR(s)->nchars != 1)
            return tr_err(TR_EXC_TYPE(TypeError), "ord() expected a character, but string of length %zu found", TR_STR(s)->nchars);
        uint32_t cp;
        tr_utf8_decode(tr_str_cstr(s), &cp);
        return TR_FROM_SMALL(cp);
    }
    size_t len;
    const char *data = tr_bytes_view(s, &len);
    if (data) {
        if (len != 1)
            return tr_err(TR_EXC_TYPE(TypeError), "ord() expected a character, but string of length %zu found", len);
        return TR_FROM_SMALL((unsigned char)data[0]);
    }
    return tr_err(TR_EXC_TYPE(TypeError), "ord() expected string of length 1, but %s found", TR_TYPE_NAME(s));
}
BUILTIN(ord) { ONE_ARG("ord"); return tr_builtin_ord(args[0]); }

BUILTIN(format) {
    if (tr_check_nargs("format", nargs, 1, 2) < 0) return 0;
    return tr_format(args[0], nargs > 1 ? args[1] : 0);
}

/* ---------------------------------------------------------------- iteration */

BUILTIN(aiter) {
    ONE_ARG("aiter");
    return tr_aiter_builtin(args[0]);
}

BUILTIN(anext) {
    if (tr_no_kwargs("anext", kwnames) < 0 || tr_check_nargs("anext", nargs, 1, 2) < 0) return 0;
    return tr_anext_builtin(args[0], nargs == 2 ? args[1] : 0);
}

BUILTIN(iter) {
    if (tr_check_nargs("iter", nargs, 1, 2) < 0) return 0;
    if (nargs == 2) {
        if (!tr_callable(args[0])) return tr_err(TR_EXC_TYPE(TypeError), "iter(v, w): v must be callable");
        return tr_callable_iter_new(args[0], args[1]);
    }
    return tr_iter(args[0]);
}

BUILTIN(next) {
    if (tr_check_nargs("next", nargs, 1, 2) < 0) return 0;
    if (!TR_TYPE(args[0])->next)
        return tr_err(TR_EXC_TYPE(TypeError), "'%s' object is not an iterator", TR_TYPE_NAME(args[0]));
    /* a user __next__ is called as such: its own StopIteration reaches the caller */
    TrType *t = TR_TYPE(args[0]);
    TrValue v = t->flags & TR_TF_HEAPTYPE ? tr_call_method_cstr(args[0], "__next__", 0) : tr_next_or_stop(args[0], t->next);
    if (!v && nargs == 2 && tr_err_is(TR_EXC_TYPE(StopIteration))) {
        tr_err_clear();
        return args[1];
    }
    return v;
}

static TrValue any_all(TrValue iterable, int want) {
    TrValue it = tr_iter(iterable);
    if (!it) return 0;
    TrValue v;
    while ((v = tr_next(it))) {
        int t = tr_truthy(v);
        if (t < 0) return 0;
        if (t == want) return tr_bool(want);
    }
    return tr_err_occurred() ? 0 : tr_bool(!want);
}

BUILTIN(any) { ONE_ARG("any"); return any_all(args[0], 1); }
BUILTIN(all) { ONE_ARG("all"); return any_all(args[0], 0); }
TrValue tr_builtin_any(TrValue iterable) { return any_all(iterable, 1); }
TrValue tr_builtin_all(TrValue iterable) { return any_all(iterable, 0); }

bool tr_sum_refuses_start(TrValue start) {
    return tr_str_check(start) || tr_bytes_check(start) || tr_isinstance_type(start, &tr_bytearray_type);
}

static TrValue sum_from(TrValue iterable, TrValue acc) {
    if (tr_sum_refuses_start(acc)) {
        if (tr_str_check(acc)) return tr_err(TR_EXC_TYPE(TypeError), "sum() can't sum strings [use ''.join(seq) instead]");
        return tr_err(TR_EXC_TYPE(TypeError), "sum() can't sum %s [use b''.join(seq) instead]",
                      tr_bytes_check(acc) ? "bytes" : "bytearray");
    }
    TrValue float_sum;
    if (tr_list_float_sum(iterable, acc, &float_sum)) return float_sum;
    TrValue it = tr_iter(iterable);
    if (!it) return 0;
    TrValue v;
    while ((v = tr_next(it))) {
        acc = tr_add(acc, v);
        if (!acc) return 0;
    }
    return tr_err_occurred() ? 0 : acc;
}

BUILTIN(sum) {
    static const char *const kw[] = {"/iterable", "start", NULL};
    TrValue a[2];
    if (tr_parse_args("sum", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    return sum_from(a[0], a[1] ? a[1] : TR_FROM_SMALL(0));
}
TrValue tr_builtin_sum(TrValue iterable) { return sum_from(iterable, TR_FROM_SMALL(0)); }

static TrValue min_max(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, int op) {
    static const char *const kw[] = {"$key", "$default", NULL};
    TrValue opt[2];
    if (tr_parse_args(fname, args + nargs, 0, kwnames, kw, 0, opt) < 0) return 0;
    if (nargs == 0) return tr_err(TR_EXC_TYPE(TypeError), "%s expected at least 1 argument, got 0", fname);
    TrValue key = opt[0] && opt[0] != tr_None ? opt[0] : 0;
    TrValue src;
    if (nargs == 1) src = args[0];
    else {
        if (opt[1]) return tr_err(TR_EXC_TYPE(TypeError), "Cannot specify a default for %s() with multiple positional arguments", fname);
        src = tr_tuple_from(args, nargs);
    }
    TrValue it = tr_iter(src);
    if (!it) return 0;
    TrValue best = 0, best_key = 0, v;
    while ((v = tr_next(it))) {
        TrValue k = key ? tr_call1(key, v) : v;
        if (!k) return 0;
        if (!best) { best = v; best_key = k; continue; }
        int better = tr_compare_bool(k, best_key, op);
        if (better < 0) return 0;
        if (better) { best = v; best_key = k; }
    }
    if (tr_err_occurred()) return 0;
    if (!best) {
        if (opt[1]) return opt[1];
        return tr_err(TR_EXC_TYPE(ValueError), "%s() arg is an empty sequence", fname);
    }
    return best;
}

BUILTIN(min) { return min_max("min", args, nargs, kwnames, TR_LT); }
BUILTIN(max) { return min_max("max", args, nargs, kwnames, TR_GT); }

/* min(a, b) and max(a, b) as min_max computes them: b replaces a if `b < a` (`b > a`). */
static TrValue min_max2(TrValue a, TrValue b, int op) {
    int better = tr_compare_bool(b, a, op);
    return better < 0 ? 0 : better ? b : a;
}
TrValue tr_builtin_min(TrValue a, TrValue b) { return min_max2(a, b, TR_LT); }
TrValue tr_builtin_max(TrValue a, TrValue b) { return min_max2(a, b, TR_GT); }

BUILTIN(sorted) {
    static const char *const kw[] = {"/iterable", "$key", "$reverse", NULL};
    TrValue a[3];
    if (nargs != 1)
        return tr_err(TR_EXC_TYPE(TypeError), nargs ? "sorted expected 1 argument, got %zu" : "sorted expected 1 argument, got 0", nargs);
    if (tr_parse_args("sorted", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    TrValue l = tr_list_from_iterable(a[0]);
    if (!l) return 0;
    int rev = 0; /* list.sort's reverse: a C int through __index__ */
    if (a[2] && tr_as_c_int(a[2], &rev) < 0) return 0;
    return tr_list_sort(l, a[1], rev) < 0 ? 0 : l;
}
TrValue tr_builtin_sorted(TrValue iterable) {
    TrValue l = tr_list_from_iterable(iterable);
    return !l || tr_list_sort(l, 0, 0) < 0 ? 0 : l;
}

/* ---------------------------------------------------------------- misc */

BUILTIN(exit) {
    TrValue code = nargs ? args[0] : tr_None;
    tr_err_value(TR_EXC_TYPE(SystemExit), code);
    return 0;
}

BUILTIN(open) { return tr_file_open(args, nargs, kwnames); }

BUILTIN(globals) { return tr_err(TR_EXC_TYPE(NotImplementedError), "globals() is not available through an alias in compiled programs"); }
BUILTIN(locals) { return tr_err(TR_EXC_TYPE(NotImplementedError), "locals() is not available through an alias or in a comprehension in compiled programs"); }
/* __import__(name, globals=None, locals=None, fromlist=(), level=0): the modules a
 * program imports are compiled in and imported where the program says (a literal
 * `__import__("m")` too: irgen.c), so the builtin finds them in sys.modules, or imports
 * one compiled in that has not run yet (its import statement was not reached); a module
 * the program never names is a ModuleNotFoundError, as one that does not exist. */
BUILTIN(__import__) {
    static const char *const kw[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    TrValue a[5];
    if (tr_parse_args("__import__", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    if (!tr_str_check(a[0])) return tr_err(TR_EXC_TYPE(TypeError), "module name must be a string");
    int64_t level = 0;
    if (a[4] && tr_index(a[4], &level) < 0) return 0;
    if (level < 0) return tr_err(TR_EXC_TYPE(ValueError), "level must be >= 0");
    if (level > 0)
        return tr_err(TR_EXC_TYPE(ImportError), "__import__() with a level is not available in compiled programs: use a relative import statement");
    const char *name = tr_str_cstr(a[0]);
    if (!*name) return tr_err(TR_EXC_TYPE(ValueError), "Empty module name");
    TrValue mod = tr_sys_modules ? tr_dict_get(tr_sys_modules, a[0]) : 0;
    if (!mod && !(mod = tr_import_compiled_in(name)) && tr_err_occurred()) return 0;
    if (!mod || mod == tr_None) return tr_err_no_module(name);
    int from = a[3] ? tr_truthy(a[3]) : 0;
    if (from) return from < 0 ? 0 : mod;
    const char *dot = strchr(name, '.');
    if (!dot) return mod;
    TrValue top = tr_dict_get(tr_sys_modules, tr_str_new(name, (size_t)(dot - name))); /* imported first */
    return top ? top : mod;
}

BUILTIN(eval) { return tr_err(TR_EXC_TYPE(NotImplementedError), "eval() is not available in compiled programs"); }
BUILTIN(exec) { return tr_err(TR_EXC_TYPE(NotImplementedError), "exec() is not available in compiled programs"); }
BUILTIN(compile) { return tr_err(TR_EXC_TYPE(NotImplementedError), "compile() is not available in compiled programs"); }

static const TrMethodDef builtin_functions[] = {
    {"print", bi_print}, {"input", bi_input}, {"len", bi_len}, {"repr", bi_repr}, {"ascii", bi_ascii},
    {"hash", bi_hash}, {"id", bi_id}, {"callable", bi_callable}, {"isinstance", bi_isinstance},
    {"issubclass", bi_issubclass}, {"getattr", bi_getattr}, {"setattr", bi_setattr}, {"delattr", bi_delattr},
    {"hasattr", bi_hasattr}, {"vars", bi_vars}, {"dir", bi_dir}, {"abs", bi_abs}, {"divmod", bi_divmod},
    {"pow", bi_pow}, {"round", bi_round}, {"hex", bi_hex}, {"oct", bi_oct}, {"bin", bi_bin}, {"chr", bi_chr},
    {"ord", bi_ord}, {"format", bi_format}, {"iter", bi_iter}, {"next", bi_next}, {"aiter", bi_aiter}, {"anext", bi_anext}, {"any", bi_any},
    {"all", bi_all}, {"sum", bi_sum}, {"min", bi_min}, {"max", bi_max}, {"sorted", bi_sorted},
    {"exit", bi_exit}, {"quit", bi_exit}, {"open", bi_open}, {"globals", bi_globals}, {"locals", bi_locals},
    {"eval", bi_eval}, {"exec", bi_exec}, {"compile", bi_compile}, {"__import__", bi___import__},
    {"breakpoint", tr_builtin_breakpoint}, {0},
};

static void add_type(const char *name, TrType *t) { tr_dict_set_str(tr_builtins_dict, name, (TrValue)t); }

void tr_init_builtins(void) {
    tr_builtins_dict = tr_dict_new();
    ((TrDict *)tr_builtins_dict)->builtins_ns = true;
    tr_add_roots(&tr_builtins_dict, sizeof tr_builtins_dict);
    TrValue module_name = tr_str_intern("builtins");
    for (const TrMethodDef *d = builtin_functions; d->name; d++) {
        TrValue fn = tr_builtin_new(d->name, d->fn);
        ((TrBuiltin *)fn)->module = module_name;
        tr_dict_set_str(tr_builtins_dict, d->name, fn);
    }
    tr_add_roots(tr_direct_builtins, sizeof tr_direct_builtins);
#define FIND_DIRECT(name, n) tr_direct_builtins[TR_DIRECT_##name] = tr_dict_get_str(tr_builtins_dict, #name);
    TR_DIRECT_BUILTINS(FIND_DIRECT)
#undef FIND_DIRECT
    struct { const char *name; TrType *type; } types[] = {
        {"object", &tr_object_type}, {"type", &tr_type_type}, {"int", &tr_int_type}, {"bool", &tr_bool_type},
        {"float", &tr_float_type}, {"complex", &tr_complex_type}, {"str", &tr_str_type}, {"bytes", &tr_bytes_type},
        {"bytearray", &tr_bytearray_type}, {"memoryview", &tr_memoryview_type}, {"list", &tr_list_type}, {"tuple", &tr_tuple_type},
        {"dict", &tr_dict_type}, {"set", &tr_set_type}, {"frozenset", &tr_frozenset_type},
        {"range", &tr_range_type}, {"slice", &tr_slice_type}, {"property", &tr_property_type},
        {"staticmethod", &tr_staticmethod_type}, {"classmethod", &tr_classmethod_type},
        {"super", &tr_super_type}, {"enumerate", &tr_enumerate_type}, {"zip", &tr_zip_type},
        {"map", &tr_map_type}, {"filter", &tr_filter_type}, {"reversed", &tr_reversed_type},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) add_type(types[i].name, types[i].type);
#define ADD_EXC(name) add_type(#name, TR_EXC_TYPE(name));
    TR_EXCEPTIONS(ADD_EXC)
#undef ADD_EXC
    add_type("IOError", TR_EXC_TYPE(OSError));
    add_type("EnvironmentError", TR_EXC_TYPE(OSError));
    tr_dict_set_str(tr_builtins_dict, "None", tr_None);
    tr_dict_set_str(tr_builtins_dict, "True", tr_True);
    tr_dict_set_str(tr_builtins_dict, "False", tr_False);
    tr_dict_set_str(tr_builtins_dict, "NotImplemented", tr_NotImplemented);
    tr_dict_set_str(tr_builtins_dict, "Ellipsis", tr_Ellipsis);
    tr_dict_set_str(tr_builtins_dict, "__debug__", tr_True);
    tr_dict_set_str(tr_builtins_dict, "help", tr_help_new());
}
