/* buffered.c — io.BufferedWriter and io.BufferedReader: a byte buffer in front of a raw
 * stream (any object with write(b) / read(n), e.g. BytesIO or an IOBase subclass).
 * The writer keeps writes while they fit in buffer_size; one that does not fit first
 * hands the pending bytes to raw.write, then its own until at most buffer_size are
 * left (CPython 3.11's policy); the reader reads raw in buffer_size chunks.  closed, close(),
 * readable()/writable()/seekable() and fileno() are the raw stream's.
 * Assumes: the Stream's data[pos:len] holds the pending (writer) or unread (reader)
 * bytes; raw.write returns the count written, or None when it would block. */
#include "io.h"

enum { DEFAULT_BUFFER_SIZE = 8192 };

typedef struct Buffered {
    Stream s;
    TrValue raw;
    size_t size; /* buffer_size */
} Buffered;
#define BF(v) ((Buffered *)(v))

static TrType writer_type, reader_type;

static int buffered_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames, const char *type_name,
                         const char *ability) {
    static const char *const kw[] = {"raw", "buffer_size", NULL};
    TrValue a[2];
    if (tr_parse_args(type_name, args, nargs, kwnames, kw, 1, a) < 0) return -1;
    TrValue able = tr_call_method_cstr(a[0], ability, 0);
    int ok = able ? tr_truthy(able) : -1;
    if (ok < 0) return -1;
    if (!ok) {
        tr_err(tr_io_unsupported_operation, "File or stream is not %s.", ability[0] == 'w' ? "writable" : "readable");
        return -1;
    }
    int64_t size = DEFAULT_BUFFER_SIZE;
    if (a[1] && tr_index(a[1], &size) < 0) return -1;
    if (size <= 0) {
        tr_err(TR_EXC_TYPE(ValueError), "buffer size must be strictly positive");
        return -1;
    }
    Buffered *b = BF(self);
    b->raw = a[0];
    b->size = (size_t)size;
    b->s.len = b->s.pos = 0;
    return 0;
}

static int writer_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    return buffered_init(self, args, nargs, kwnames, "BufferedWriter", "writable");
}

static int reader_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    return buffered_init(self, args, nargs, kwnames, "BufferedReader", "readable");
}

/* 1 if the raw stream is closed, 0 if not, -1 on error; an uninitialized object raises */
static int raw_closed(Buffered *b) {
    if (!b->raw) {
        tr_err(TR_EXC_TYPE(ValueError), "raw stream has been detached");
        return -1;
    }
    TrValue c = tr_getattr_cstr(b->raw, "closed");
    return c ? tr_truthy(c) : -1;
}

/* -1 with "<what> closed file" when the raw stream is closed */
static int check_raw_open(Buffered *b, const char *what) {
    int c = raw_closed(b);
    if (c > 0) tr_err(TR_EXC_TYPE(ValueError), "%s closed file", what);
    return c ? -1 : 0;
}

/* hand the pending bytes to raw.write until at most `keep` are left */
static int writer_flush_pending(Buffered *b, size_t keep) {
    Stream *s = &b->s;
    while (s->len - s->pos > keep) {
        size_t want = s->len - s->pos;
        TrValue r = tr_call_method_cstr(b->raw, "write", 1, tr_bytes_new(s->data + s->pos, want));
        if (!r) return -1;
        if (r == tr_None) {
            tr_err(TR_EXC_TYPE(BlockingIOError), "write could not complete without blocking");
            return -1;
        }
        int64_t n;
        if (tr_index(r, &n) < 0) return -1;
        if (n < 0 || (uint64_t)n > want) {
            tr_err(TR_EXC_TYPE(OSError), "raw write() returned invalid length %lld (should have been between 0 and %zu)",
                   (long long)n, want);
            return -1;
        }
        s->pos += (size_t)n;
    }
    if (s->len > s->pos) memmove(s->data, s->data + s->pos, s->len - s->pos); /* data is 0 while empty */
    s->len -= s->pos;
    s->pos = 0;
    return 0;
}

static TrValue writer_write(TrValue *args, size_t nargs, TrValue kwnames) {
    Buffered *b = BF(args[0]);
    if (tr_no_kwargs("write", kwnames) < 0 || tr_check_nargs("write", nargs - 1, 1, 1) < 0) return 0;
    if (check_raw_open(b, "write to") < 0) return 0;
    TrBuffer view;
    if (tr_get_buffer(args[1], &view) < 0) return 0;
    size_t n = view.len;
    Stream *s = &b->s;
    /* what does not fit pushes the pending bytes out; data larger than the buffer goes out too */
    if (s->len + n > b->size && writer_flush_pending(b, 0) < 0) return 0;
    s->pos = s->len; /* append */
    buf_write(s, view.data, n, 1);
    s->pos = 0;
    if (writer_flush_pending(b, b->size) < 0) return 0;
    return tr_int_from_u64(n);
}

