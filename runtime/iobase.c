/* iobase.c — the io class hierarchy's abstract bases: IOBase (close, flush, readable,
 * iteration by readline(), readlines, writelines, `with`), RawIOBase, BufferedIOBase and
 * TextIOBase, which open()'s files (file.c), the in-memory streams of the io module and
 * user classes extend; and the byte/code point buffer of TrStream, their common layout.
 * Assumes: every instance starts with a TrStream; a subclass that keeps its closed state
 * elsewhere (file.c's files) overrides every method here that reads s.closed. */
#include "file.h"

TrType tr_iobase_type, tr_rawiobase_type, tr_bufferediobase_type, tr_textiobase_type;

/* CPython's texts: StringIO's (a TextIOBase) lacks the full stop */
int tr_stream_check_open(TrStream *s) {
    if (!s->closed) return 0;
    bool text = tr_isinstance_type((TrValue)s, &tr_textiobase_type);
    tr_err(TR_EXC_TYPE(ValueError), text ? "I/O operation on closed file" : "I/O operation on closed file.");
    return -1;
}

static void stream_reserve(TrStream *s, size_t n, size_t unit) {
    if (n <= s->cap) return;
    size_t cap = s->cap * 2 > n ? s->cap * 2 : n < 16 ? 16 : n;
    char *d = tr_alloc_atomic(cap * unit + 1);
    if (s->len) memcpy(d, s->data, s->len * unit);
    s->data = d;
    s->cap = cap;
}

void tr_stream_write(TrStream *s, const void *src, size_t n, size_t unit) {
    size_t end = s->pos + n;
    stream_reserve(s, end, unit);
    if (s->pos > s->len) memset(s->data + s->len * unit, 0, (s->pos - s->len) * unit);
    if (n) memcpy(s->data + s->pos * unit, src, n * unit); /* an empty stream may have no buffer */
    s->pos = end;
    if (end > s->len) s->len = end;
}

static TrValue iobase_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_object_alloc(type, type->basicsize);
}

static TrValue iobase_close(TrValue *args, size_t nargs, TrValue kwnames) {
    ((TrStream *)args[0])->closed = true;
    return tr_None;
}

static TrValue iobase_noop(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_stream_check_open((TrStream *)args[0]) < 0) return 0;
    return tr_None;
}

static TrValue iobase_false(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_stream_check_open((TrStream *)args[0]) < 0) return 0;
    return tr_False;
}

static TrValue iobase_enter(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_stream_check_open((TrStream *)args[0]) < 0) return 0;
    return args[0];
}

static TrValue iobase_exit(TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_call_method_cstr(args[0], "close", 0) ? tr_None : 0;
}

static TrValue iobase_get_closed(TrValue self) { return tr_bool(((TrStream *)self)->closed); }

static TrValue iobase_iter(TrValue self) {
    if (tr_stream_check_open((TrStream *)self) < 0) return 0;
    return self;
}

/* next(stream): its readline(), ending at an empty line */
static TrValue iobase_next(TrValue self) {
    TrValue line = tr_call_method_cstr(self, "readline", 0);
    if (!line) return 0;
    intptr_t n = tr_len(line);
    return n > 0 ? line : 0;
}

static TrValue iobase_readlines(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue l = tr_list_new(0), line;
    while ((line = tr_call_method_cstr(args[0], "readline", 0))) {
        intptr_t n = tr_len(line);
        if (n <= 0) return n < 0 ? 0 : l;
        tr_list_append(l, line);
    }
    return 0;
}

static TrValue iobase_writelines(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("writelines", nargs - 1, 1, 1) < 0) return 0;
    TrValue it = tr_iter(args[1]), v;
    if (!it) return 0;
    while ((v = tr_next(it)))
        if (!tr_call_method_cstr(args[0], "write", 1, v)) return 0;
    return tr_err_occurred() ? 0 : tr_None;
}

/* fileno(): in-memory streams have no descriptor (faulthandler, select, ... raise this) */
static TrValue iobase_fileno(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("fileno", nargs - 1, 0, 0) < 0) return 0;
    return tr_err(tr_io_unsupported_operation, "fileno");
}

static const TrMethodDef iobase_methods[] = {
    {"close", iobase_close}, {"fileno", iobase_fileno}, {"flush", iobase_noop}, {"readable", iobase_false}, {"writable", iobase_false},
    {"seekable", iobase_false}, {"isatty", iobase_false}, {"__enter__", iobase_enter}, {"__exit__", iobase_exit},
    {"readlines", iobase_readlines}, {"writelines", iobase_writelines},
    {0},
};

TrType tr_iobase_type = {
    .ob = {&tr_type_type}, .name = "IOBase", .flags = TR_TF_BASETYPE, .basicsize = sizeof(TrStream),
    .dictoffset = offsetof(TrStream, dict), .new_ = iobase_new, .iter = iobase_iter, .next = iobase_next,
};
/* the bases of binary streams (BytesIO, the Buffered* files), raw streams (FileIO) and
   text streams (StringIO, TextIOWrapper): IOBase's behaviour, classes of their own for
   isinstance and subclassing */
TrType tr_bufferediobase_type = {
    .ob = {&tr_type_type}, .name = "BufferedIOBase", .flags = TR_TF_BASETYPE, .base = &tr_iobase_type,
    .basicsize = sizeof(TrStream), .dictoffset = offsetof(TrStream, dict),
};
TrType tr_rawiobase_type = {
    .ob = {&tr_type_type}, .name = "RawIOBase", .flags = TR_TF_BASETYPE, .base = &tr_iobase_type,
    .basicsize = sizeof(TrStream), .dictoffset = offsetof(TrStream, dict),
};
TrType tr_textiobase_type = {
    .ob = {&tr_type_type}, .name = "TextIOBase", .flags = TR_TF_BASETYPE, .base = &tr_iobase_type,
    .basicsize = sizeof(TrStream), .dictoffset = offsetof(TrStream, dict),
};

void tr_init_iobase(void) {
    TrType *types[] = {&tr_iobase_type, &tr_bufferediobase_type, &tr_rawiobase_type, &tr_textiobase_type};
    for (int i = 0; i < 4; i++) {
        types[i]->module = TR_INTERN("io");
        tr_type_ready(types[i]);
    }
    tr_type_add_methods(&tr_iobase_type, iobase_methods);
    tr_type_add_getter(&tr_iobase_type, "closed", iobase_get_closed);
}
