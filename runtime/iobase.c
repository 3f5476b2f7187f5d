/* iobase.c — the io class hierarchy's abstract bases: IOBase (close, flush, readable,
 * iteration by readline(), readlines, writelines, `with`), RawIOBase (read and readall
 * over the subclass's readinto), BufferedIOBase and TextIOBase, which open()'s files (file.c), the in-memory streams of the io module and
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

/* Room for n units.  The buffer grows by half again (CPython's writers grow by a quarter,
 * in place through realloc), and the outgrown one is freed at once: nothing else holds
 * s->data (reads copy out of it), and a collection would find it only after the heap
 * had grown for the next one. */
static void stream_reserve(TrStream *s, size_t n, size_t unit) {
    if (n <= s->cap) return;
    size_t cap = s->cap + s->cap / 2 > n ? s->cap + s->cap / 2 : n < 16 ? 16 : n;
    char *d = tr_alloc_atomic(cap * unit + 1);
    if (s->len) memcpy(d, s->data, s->len * unit);
    if (s->data) GC_FREE(s->data);
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

/* seek(), tell() and truncate() of a stream that has none of its own */
static TrValue iobase_seek(TrValue *args, size_t nargs, TrValue kwnames) { return tr_err(tr_io_unsupported_operation, "seek"); }
static TrValue iobase_truncate(TrValue *args, size_t nargs, TrValue kwnames) { return tr_err(tr_io_unsupported_operation, "truncate"); }
static TrValue iobase_tell(TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_call_method_cstr(args[0], "seek", 2, TR_FROM_SMALL(0), TR_FROM_SMALL(1));
}

static const TrMethodDef iobase_methods[] = {
    {"seek", iobase_seek}, {"tell", iobase_tell}, {"truncate", iobase_truncate},
    {"close", iobase_close}, {"fileno", iobase_fileno}, {"flush", iobase_noop}, {"readable", iobase_false}, {"writable", iobase_false},
    {"seekable", iobase_false}, {"isatty", iobase_false}, {"__enter__", iobase_enter}, {"__exit__", iobase_exit},
    {"readlines", iobase_readlines}, {"writelines", iobase_writelines},
    {0},
};

/* RawIOBase.read(size=-1): one readinto() of a size-byte buffer (None: no data yet); all
 * of it by readall() for -1 */
static TrValue rawiobase_read(TrValue *args, size_t nargs, TrValue kwnames) {
    int64_t size = -1;
    if (tr_check_nargs("read", nargs - 1, 0, 1) < 0) return 0;
    if (nargs > 1 && args[1] != tr_None && tr_index(args[1], &size) < 0) return 0;
    if (size < 0) return tr_call_method_cstr(args[0], "readall", 0);
    char *zeros = tr_alloc_atomic((size_t)size + 1);
    memset(zeros, 0, (size_t)size);
    TrValue b = tr_bytearray_new(zeros, (size_t)size);
    TrValue n = tr_call_method_cstr(args[0], "readinto", 1, b);
    int64_t got;
    if (!n || n == tr_None || tr_index(n, &got) < 0) return n;
    if (got < 0 || got > size) return tr_err(TR_EXC_TYPE(ValueError), "readinto returned %lld outside buffer size %lld", (long long)got, (long long)size);
    size_t len;
    const char *d = tr_buffer_view(b, &len);
    return tr_bytes_new(d, (size_t)got);
}

/* RawIOBase.readall(): read(DEFAULT_BUFFER_SIZE) until an empty read (or None, returned
 * when nothing came before it) */
static TrValue rawiobase_readall(TrValue *args, size_t nargs, TrValue kwnames) {
    TrBuf b;
    tr_buf_init(&b);
    for (;;) {
        TrValue chunk = tr_call_method_cstr(args[0], "read", 1, TR_FROM_SMALL(TR_DEFAULT_BUFFER_SIZE));
        if (!chunk) return 0;
        if (chunk == tr_None) {
            if (!b.len) return chunk;
            break;
        }
        if (!tr_bytes_check(chunk)) return tr_err(TR_EXC_TYPE(TypeError), "read() should return bytes");
        size_t n;
        const char *d = tr_buffer_view(chunk, &n);
        if (!n) break;
        tr_buf_add(&b, d, n);
    }
    return tr_bytes_new(b.data ? b.data : "", b.len);
}

static const TrMethodDef rawiobase_methods[] = {{"read", rawiobase_read}, {"readall", rawiobase_readall}, {0}};

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
    tr_type_add_methods(&tr_rawiobase_type, rawiobase_methods);
}