static TrValue writer_flush(TrValue *args, size_t nargs, TrValue kwnames) {
    Buffered *b = BF(args[0]);
    if (check_raw_open(b, "flush of") < 0 || writer_flush_pending(b, 0) < 0) return 0;
    return tr_None;
}

/* close(): the writer flushes first; then raw.close() (even if the flush failed) */
static TrValue buffered_close(TrValue *args, size_t nargs, TrValue kwnames) {
    Buffered *b = BF(args[0]);
    int c = raw_closed(b);
    if (c) return c < 0 ? 0 : tr_None;
    if (tr_isinstance_type(args[0], &writer_type) && writer_flush_pending(b, 0) < 0) {
        TrValue exc = tr_err_fetch();
        tr_call_method_cstr(b->raw, "close", 0);
        tr_err_restore(exc);
        return 0;
    }
    b->s.closed = true;
    return tr_call_method_cstr(b->raw, "close", 0) ? tr_None : 0;
}

/* ---------------------------------------------------------------- reading */

/* one raw.read(n) appended to the unread bytes; 0 at end of stream, -1 on error */
static intptr_t reader_fill(Buffered *b, size_t n) {
    TrValue chunk = tr_call_method_cstr(b->raw, "read", 1, tr_int_from_u64(n));
    if (!chunk) return -1;
    if (chunk == tr_None) return 0;
    TrBuffer view;
    if (tr_get_buffer(chunk, &view) < 0) return -1;
    Stream *s = &b->s;
    if (s->pos) { /* drop what was read: the unread bytes move to the front */
        memmove(s->data, s->data + s->pos, s->len - s->pos);
        s->len -= s->pos;
        s->pos = 0;
    }
    s->pos = s->len; /* append, then read from the front again */
    buf_write(s, view.data, view.len, 1);
    s->pos = 0;
    return (intptr_t)view.len;
}

static TrValue take(Buffered *b, size_t n) {
    Stream *s = &b->s;
    if (n > s->len - s->pos) n = s->len - s->pos;
    TrValue r = tr_bytes_new(s->data + s->pos, n);
    s->pos += n;
    return r;
}

static size_t unread(Buffered *b) { return b->s.len - b->s.pos; }

static int size_arg(TrValue *args, size_t nargs, const char *fname, int64_t *n) {
    *n = -1;
    if (tr_check_nargs(fname, nargs - 1, 0, 1) < 0) return -1;
    if (nargs > 1 && args[1] != tr_None && tr_index(args[1], n) < 0) return -1;
    return 0;
}

/* read(size=-1): size bytes, fewer at the end of the stream; all that is left for -1 */
static TrValue reader_read(TrValue *args, size_t nargs, TrValue kwnames) {
    Buffered *b = BF(args[0]);
    int64_t n;
    if (size_arg(args, nargs, "read", &n) < 0 || check_raw_open(b, "read of") < 0) return 0;
    if (n < -1) return tr_err(TR_EXC_TYPE(ValueError), "read length must be non-negative or -1");
    intptr_t got = 1;
    while (got > 0 && (n < 0 || unread(b) < (size_t)n)) {
        size_t want = n < 0 ? b->size : (size_t)n - unread(b);
        got = reader_fill(b, want > b->size ? want : b->size);
    }
    if (got < 0) return 0;
    return take(b, n < 0 ? unread(b) : (size_t)n);
}

/* read1(size=-1): the unread bytes, or else at most one raw read */
static TrValue reader_read1(TrValue *args, size_t nargs, TrValue kwnames) {
    Buffered *b = BF(args[0]);
    int64_t n;
    if (size_arg(args, nargs, "read1", &n) < 0 || check_raw_open(b, "read of") < 0) return 0;
    if (!unread(b) && n != 0 && reader_fill(b, b->size) < 0) return 0;
    return take(b, n < 0 ? unread(b) : (size_t)n);
}

/* peek(size=0): the unread bytes without consuming them (one raw read when there are none) */
static TrValue reader_peek(TrValue *args, size_t nargs, TrValue kwnames) {
    Buffered *b = BF(args[0]);
    int64_t n;
    if (size_arg(args, nargs, "peek", &n) < 0 || check_raw_open(b, "peek of") < 0) return 0;
    if (!unread(b) && reader_fill(b, b->size) < 0) return 0;
    return tr_bytes_new(b->s.data + b->s.pos, unread(b));
}

