/* exceptions.c — the builtin exception hierarchy, the per-thread exception state
 * (the exception being raised and the one being handled), raising with implicit
 * chaining (__context__), and traceback entries (printed by traceback.c).
 * Assumes: generated code adds one traceback entry per frame an exception leaves. */
#include "tr.h"
#include "strbase.h"
#include <errno.h>

static __thread TrValue current_exc; /* raised, not yet caught */
static __thread TrValue handled_exc; /* being handled by an except/finally block */

/* ---------------------------------------------------------------- the hierarchy */

#define EXC_PARENTS(X)                                                                      \
    X(BaseException, object) X(SystemExit, BaseException) X(KeyboardInterrupt, BaseException) \
    X(GeneratorExit, BaseException) X(Exception, BaseException) X(StopIteration, Exception)  \
    X(StopAsyncIteration, Exception) X(ArithmeticError, Exception)                           \
    X(FloatingPointError, ArithmeticError) X(OverflowError, ArithmeticError)                 \
    X(ZeroDivisionError, ArithmeticError) X(AssertionError, Exception)                       \
    X(AttributeError, Exception) X(BufferError, Exception) X(EOFError, Exception)            \
    X(ImportError, Exception) X(ModuleNotFoundError, ImportError) X(LookupError, Exception)  \
    X(IndexError, LookupError) X(KeyError, LookupError) X(MemoryError, Exception)            \
    X(NameError, Exception) X(UnboundLocalError, NameError) X(OSError, Exception)            \
    X(BlockingIOError, OSError) X(ChildProcessError, OSError) X(ConnectionError, OSError)    \
    X(BrokenPipeError, ConnectionError) X(ConnectionAbortedError, ConnectionError)           \
    X(ConnectionRefusedError, ConnectionError) X(ConnectionResetError, ConnectionError)      \
    X(FileExistsError, OSError) X(FileNotFoundError, OSError) X(InterruptedError, OSError)   \
    X(IsADirectoryError, OSError) X(NotADirectoryError, OSError) X(PermissionError, OSError) \
    X(ProcessLookupError, OSError) X(TimeoutError, OSError) X(ReferenceError, Exception)     \
    X(RuntimeError, Exception) X(NotImplementedError, RuntimeError)                          \
    X(RecursionError, RuntimeError) X(SyntaxError, Exception) X(IndentationError, SyntaxError) \
    X(TabError, IndentationError) X(SystemError, Exception) X(TypeError, Exception)          \
    X(ValueError, Exception) X(UnicodeError, ValueError) X(UnicodeDecodeError, UnicodeError) \
    X(UnicodeEncodeError, UnicodeError) X(UnicodeTranslateError, UnicodeError)               \
    X(Warning, Exception) X(DeprecationWarning, Warning) X(PendingDeprecationWarning, Warning) \
    X(RuntimeWarning, Warning) X(SyntaxWarning, Warning) X(UserWarning, Warning)             \
    X(FutureWarning, Warning) X(ImportWarning, Warning) X(UnicodeWarning, Warning)           \
    X(BytesWarning, Warning) X(ResourceWarning, Warning) X(EncodingWarning, Warning)

static TrValue exc_repr(TrValue self);
static TrValue exc_str(TrValue self);
static TrValue exc_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames);
/* the fields of self's family (exc_attrs.c): name must be one of them */
static void set_attr(TrValue self, const char *name, TrValue v) { *tr_exc_field(self, name) = v; }

static TrValue get_attr(TrValue self, const char *name) {
    TrValue *field = tr_exc_field(self, name);
    return field ? *field : 0;
}

/* UnicodeDecodeError(encoding, object, start, end, reason), UnicodeEncodeError (object a
 * str) and UnicodeTranslateError(object, start, end, reason): the arguments become the
 * attributes encoding, object, start, end and reason. */
