/* buffered.c — io.BufferedReader, BufferedWriter and BufferedRandom over a Python-level raw
 * stream (any object with read(n) / write(b) / seek, e.g. BytesIO, a socket's raw file or a
 * user's RawIOBase): the file objects file.c hands these methods when pybuffer is set
 * (open()'s own files read and write their C stream instead).  The writer keeps writes
 * while they fit in buffer_size; one that does not fit first hands the pending bytes to
 * raw.write, then its own until at most buffer_size are left (CPython 3.11's policy); the
 * reader reads raw in buffer_size chunks.  BufferedRandom does both over a seekable raw:
 * pending writes go out before a read or a seek, and bytes read ahead are given back (raw
 * seeks back over them) before a write.  closed, readable()/writable()/seekable(),
 * fileno() and isatty() are the raw stream's.
 * Assumes: the TrStream's data[pos:len] holds the pending (f->wrote) or unread bytes;
 * raw.write returns the count written, or None when it would block. */
#include "file.h"

#define BF(v) ((TrFile *)(v))

TrValue tr_buffered_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    TrFile *f = (TrFile *)tr_file_new(type, NULL, 0, 0, false, false, true);
    f->pybuffer = true;
    return (TrValue)f;
}

/* __init__(raw, buffer_size=DEFAULT_BUFFER_SIZE): raw must be able to do what the class does */
int tr_buffered_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"raw", "buffer_size", NULL};
    TrFile *f = BF(self);
    const char *name = strrchr(TR_TYPE(self)->name, '.') ? strrchr(TR_TYPE(self)->name, '.') + 1 : TR_TYPE(self)->name;
    bool r = !tr_isinstance_type(self, &tr_bufwriter_type), w = !tr_isinstance_type(self, &tr_bufreader_type);
    TrValue a[2];
    if (tr_parse_args(name, args, nargs, kwnames, kw, 1, a) < 0) return -1;
    const char *abilities[] = {r && w ? "seekable" : 0, r ? "readable" : 0, w ? "writable" : 0};
    for (int i = 0; i < 3; i++) {
        if (!abilities[i]) continue;
        TrValue able = tr_call_method_cstr(a[0], abilities[i], 0);
        int ok = able ? tr_truthy(able) : -1;
        if (ok < 0) return -1;
        if (!ok) {
            tr_err(tr_io_unsupported_operation, "File or stream is not %s.", abilities[i]);
            return -1;
        }
    }
    int64_t size = TR_DEFAULT_BUFFER_SIZE;
    if (a[1] && tr_index(a[1], &size) < 0) return -1;
    if (size <= 0) {
        tr_err(TR_EXC_TYPE(ValueError), "buffer size must be strictly positive");
        return -1;
    }
    f->pybuffer = true;
    f->raw = a[0];
    f->readable = r;
    f->writable = w;
    f->buffer_size = (size_t)size;
    f->s.len = f->s.pos = 0;
    f->detached = f->s.closed = false;
    return 0;
}

/* 1 if the raw stream is closed, 0 if not, -1 on error; a detached or uninitialized object raises */
static int raw_closed(TrFile *b) {
    if (!b->raw) {
        tr_err(TR_EXC_TYPE(ValueError), "raw stream has been detached");
        return -1;
    }
    TrValue c = tr_getattr_cstr(b->raw, "closed");
    return c ? tr_truthy(c) : -1;
}

/* -1 with "<what> closed file" when the raw stream is closed */
static int check_raw_open(TrFile *b, const char *what) {
    int c = raw_closed(b);
    if (c > 0) tr_err(TR_EXC_TYPE(ValueError), "%s closed file", what);
    return c ? -1 : 0;
}

/* -1 with io.UnsupportedOperation(op) when the class does not go that way */
static int check_way(TrFile *b, bool reading, const char *op) {
    if (reading ? b->readable : b->writable) return 0;
    tr_err(tr_io_unsupported_operation, "%s", op);
    return -1;
}

static size_t unread(TrFile *b) { return b->wrote ? 0 : b->s.len - b->s.pos; }

/* hand the pending bytes to raw.write until at most `keep` are left */
static int flush_pending(TrFile *b, size_t keep) {
    TrStream *s = &b->s;
    if (!b->wrote) return 0;
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
    b->wrote = s->len > 0;
    return 0;
}

/* before a write, a seek or a truncate: bytes read ahead are given back (raw seeks back) */
static int drop_unread(TrFile *b) {
    size_t n = unread(b);
    if (n && !tr_call_method_cstr(b->raw, "seek", 2, tr_int_from_i64(-(int64_t)n), TR_FROM_SMALL(1))) return -1;
    if (!b->wrote) b->s.len = b->s.pos = 0;
    return 0;
}

