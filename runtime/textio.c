/* textio.c — io.TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
 * line_buffering=False, write_through=False): file.c's file object over a binary buffer.
 * A binary file of open() (sys.stdin.buffer, open(p, 'rb')) lends its C stream; any other
 * object (io.BytesIO, io.BufferedReader/Writer, socket.makefile('rb'), a user's
 * io.BufferedIOBase) is read and written through a glibc cookie stream whose callbacks
 * call its read1 (else read), write and seek, so that file.c's line reading, universal
 * newlines, codecs and positions serve both kinds.  The stream reads ahead and keeps
 * writes like CPython's text layer: flush() hands them to the buffer.
 * Assumes glibc's fopencookie (_GNU_SOURCE, as the Makefile sets); a callback whose call raised leaves the exception set and
 * fails the C call, which file.c reports as that exception. */
#include "file.h"
#include <errno.h>

static ssize_t cookie_read(void *cookie, char *buf, size_t size) {
    TrFile *f = cookie;
    if (f->s.closed) return 0;
    TrValue chunk = tr_call_method_cstr(f->raw, f->has_read1 ? "read1" : "read", 1, tr_int_from_u64(size));
    if (!chunk) return errno = EIO, -1;
    if (chunk == tr_None) return 0; /* a non-blocking buffer with nothing yet */
    if (!tr_bytes_check(chunk) && !tr_isinstance_type(chunk, &tr_bytearray_type)) {
        tr_err(TR_EXC_TYPE(TypeError), "underlying %s() should have returned a bytes-like object, not '%s'",
               f->has_read1 ? "read1" : "read", TR_TYPE_NAME(chunk));
        return errno = EIO, -1;
    }
    TrBuffer view;
    if (tr_get_buffer(chunk, &view) < 0) return errno = EIO, -1;
    size_t n = view.len < size ? view.len : size;
    memcpy(buf, view.data, n);
    return (ssize_t)n;
}

/* writes after close are the GC finalizer's: dropped, the program is not called then */
static ssize_t cookie_write(void *cookie, const char *buf, size_t size) {
    TrFile *f = cookie;
    if (f->s.closed) return (ssize_t)size;
    TrValue r = tr_call_method_cstr(f->raw, "write", 1, tr_bytes_new(buf, size));
    if (!r) return errno = EIO, -1;
    int64_t n = (int64_t)size; /* a buffered writer's count, or None: all taken */
    if (r != tr_None && tr_index(r, &n) < 0) return errno = EIO, -1;
    return n < 0 || (uint64_t)n > size ? (ssize_t)size : (ssize_t)n;
}

/* glibc also seeks when the stream is closed (back over what it read ahead): not then */
static int cookie_seek(void *cookie, off64_t *pos, int whence) {
    TrFile *f = cookie;
    if (f->s.closed || f->detached) return errno = ESPIPE, -1;
    TrValue r = tr_call_method_cstr(f->raw, "seek", 2, tr_int_from_i64(*pos), TR_FROM_SMALL(whence));
    int64_t at;
    if (!r || tr_index(r, &at) < 0) return errno = EIO, -1;
    *pos = at;
    return 0;
}

static int cookie_close(void *cookie) { return 0; } /* the buffer stays open: close() closes it */

/* the buffer's readable()/writable() as a bool: -1 + error */
static int ask(TrValue buffer, const char *method) {
    TrValue r = tr_call_method_cstr(buffer, method, 0);
    return r ? tr_truthy(r) : -1;
}

TrValue tr_textio_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through", NULL};
    TrValue a[6];
    if (tr_parse_args("TextIOWrapper", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    if (tr_file_str_arg("TextIOWrapper", "encoding", &a[1]) < 0 || tr_file_str_arg("TextIOWrapper", "errors", &a[2]) < 0)
        return 0;
    const char *newline = TR_NEWLINE_UNIVERSAL;
    if (a[3] && tr_file_parse_newline("TextIOWrapper", a[3], &newline) < 0) return 0;
    TrCodec codec = {TR_CODEC_UTF8, 0};
    if (a[1] && tr_codec_lookup("TextIOWrapper", a[1], &codec) < 0) return 0;
    codec.wrap_name = 0;
    int flags[2] = {0, 0};
    for (int i = 0; i < 2; i++)
        if (a[4 + i] && (flags[i] = tr_truthy(a[4 + i])) < 0) return 0;
    TrValue buffer = a[0];
    int r = ask(buffer, "readable"), w = r < 0 ? -1 : ask(buffer, "writable");
    if (w < 0) return 0;
    TrFile *lender = tr_file_lends_stream(buffer) ? (TrFile *)buffer : 0;
    TrFile *f = (TrFile *)tr_file_new(type, lender ? lender->fp : NULL, 0, 0, r, w, lender != 0);
    f->raw = buffer;
    f->has_read1 = tr_getattr_opt(buffer, TR_INTERN("read1")) != 0;
    if (tr_err_occurred()) return 0;
    if (!lender) {
        cookie_io_functions_t io = {cookie_read, cookie_write, cookie_seek, cookie_close};
        f->fp = fopencookie(f, r && w ? "r+" : r ? "r" : "w", io);
        if (!f->fp) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
        tr_file_close_when_dropped(f);
    }
    f->newline = newline;
    f->codec = codec;
    f->encoding = a[1] ? a[1] : TR_INTERN("UTF-8");
    f->errors = a[2];
    f->line_buffering = flags[0];
    f->write_through = flags[1];
    f->decode_whole = !w && codec.id != TR_CODEC_UTF8 && !tr_codec_ascii_lines(codec.id);
    return (TrValue)f;
}