static int unicode_error_init(TrValue self, TrValue *args, size_t nargs) {
    int translate = tr_isinstance_type(self, TR_EXC_TYPE(UnicodeTranslateError));
    int decode = tr_isinstance_type(self, TR_EXC_TYPE(UnicodeDecodeError));
    if (!translate && !decode && !tr_isinstance_type(self, TR_EXC_TYPE(UnicodeEncodeError))) return 0;
    size_t want = translate ? 4 : 5;
    if (nargs != want) {
        tr_err(TR_EXC_TYPE(TypeError), "function takes exactly %zu arguments (%zu given)", want, nargs);
        return -1;
    }
    TrValue *a = translate ? args - 1 : args; /* a[1..4]: object, start, end, reason */
    if (!translate && !tr_str_check(a[0])) {
        tr_err(TR_EXC_TYPE(TypeError), "argument 1 must be str, not %s", tr_arg_type_name(a[0]));
        return -1;
    }
    TrValue obj = a[1];
    if (decode) {
        size_t n;
        const char *d = tr_bytes_view(obj, &n);
        if (!d) {
            tr_err(TR_EXC_TYPE(TypeError), "a bytes-like object is required, not '%s'", TR_TYPE_NAME(obj));
            return -1;
        }
        obj = tr_bytes_new(d, n);
    } else if (!tr_str_check(obj)) {
        tr_err(TR_EXC_TYPE(TypeError), "argument %d must be str, not %s", translate ? 1 : 2, tr_arg_type_name(obj));
        return -1;
    }
    int64_t start, end;
    if (tr_index(a[2], &start) < 0 || tr_index(a[3], &end) < 0) return -1;
    if (!tr_str_check(a[4])) {
        tr_err(TR_EXC_TYPE(TypeError), "argument %d must be str, not %s", translate ? 4 : 5, tr_arg_type_name(a[4]));
        return -1;
    }
    set_attr(self, "encoding", translate ? tr_None : a[0]);
    set_attr(self, "object", obj);
    set_attr(self, "start", tr_int_from_i64(start));
    set_attr(self, "end", tr_int_from_i64(end));
    set_attr(self, "reason", a[4]);
    return 0;
}

/* str() of a UnicodeError with its attributes, as CPython: one bad character or byte is
 * shown, a longer range by its positions. */
static TrValue unicode_error_str(TrValue self) {
    TrValue obj = get_attr(self, "object"), enc = get_attr(self, "encoding"), reason = get_attr(self, "reason");
    TrValue vs = get_attr(self, "start"), ve = get_attr(self, "end");
    int64_t start, end;
    if (!obj || !reason || !vs || !ve || tr_index(vs, &start) < 0 || tr_index(ve, &end) < 0) {
        tr_err_clear();
        return 0;
    }
    TrValue what = TR_TYPE(self) == TR_EXC_TYPE(UnicodeTranslateError) || !tr_str_check(enc)
                       ? tr_str_from_cstr("can't translate")
                       : tr_str_fmt("'%S' codec can't %s", enc, tr_isinstance_type(self, TR_EXC_TYPE(UnicodeDecodeError)) ? "decode" : "encode");
    size_t len;
    const char *bytes = tr_bytes_view(obj, &len);
    if (!bytes) len = TR_STR(obj)->nchars;
    if (start >= 0 && (size_t)start < len && end == start + 1) {
        if (bytes) return tr_str_fmt("%S byte 0x%02x in position %lld: %S", what, (unsigned char)bytes[start], (long long)start, reason);
        uint32_t c;
        tr_utf8_decode(TR_STR(obj)->data + tr_str_offset(obj, (size_t)start), &c);
        return tr_str_fmt(c < 0x100 ? "%S character '\\x%02x' in position %lld: %S"
                          : c < 0x10000 ? "%S character '\\u%04x' in position %lld: %S"
                                        : "%S character '\\U%08x' in position %lld: %S",
                          what, c, (long long)start, reason);
    }
    return tr_str_fmt("%S %s in position %lld-%lld: %S", what, bytes ? "bytes" : "characters", (long long)start,
                      (long long)end - 1, reason);
}

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno[, end_offset]])) */
static int syntax_error_init(TrValue self, TrValue *args, size_t nargs) {
    if (nargs >= 1) set_attr(self, "msg", args[0]);
    if (nargs != 2) return 0;
    TrValue info = tr_tuple_from_iterable(args[1]);
    if (!info) return -1;
    size_t n = TR_TUPLE(info)->len;
    if (n < 4 || n > 6) {
        tr_err(TR_EXC_TYPE(TypeError), n < 4 ? "function takes at least 4 arguments (%zu given)" : "function takes at most 6 arguments (%zu given)", n);
        return -1;
    }
    static const char *const fields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    for (size_t i = 0; i < n; i++) set_attr(self, fields[i], TR_TUPLE(info)->items[i]);
    return 0;
}