TrValue tr_buffered_write(TrValue *args, size_t nargs, TrValue kwnames) {
    TrFile *b = BF(args[0]);
    if (tr_no_kwargs("write", kwnames) < 0 || tr_check_nargs("write", nargs - 1, 1, 1) < 0) return 0;
    if (check_way(b, false, "write") < 0 || check_raw_open(b, "write to") < 0) return 0;
    TrBuffer view;
    if (tr_get_buffer(args[1], &view) < 0) return 0;
    if (drop_unread(b) < 0) return 0;
    size_t n = view.len;
    TrStream *s = &b->s;
    b->wrote = true;
    /* what does not fit pushes the pending bytes out; data larger than the buffer goes out too */
    if (s->len + n > b->buffer_size && flush_pending(b, 0) < 0) return 0;
    b->wrote = true;
    s->pos = s->len; /* append */
    tr_stream_write(s, view.data, n, 1);
    s->pos = 0;
    if (flush_pending(b, b->buffer_size) < 0) return 0;
    return tr_int_from_u64(n);
}

TrValue tr_buffered_flush(TrValue *args, size_t nargs, TrValue kwnames) {
    TrFile *b = BF(args[0]);
    if (check_raw_open(b, b->writable ? "flush of" : "I/O operation on") < 0 || flush_pending(b, 0) < 0) return 0;
    return tr_None;
}

/* close(): pending writes go out first; then raw.close() (even if the flush failed) */
TrValue tr_buffered_close(TrValue *args, size_t nargs, TrValue kwnames) {
    TrFile *b = BF(args[0]);
    int c = raw_closed(b);
    if (c) return c < 0 ? 0 : tr_None;
    if (flush_pending(b, 0) < 0) {
        TrValue exc = tr_err_fetch();
        tr_call_method_cstr(b->raw, "close", 0);
        tr_err_restore(exc);
        return 0;
    }
    b->s.closed = true;
    return tr_call_method_cstr(b->raw, "close", 0) ? tr_None : 0;
}

/* detach(): pending writes out, then the raw stream handed over */
TrValue tr_buffered_detach(TrValue *args, size_t nargs, TrValue kwnames) {
    TrFile *b = BF(args[0]);
    if (check_raw_open(b, b->writable ? "flush of" : "I/O operation on") < 0 || flush_pending(b, 0) < 0) return 0;
    TrValue raw = b->raw;
    b->raw = 0;
    b->detached = true;
    return raw;
}

/* ---------------------------------------------------------------- reading */

/* one raw.read(n) appended to the unread bytes; 0 at end of stream, -1 on error */
static intptr_t reader_fill(TrFile *b, size_t n) {
    TrValue chunk = tr_call_method_cstr(b->raw, "read", 1, tr_int_from_u64(n));
    if (!chunk) return -1;
    if (chunk == tr_None) return 0;
    TrBuffer view;
    if (tr_get_buffer(chunk, &view) < 0) return -1;
    TrStream *s = &b->s;
    if (s->pos) { /* drop what was read: the unread bytes move to the front */
        memmove(s->data, s->data + s->pos, s->len - s->pos);
        s->len -= s->pos;
        s->pos = 0;
    }
    s->pos = s->len; /* append, then read from the front again */
    tr_stream_write(s, view.data, view.len, 1);
    s->pos = 0;
    return (intptr_t)view.len;
}

static TrValue take(TrFile *b, size_t n) {
    TrStream *s = &b->s;
    if (n > s->len - s->pos) n = s->len - s->pos;
    TrValue r = tr_bytes_new(s->data + s->pos, n);
    s->pos += n;
    return r;
}

static int size_arg(TrValue *args, size_t nargs, const char *fname, int64_t *n) {
    *n = -1;
    if (tr_check_nargs(fname, nargs - 1, 0, 1) < 0) return -1;
    if (nargs > 1 && args[1] != tr_None && tr_index(args[1], n) < 0) return -1;
    return 0;
}

/* the checks of a read: the class reads, raw is open, pending writes are out */
static int start_read(TrValue *args, size_t nargs, const char *fname, const char *op, const char *what, int64_t *n) {
    TrFile *b = BF(args[0]);
    if (size_arg(args, nargs, fname, n) < 0 || check_way(b, true, op) < 0 || check_raw_open(b, what) < 0) return -1;
    return flush_pending(b, 0);
}

/* read(size=-1): size bytes, fewer at the end of the stream; all that is left for -1 */
TrValue tr_buffered_read(TrValue *args, size_t nargs, TrValue kwnames) {
    TrFile *b = BF(args[0]);
    int64_t n;
    if (start_read(args, nargs, "read", "read", "read of", &n) < 0) return 0;
    if (n < -1) return tr_err(TR_EXC_TYPE(ValueError), "read length must be non-negative or -1");
    intptr_t got = 1;
    while (got > 0 && (n < 0 || unread(b) < (size_t)n)) {
        size_t want = n < 0 ? b->buffer_size : (size_t)n - unread(b);
        got = reader_fill(b, want > b->buffer_size ? want : b->buffer_size);
    }
    if (got < 0) return 0;
    return take(b, n < 0 ? unread(b) : (size_t)n);
}