/* readline(size=-1): up to and including b"\n", at most size bytes */
static TrValue reader_readline(TrValue *args, size_t nargs, TrValue kwnames) {
    Buffered *b = BF(args[0]);
    int64_t n;
    if (size_arg(args, nargs, "readline", &n) < 0 || check_raw_open(b, "readline of") < 0) return 0;
    size_t scanned = 0;
    for (;;) {
        const char *start = b->s.data + b->s.pos;
        const char *nl = unread(b) > scanned ? memchr(start + scanned, '\n', unread(b) - scanned) : NULL;
        size_t line = nl ? (size_t)(nl - start) + 1 : 0;
        if (n >= 0 && (nl ? line : unread(b)) >= (size_t)n) return take(b, (size_t)n);
        if (nl) return take(b, line);
        scanned = unread(b);
        intptr_t got = reader_fill(b, b->size);
        if (got < 0) return 0;
        if (!got) return take(b, unread(b));
    }
}

/* ---------------------------------------------------------------- shared */

static TrValue delegate(TrValue *args, const char *method) {
    Buffered *b = BF(args[0]);
    if (!b->raw) return tr_err(TR_EXC_TYPE(ValueError), "raw stream has been detached");
    return tr_call_method_cstr(b->raw, method, 0);
}

static TrValue buffered_seekable(TrValue *args, size_t nargs, TrValue kwnames) { return delegate(args, "seekable"); }
static TrValue buffered_fileno(TrValue *args, size_t nargs, TrValue kwnames) { return delegate(args, "fileno"); }
static TrValue buffered_isatty(TrValue *args, size_t nargs, TrValue kwnames) { return delegate(args, "isatty"); }
static TrValue buffered_true(TrValue *args, size_t nargs, TrValue kwnames) {
    if (check_raw_open(BF(args[0]), "I/O operation on") < 0) return 0;
    return tr_True;
}

static TrValue buffered_get_raw(TrValue self) { return BF(self)->raw ? BF(self)->raw : tr_None; }

static TrValue buffered_get_closed(TrValue self) {
    int c = raw_closed(BF(self));
    return c < 0 ? 0 : tr_bool(c);
}

static TrValue buffered_repr(TrValue self) {
    TrValue name = BF(self)->raw ? tr_getattr_opt(BF(self)->raw, TR_INTERN("name")) : 0;
    if (!name && tr_err_occurred()) return 0;
    if (!name) return tr_str_fmt("<_io.%s>", TR_TYPE(self)->name);
    return tr_str_fmt("<_io.%s name=%R>", TR_TYPE(self)->name, name);
}

static const TrMethodDef writer_methods[] = {
    {"write", writer_write}, {"flush", writer_flush}, {"close", buffered_close}, {"writable", buffered_true},
    {"seekable", buffered_seekable}, {"fileno", buffered_fileno}, {"isatty", buffered_isatty},
    {0},
};

static const TrMethodDef reader_methods[] = {
    {"read", reader_read}, {"read1", reader_read1}, {"peek", reader_peek}, {"readline", reader_readline},
    {"close", buffered_close}, {"readable", buffered_true}, {"seekable", buffered_seekable},
    {"fileno", buffered_fileno}, {"isatty", buffered_isatty},
    {0},
};

static TrType writer_type = {
    .ob = {&tr_type_type}, .name = "BufferedWriter", .flags = TR_TF_BASETYPE, .base = &iobase_type,
    .basicsize = sizeof(Buffered), .dictoffset = offsetof(Stream, dict), .init = writer_init, .repr = buffered_repr,
};
static TrType reader_type = {
    .ob = {&tr_type_type}, .name = "BufferedReader", .flags = TR_TF_BASETYPE, .base = &iobase_type,
    .basicsize = sizeof(Buffered), .dictoffset = offsetof(Stream, dict), .init = reader_init, .repr = buffered_repr,
};

void io_add_buffered(TrValue module) {
    TrType *types[] = {&writer_type, &reader_type};
    const TrMethodDef *methods[] = {writer_methods, reader_methods};
    for (int i = 0; i < 2; i++) {
        types[i]->module = TR_INTERN("io");
        tr_type_ready(types[i]);
        tr_type_add_methods(types[i], methods[i]);
        tr_type_add_getter(types[i], "raw", buffered_get_raw);
        tr_type_add_getter(types[i], "closed", buffered_get_closed);
        tr_module_add(module, types[i]->name, (TrValue)types[i]);
    }
    tr_module_add(module, "DEFAULT_BUFFER_SIZE", TR_FROM_SMALL(DEFAULT_BUFFER_SIZE));
}