/* str() of a SyntaxError: its message with the file's base name and the line */
static TrValue syntax_error_str(TrValue self) {
    TrValue msg = get_attr(self, "msg"), filename = get_attr(self, "filename"), lineno = get_attr(self, "lineno");
    msg = msg ? msg : tr_None;
    const char *base = 0;
    if (filename && tr_str_check(filename)) {
        base = strrchr(tr_str_cstr(filename), '/');
        base = base ? base + 1 : tr_str_cstr(filename);
    }
    int64_t line = 0;
    bool have_line = lineno && TR_TYPE(lineno) == &tr_int_type && tr_int_as_i64(lineno, &line) == 0;
    tr_err_clear(); /* a line number beyond 64 bits is shown as CPython's would not be: as none */
    if (base && have_line) return tr_str_fmt("%S (%s, line %lld)", msg, base, (long long)line);
    if (base) return tr_str_fmt("%S (%s)", msg, base);
    if (have_line) return tr_str_fmt("%S (line %lld)", msg, (long long)line);
    return tr_str(msg);
}

static int exc_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames);

#define DEFINE_EXC(exc, parent)                                                                   \
    TrType tr_exc_##exc = {                                                                       \
        .ob = {&tr_type_type}, .name = #exc, .flags = TR_TF_EXCEPTION | TR_TF_BASETYPE,          \
        .basicsize = sizeof(TrException), .dictoffset = offsetof(TrException, dict),               \
        .repr = exc_repr, .str = exc_str, .new_ = exc_new, .init = exc_init,                      \
    };
EXC_PARENTS(DEFINE_EXC)

/* ---------------------------------------------------------------- instances */

TrValue tr_exception_new(TrType *type, TrValue *args, size_t nargs) {
    TrException *e = (TrException *)tr_object_alloc(type, type->basicsize ? type->basicsize : sizeof(TrException));
    e->args = tr_tuple_from(args, nargs);
    return (TrValue)e;
}

static TrType *oserror_subtype(int e);

static TrValue exc_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (type == TR_EXC_TYPE(OSError) && nargs >= 2 && TR_IS_SMALL(args[0]))
        type = oserror_subtype((int)TR_SMALL_VAL(args[0]));
    return tr_exception_new(type, args, nargs);
}