/* read1(size=-1): the unread bytes, or else at most one raw read */
TrValue tr_buffered_read1(TrValue *args, size_t nargs, TrValue kwnames) {
    TrFile *b = BF(args[0]);
    int64_t n;
    if (start_read(args, nargs, "read1", "read1", "read of", &n) < 0) return 0;
    if (!unread(b) && n != 0 && reader_fill(b, b->buffer_size) < 0) return 0;
    return take(b, n < 0 ? unread(b) : (size_t)n);
}

/* peek(size=0): the unread bytes without consuming them (one raw read when there are none) */
TrValue tr_buffered_peek(TrValue *args, size_t nargs, TrValue kwnames) {
    TrFile *b = BF(args[0]);
    int64_t n;
    if (start_read(args, nargs, "peek", "peek", "peek of", &n) < 0) return 0;
    if (!unread(b) && reader_fill(b, b->buffer_size) < 0) return 0;
    return tr_bytes_new(b->s.data + b->s.pos, unread(b));
}

/* readline(size=-1): up to and including b"\n", at most size bytes */
TrValue tr_buffered_readline(TrValue *args, size_t nargs, TrValue kwnames) {
    TrFile *b = BF(args[0]);
    int64_t n;
    if (start_read(args, nargs, "readline", "read", "readline of", &n) < 0) return 0;
    size_t scanned = 0;
    for (;;) {
        const char *start = b->s.data + b->s.pos;
        const char *nl = unread(b) > scanned ? memchr(start + scanned, '\n', unread(b) - scanned) : NULL;
        size_t line = nl ? (size_t)(nl - start) + 1 : 0;
        if (n >= 0 && (nl ? line : unread(b)) >= (size_t)n) return take(b, (size_t)n);
        if (nl) return take(b, line);
        scanned = unread(b);
        intptr_t got = reader_fill(b, b->buffer_size);
        if (got < 0) return 0;
        if (!got) return take(b, unread(b));
    }
}

/* ---------------------------------------------------------------- positions */

/* tell(): raw's position, less the bytes read ahead, plus the pending ones */
TrValue tr_buffered_tell(TrValue *args, size_t nargs, TrValue kwnames) {
    TrFile *b = BF(args[0]);
    if (check_raw_open(b, "I/O operation on") < 0) return 0;
    TrValue r = tr_call_method_cstr(b->raw, "tell", 0);
    int64_t pos;
    if (!r || tr_index(r, &pos) < 0) return 0;
    pos += b->wrote ? (int64_t)(b->s.len - b->s.pos) : -(int64_t)unread(b);
    return tr_int_from_i64(pos < 0 ? 0 : pos);
}

/* seek(pos, whence=0): pending writes out, bytes read ahead given back, then raw's seek */
TrValue tr_buffered_seek(TrValue *args, size_t nargs, TrValue kwnames) {
    TrFile *b = BF(args[0]);
    if (tr_check_nargs("seek", nargs - 1, 1, 2) < 0) return 0;
    int64_t whence = 0;
    if (nargs > 2 && tr_index(args[2], &whence) < 0) return 0;
    if (whence < 0 || whence > 2) return tr_err(TR_EXC_TYPE(ValueError), "whence value %lld unsupported", (long long)whence);
    if (check_raw_open(b, "seek of") < 0 || flush_pending(b, 0) < 0 || drop_unread(b) < 0) return 0;
    return tr_call_method_cstr(b->raw, "seek", 2, args[1], TR_FROM_SMALL(whence));
}

/* truncate(pos=None): pending writes out, then raw.truncate at pos or the position */
TrValue tr_buffered_truncate(TrValue *args, size_t nargs, TrValue kwnames) {
    TrFile *b = BF(args[0]);
    if (tr_check_nargs("truncate", nargs - 1, 0, 1) < 0 || check_raw_open(b, "truncate of") < 0) return 0;
    if (check_way(b, false, "truncate") < 0 || flush_pending(b, 0) < 0 || drop_unread(b) < 0) return 0;
    return tr_call_method_cstr(b->raw, "truncate", 1, nargs > 1 ? args[1] : tr_None);
}

/* ---------------------------------------------------------------- the raw stream's */

TrValue tr_buffered_delegate(TrValue self, const char *method) {
    TrFile *b = BF(self);
    if (!b->raw) return tr_err(TR_EXC_TYPE(ValueError), "raw stream has been detached");
    if (!strcmp(method, "readable") || !strcmp(method, "writable")) {
        if (!(method[0] == 'r' ? b->readable : b->writable)) return tr_False;
        if (check_raw_open(b, "I/O operation on") < 0) return 0;
    }
    return tr_call_method_cstr(b->raw, method, 0);
}

TrValue tr_buffered_closed(TrValue self) {
    int c = raw_closed(BF(self));
    return c < 0 ? 0 : tr_bool(c);
}

TrValue tr_buffered_repr(TrValue self) {
    TrValue name = BF(self)->raw ? tr_getattr_opt(BF(self)->raw, TR_INTERN("name")) : 0;
    if (!name && tr_err_occurred()) return 0;
    if (!name) return tr_str_fmt("<%s>", TR_TYPE(self)->name);
    return tr_str_fmt("<%s name=%R>", TR_TYPE(self)->name, name);
}