static int exc_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_exc_init_keywords(self, args + nargs, kwnames) < 0) return -1;
    TR_EXC(self)->args = tr_tuple_from(args, nargs);
    TrValue first = nargs ? args[0] : tr_None;
    if (tr_isinstance_type(self, TR_EXC_TYPE(StopIteration))) set_attr(self, "value", first);
    if (tr_isinstance_type(self, TR_EXC_TYPE(SystemExit)))
        set_attr(self, "code", nargs == 0 ? tr_None : nargs == 1 ? args[0] : TR_EXC(self)->args);
    if (tr_isinstance_type(self, TR_EXC_TYPE(ImportError))) set_attr(self, "msg", nargs == 1 ? args[0] : 0);
    if (tr_isinstance_type(self, TR_EXC_TYPE(SyntaxError)) && syntax_error_init(self, args, nargs) < 0) return -1;
    if (tr_isinstance_type(self, TR_EXC_TYPE(UnicodeError)) && unicode_error_init(self, args, nargs) < 0) return -1;
    if (tr_isinstance_type(self, TR_EXC_TYPE(OSError))) {
        TrValue eno = tr_None, msg = tr_None, fname = tr_None, fname2 = tr_None;
        if (nargs >= 2 && nargs <= 5) { eno = args[0]; msg = args[1]; }
        /* BlockingIOError(errno, strerror, characters_written, ...): a count, no file names */
        bool written = nargs >= 3 && nargs <= 5 && tr_isinstance_type(self, TR_EXC_TYPE(BlockingIOError)) && tr_int_check(args[2]);
        if (nargs >= 3 && nargs <= 5 && !written) fname = args[2];
        if (nargs == 5 && !written) fname2 = args[4]; /* (errno, strerror, filename, winerror, filename2) */
        set_attr(self, "errno", eno);
        set_attr(self, "strerror", msg);
        set_attr(self, "filename", fname);
        set_attr(self, "filename2", fname2);
        if (written) set_attr(self, "characters_written", args[2]);
        else if (nargs >= 3 && nargs <= 5) TR_EXC(self)->args = tr_tuple_pack(2, eno, msg);
    }
    return 0;
}

static TrValue exc_str(TrValue self) {
    TrException *e = TR_EXC(self);
    TrTuple *a = TR_TUPLE(e->args);
    if (tr_isinstance_type(self, TR_EXC_TYPE(OSError))) {
        TrValue eno = get_attr(self, "errno"), msg = get_attr(self, "strerror"), fn = get_attr(self, "filename");
        if (eno && eno != tr_None && msg && msg != tr_None) {
            TrValue fn2 = get_attr(self, "filename2");
            if (fn && fn != tr_None && fn2 && fn2 != tr_None)
                return tr_str_fmt("[Errno %S] %S: %R -> %R", eno, msg, fn, fn2);
            if (fn && fn != tr_None) return tr_str_fmt("[Errno %S] %S: %R", eno, msg, fn);
            return tr_str_fmt("[Errno %S] %S", eno, msg);
        }
    }
    if (tr_isinstance_type(self, TR_EXC_TYPE(UnicodeError))) {
        TrValue u = unicode_error_str(self);
        if (u) return u;
    }
    if (tr_isinstance_type(self, TR_EXC_TYPE(SyntaxError))) return syntax_error_str(self);
    if (a->len == 0) return tr_str_from_cstr("");
    if (a->len == 1) {
        if (tr_isinstance_type(self, TR_EXC_TYPE(KeyError))) return tr_repr(a->items[0]);
        return tr_str(a->items[0]);
    }
    return tr_str(e->args);
}

static TrValue exc_repr(TrValue self) {
    TrException *e = TR_EXC(self);
    const char *name = TR_TYPE(self)->name;
    TrTuple *a = TR_TUPLE(e->args);
    if (a->len == 1) return tr_str_fmt("%s(%R)", name, a->items[0]);
    if (a->len == 0) return tr_str_fmt("%s()", name);
    return tr_str_fmt("%s%R", name, e->args);
}

static TrValue exc_with_traceback(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "with_traceback", 1, 1) < 0) return 0;
    return tr_exc_set_traceback(args[0], args[1]) < 0 ? 0 : args[0];
}

static TrValue exc_add_note(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "add_note", 1, 1) < 0) return 0;
    if (!tr_str_check(args[1]))
        return tr_err(TR_EXC_TYPE(TypeError), "note must be a str, not '%s'", TR_TYPE_NAME(args[1]));
    TrValue notes = tr_getattr_opt(args[0], TR_INTERN("__notes__"));
    if (!notes) {
        if (tr_err_occurred() || tr_setattr(args[0], TR_INTERN("__notes__"), notes = tr_list_new(1)) < 0) return 0;
    } else if (!tr_list_check(notes)) {
        return tr_err(TR_EXC_TYPE(TypeError), "Cannot add note: __notes__ is not a list");
    }
    return tr_list_append(notes, args[1]) < 0 ? 0 : tr_None;
}

/* BaseException.__reduce__: (type, args) plus the instance __dict__ when it has items */
static TrValue exc_m_reduce(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__reduce__", 0, 0) < 0) return 0;
    TrValue *dslot = tr_instance_dict_slot(args[0]);
    if (dslot && *dslot && ((TrDict *)*dslot)->used)
        return tr_tuple_pack(3, (TrValue)TR_TYPE(args[0]), TR_EXC(args[0])->args, *dslot);
    return tr_tuple_pack(2, (TrValue)TR_TYPE(args[0]), TR_EXC(args[0])->args);
}

/* BaseException.__setstate__(state): the attributes of a state dict (None: nothing) */
static TrValue exc_m_setstate(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__setstate__", 1, 1) < 0) return 0;
    TrValue state = args[1];
    if (state == tr_None) return tr_None;
    if (!tr_dict_check(state)) return tr_err(TR_EXC_TYPE(TypeError), "state is not a dictionary");
    TrValue items = tr_call_method_cstr(state, "items", 0);
    TrValue it = items ? tr_iter(items) : 0, pair;
    if (!it) return 0;
    while ((pair = tr_next(it))) {
        if (tr_setattr(args[0], TR_TUPLE(pair)->items[0], TR_TUPLE(pair)->items[1]) < 0) return 0;
    }
    return tr_err_occurred() ? 0 : tr_None;
}

static TrValue exc_m_init(TrValue *args, size_t nargs, TrValue kwnames) {
    return exc_init(args[0], args + 1, nargs - 1, kwnames) < 0 ? 0 : tr_None;
}
static TrValue exc_m_str(TrValue *args, size_t nargs, TrValue kwnames) { return exc_str(args[0]); }
static TrValue exc_m_repr(TrValue *args, size_t nargs, TrValue kwnames) { return exc_repr(args[0]); }

static const TrMethodDef exc_methods[] = {
    {"__init__", exc_m_init, TR_METH_INSTANCE},
    {"__str__", exc_m_str, TR_METH_INSTANCE},
    {"__repr__", exc_m_repr, TR_METH_INSTANCE},
    {"with_traceback", exc_with_traceback, TR_METH_INSTANCE},
    {"add_note", exc_add_note, TR_METH_INSTANCE},
    {"__reduce__", exc_m_reduce, TR_METH_INSTANCE},
    {"__setstate__", exc_m_setstate, TR_METH_INSTANCE},
    {0},
};

/* ---------------------------------------------------------------- state */

int tr_err_occurred(void) { return current_exc != 0; }
TrValue tr_err_current(void) { return current_exc; }
void tr_err_clear(void) { current_exc = 0; }

TrValue tr_err_fetch(void) {
    TrValue e = current_exc;
    current_exc = 0;
    return e;
}

void tr_err_restore(TrValue exc) { current_exc = exc; }

TrValue tr_exc_handled(void) { return handled_exc; }

TrValue tr_exc_handled_swap(TrValue exc) {
    TrValue prev = handled_exc;
    handled_exc = exc;
    return prev;
}

/* Implicit chaining: the new exception's context is the one being handled. */
static void set_current_with_context(TrValue exc) {
    TrValue ctx = handled_exc;
    if (ctx && ctx != exc && !TR_EXC(exc)->context) {
        /* avoid a cycle: cut the chain where it would reach exc again */
        for (TrValue c = ctx; c; c = TR_EXC(c)->context)
            if (TR_EXC(c)->context == exc) { TR_EXC(c)->context = 0; break; }
        TR_EXC(exc)->context = ctx;
    }
    current_exc = exc;
}

void tr_raise(TrValue v) {
    TrValue exc = v;
    if (tr_isinstance_type(v, &tr_type_type) && (((TrType *)v)->flags & TR_TF_EXCEPTION)) {
        exc = tr_call0(v);
        if (!exc) return;
        if (!(TR_TYPE(exc)->flags & TR_TF_EXCEPTION)) {
            /* CPython's do_raise shows the class of the result (gen.throw shows its name) */
            tr_err(TR_EXC_TYPE(TypeError), "calling %R should have returned an instance of BaseException, not %R", v,
                   (TrValue)TR_TYPE(exc));
            return;
        }
    } else if (!(TR_TYPE(v)->flags & TR_TF_EXCEPTION)) {
        tr_err(TR_EXC_TYPE(TypeError), "exceptions must derive from BaseException");
        return;
    }
    set_current_with_context(exc);
}

void tr_raise_from(TrValue exc, TrValue cause) {
    TrValue c = cause;
    if (cause != tr_None) {
        if (tr_isinstance_type(cause, &tr_type_type) && (((TrType *)cause)->flags & TR_TF_EXCEPTION)) {
            c = tr_call0(cause);
            if (!c) return;
        } else if (!(TR_TYPE(cause)->flags & TR_TF_EXCEPTION)) {
            tr_err(TR_EXC_TYPE(TypeError), "exception causes must derive from BaseException");
            return;
        }
    }
    tr_raise(exc);
    if (!current_exc || (cause != tr_None && current_exc != exc && !tr_isinstance_type(exc, &tr_type_type) &&
                         TR_TYPE(current_exc) == TR_EXC_TYPE(TypeError)))
        return;
    TrException *e = TR_EXC(current_exc);
    e->cause = cause == tr_None ? 0 : c;
    e->suppress_context = 1;
}

TrValue tr_err_value(TrType *type, TrValue arg) {
    TrValue e = tr_exception_new(type, &arg, 1);
    if (exc_init(e, &arg, 1, 0) < 0) return 0;
    set_current_with_context(e);
    return 0;
}

TrValue tr_err(TrType *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    TrValue msg = tr_str_vfmt(fmt, ap);
    va_end(ap);
    if (!msg) return 0;
    return tr_err_value(type, msg);
}

TrValue tr_unicode_error_new(TrType *type, const char *encoding, TrValue object, size_t start, size_t end, const char *reason) {
    TrValue args[5] = {tr_str_from_cstr(encoding), object, tr_int_from_u64(start), tr_int_from_u64(end),
                       tr_str_from_cstr(reason)};
    return tr_call((TrValue)type, args, 5, 0);
}

TrValue tr_err_unicode(TrType *type, const char *encoding, TrValue object, size_t start, size_t end, const char *reason) {
    TrValue exc = tr_unicode_error_new(type, encoding, object, start, end, reason);
    if (exc) set_current_with_context(exc);
    return 0;
}

TrValue tr_err_nomem(void) { return tr_err(TR_EXC_TYPE(MemoryError), ""); }

static TrType *oserror_subtype(int e) {
    TrType *t = TR_EXC_TYPE(OSError);
    switch (e) {
    case ENOENT: t = TR_EXC_TYPE(FileNotFoundError); break;
    case EEXIST: t = TR_EXC_TYPE(FileExistsError); break;
    case EISDIR: t = TR_EXC_TYPE(IsADirectoryError); break;
    case ENOTDIR: t = TR_EXC_TYPE(NotADirectoryError); break;
    case EACCES: case EPERM: t = TR_EXC_TYPE(PermissionError); break;
    case EPIPE: t = TR_EXC_TYPE(BrokenPipeError); break;
    case ECONNREFUSED: t = TR_EXC_TYPE(ConnectionRefusedError); break;
    case ECONNRESET: t = TR_EXC_TYPE(ConnectionResetError); break;
    case EINTR: t = TR_EXC_TYPE(InterruptedError); break;
    case ETIMEDOUT: t = TR_EXC_TYPE(TimeoutError); break;
    case ECHILD: t = TR_EXC_TYPE(ChildProcessError); break;
    case ESRCH: t = TR_EXC_TYPE(ProcessLookupError); break;
    case ECONNABORTED: t = TR_EXC_TYPE(ConnectionAbortedError); break;
    case EAGAIN: case EALREADY: case EINPROGRESS: t = TR_EXC_TYPE(BlockingIOError); break;
    default: break;
    }
    return t;
}

TrValue tr_err_errno(TrType *fallback, TrValue filename) { return tr_err_errno2(fallback, filename, 0); }

TrValue tr_err_errno2(TrType *fallback, TrValue filename, TrValue filename2) {
    int e = errno;
    TrType *t = oserror_subtype(e);
    if (t == TR_EXC_TYPE(OSError)) t = fallback;
    TrValue args[5] = {TR_FROM_SMALL(e), tr_str_from_cstr(strerror(e)), filename ? filename : tr_None, tr_None,
                       filename2};
    size_t n = filename2 ? 5 : filename ? 3 : 2;
    TrValue exc = tr_exception_new(t, args, n);
    exc_init(exc, args, n, 0);
    set_current_with_context(exc);
    return 0;
}

int tr_err_matches(TrValue exc, TrValue type_or_tuple) {
    if (tr_tuple_check(type_or_tuple)) {
        for (size_t i = 0; i < TR_TUPLE(type_or_tuple)->len; i++) {
            int r = tr_err_matches(exc, TR_TUPLE(type_or_tuple)->items[i]);
            if (r) return r;
        }
        return 0;
    }
    if (!tr_isinstance_type(type_or_tuple, &tr_type_type) || !(((TrType *)type_or_tuple)->flags & TR_TF_EXCEPTION)) {
        tr_err(TR_EXC_TYPE(TypeError), "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return tr_isinstance_type(exc, (TrType *)type_or_tuple);
}

int tr_err_is(TrType *type) { return current_exc && tr_isinstance_type(current_exc, type); }

/* ---------------------------------------------------------------- tracebacks */

void tr_tb_add(const TrCode *code, int line) { tr_tb_add_at(code, line, 0); }

void tr_tb_add_at(const TrCode *code, int line, uint64_t span) {
    if (!current_exc) return;
    TrException *e = TR_EXC(current_exc);
    if (span & TR_SPAN_METHOD) { /* the lookup of obj.name failed here, or else the call did */
        bool lookup = !e->tb && tr_isinstance_type(current_exc, TR_EXC_TYPE(AttributeError));
        int col = TR_SPAN_COL(span), end = lookup ? col + TR_SPAN_ANCHOR_R(span) : TR_SPAN_END_COL(span);
        span = TR_SPAN(col, end, lookup ? 0 : TR_SPAN_LINES(span));
    }
    /* frames are added as the exception leaves them: each one is further out */
    e->tb = (TrTraceback *)tr_traceback_new(code, line, span, e->tb);
}

/* Each exception type's base is its parent in the hierarchy (object for BaseException). */
#define tr_exc_object tr_object_type
#define EXC_ENTRY(name, parent) {&tr_exc_##name, &tr_exc_##parent},
static const struct { TrType *type, *parent; } exc_table[] = {EXC_PARENTS(EXC_ENTRY)};
#undef tr_exc_object

void tr_init_exceptions(void) {
    for (size_t i = 0; i < sizeof exc_table / sizeof exc_table[0]; i++) {
        exc_table[i].type->base = exc_table[i].parent;
        exc_table[i].type->basicsize = tr_exc_basicsize(exc_table[i].type);
        tr_type_ready(exc_table[i].type);
    }
    tr_type_add_methods(TR_EXC_TYPE(BaseException), exc_methods);
    tr_exc_add_descriptors();
    /* thread-local storage is not scanned by the GC: register the main thread's */
    tr_add_roots(&current_exc, sizeof current_exc);
    tr_add_roots(&handled_exc, sizeof handled_exc);
}
