/* file.c — file objects over C stdio: open() in text (any codec of codecs.c) and binary modes, the
 * standard streams sys.stdout/stderr/stdin, reading by size/line/all, writing,
 * iteration by lines, `with` support.  stdout is block-buffered when not a tty (as in
 * CPython) and flushed at exit; a finalizer closes files that are dropped open.  A text
 * file's .buffer (sys.stdout.buffer) writes bytes to the same C stream, so text and
 * bytes written in turn come out in order.  Text is encoded on each write and decoded
 * line by line where the codec keeps '\n' and '\r' single bytes; a file of another
 * codec (UTF-16/32, utf-8-sig) is decoded whole at its first read and read from memory. */
#include "file.h"
#include "codecs.h"
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

const char TR_NEWLINE_UNIVERSAL[] = "universal", TR_NEWLINE_UNTRANSLATED[] = "";
#define NEWLINE_UNIVERSAL TR_NEWLINE_UNIVERSAL
#define NEWLINE_UNTRANSLATED TR_NEWLINE_UNTRANSLATED

TrValue tr_sys_stdout, tr_sys_stderr, tr_sys_stdin;

static const char *errors_of(TrFile *f) {
    if (f->text) return "surrogatepass"; /* our own decoding's lone surrogates, kept */
    return f->errors ? tr_str_cstr(f->errors) : NULL;
}

/* an operation on a closed file, or on a TextIOWrapper whose buffer detach() took */
static TrValue closed_error(TrFile *f) {
    return tr_err(TR_EXC_TYPE(ValueError), f->detached ? "underlying buffer has been detached" : "I/O operation on closed file.");
}

/* io.UnsupportedOperation(OSError, ValueError): reading a write-only file or the reverse.
 * CPython's buffered files name the operation ("write"), FileIO says "File not open for
 * writing", text files "not writable". */
TrType *tr_io_unsupported_operation;
static bool is_fileio(TrFile *f);
static TrValue unsupported_error(TrFile *f, const char *op, const char *ability) {
    if (is_fileio(f)) return tr_err(tr_io_unsupported_operation, "File not open for %s", ability[0] == 'r' ? "reading" : "writing");
    return f->binary ? tr_err(tr_io_unsupported_operation, "%s", op) : tr_err(tr_io_unsupported_operation, "not %s", ability);
}

/* an operation on a closed or detached binary file: a Buffered*'s "<op> closed file"
 * (op 0: the plain text), FileIO's "I/O operation on closed file" */
static TrValue binary_closed(TrFile *f, const char *op) {
    if (f->detached) return tr_err(TR_EXC_TYPE(ValueError), "raw stream has been detached");
    if (!op || is_fileio(f)) return tr_err(TR_EXC_TYPE(ValueError), "I/O operation on closed file");
    return tr_err(TR_EXC_TYPE(ValueError), "%s closed file", op);
}

/* The checks before an operation that wants reading (want 'r'), writing ('w') or
 * neither (0), in CPython's order: a Buffered* lacks the method of the other direction
 * (UnsupportedOperation op, closed or not), the others check closed first.  closed_op:
 * the start of a Buffered*'s closed text ("read of"), 0 for the plain one.  -1 + error. */
static int check_op(TrFile *f, char want, const char *op, const char *closed_op) {
    bool allowed = !want || (want == 'r' ? f->readable : f->writable);
    const char *ability = want == 'r' ? "readable" : "writable";
    if (!allowed && f->binary && !f->detached && !is_fileio(f)) return unsupported_error(f, op, ability), -1;
    if (f->s.closed || f->detached) return (f->binary ? binary_closed(f, closed_op) : closed_error(f)), -1;
    if (!allowed) return unsupported_error(f, op, ability), -1;
    return 0;
}

static void file_finalize(void *obj, void *data) {
    TrFile *f = obj;
    if (f->s.closed || !f->fp || f->is_std) return;
    if (f->raw) f->s.closed = true; /* a cookie stream: no call into the program from the GC */
    fclose(f->fp);
}

TrValue tr_file_new(TrType *type, FILE *fp, TrValue name, TrValue mode, bool r, bool w, bool is_std) {
    TrFile *f = (TrFile *)tr_object_alloc(type, type->basicsize);
    f->fp = fp;
    f->name = name;
    f->mode = mode;
    f->binary = !tr_type_is_subtype(type, &tr_file_type);
    f->readable = r;
    f->writable = w;
    f->is_std = is_std;
    f->closefd = !is_std;
    f->newline = NEWLINE_UNIVERSAL;
    f->codec.id = TR_CODEC_UTF8;
    if (!is_std && fp) tr_file_close_when_dropped(f);
    return (TrValue)f;
}

void tr_file_close_when_dropped(TrFile *f) { GC_register_finalizer_no_order(f, file_finalize, NULL, NULL, NULL); }

/* the class of a binary file that reads (r) and/or writes (w) */
static TrType *buffered_type(bool r, bool w) { return r && w ? &tr_bufrandom_type : r ? &tr_bufreader_type : &tr_bufwriter_type; }

/* a binary file's mode as FileIO shows it, from open()'s mode: 'w+b' is 'rb+' */
static TrValue raw_mode(const char *mode) {
    bool plus = strchr(mode, '+') != NULL;
    const char *m = strchr(mode, 'x') ? (plus ? "xb+" : "xb") : strchr(mode, 'a') ? (plus ? "ab+" : "ab")
                  : strchr(mode, 'r') || plus ? (plus ? "rb+" : "rb") : "wb";
    return tr_str_from_cstr(m);
}

static bool is_fileio(TrFile *f) { return tr_isinstance_type((TrValue)f, &tr_fileio_type); }

TrValue tr_file_from_fd(int fd, const char *name, const char *mode) {
    FILE *fp = fd == 0 ? stdin : fd == 1 ? stdout : fd == 2 ? stderr : fdopen(fd, mode);
    bool r = strchr(mode, 'r') != NULL, w = strchr(mode, 'w') || strchr(mode, 'a');
    TrType *type = strchr(mode, 'b') ? buffered_type(r, w) : &tr_file_type;
    return tr_file_new(type, fp, tr_str_from_cstr(name), strchr(mode, 'b') ? raw_mode(mode) : tr_str_from_cstr(mode), r, w, fd <= 2);
}

static int write_bytes(TrFile *f, const char *s, size_t n) {
    if (check_op(f, 'w', "write", "write to") < 0) return -1;
    /* a stream that reads and writes needs a seek between a read and a write (C99 7.19.5.3) */
    if (!f->wrote && f->readable && !f->raw) fseek(f->fp, 0, SEEK_CUR);
    f->wrote = f->raw || f->readable;
    if (fwrite(s, 1, n, f->fp) != n) {
        if (!tr_err_occurred()) tr_err_errno(TR_EXC_TYPE(OSError), 0);
        return -1;
    }
    return 0;
}

/* Writes str s to text file f: '\n' as open()'s newline '\r' or '\r\n', then
 * encoded with the file's codec and errors. */
static int write_str(TrFile *f, TrValue s);
static int flush_stream(TrFile *f);
static int flush_file(TrFile *f);

/* Writes str s to text file `file` (write_str), then flushes it as line_buffering and
 * write_through ask. */
int tr_file_write_str(TrValue file, TrValue s) {
    TrFile *f = (TrFile *)file;
    if (write_str(f, s) < 0) return -1;
    if (f->line_buffering && (memchr(tr_str_cstr(s), '\n', TR_STR(s)->len) || memchr(tr_str_cstr(s), '\r', TR_STR(s)->len)))
        return flush_file(f);
    return f->write_through && f->raw ? flush_stream(f) : 0;
}

static int write_str(TrFile *f, TrValue s) {
    if (check_op(f, 'w', "write", 0) < 0) return -1;
    if (f->newline[0] == '\r' && memchr(tr_str_cstr(s), '\n', TR_STR(s)->len) &&
        !(s = tr_call_method_cstr(s, "replace", 2, TR_INTERN("\n"), tr_str_from_cstr(f->newline))))
        return -1;
    TrStr *t = TR_STR(s);
    if ((f->is_std && !f->encoding) || (f->codec.id == TR_CODEC_UTF8 && (t->ascii || !memchr(t->data, 0xed, t->len))))
        return write_bytes(f, t->data, t->len);
    /* a CJK codec keeps its shift state from one write to the next, never shifting back
     * at the end, as CPython's TextIOWrapper's incremental encoder */
    TrValue b = f->codec.id >= TR_CODEC_CJK ? tr_cjk_encode_partial(f->codec, s, errors_of(f), false, &f->codec_state)
                                            : tr_codec_encode(f->codec, s, errors_of(f));
    if (!b) return -1;
    int id = f->codec.id; /* the BOM once, at the start */
    f->codec.id = id == TR_CODEC_UTF16 || id == TR_CODEC_UTF32 ? id + 1 : id == TR_CODEC_UTF8SIG ? TR_CODEC_UTF8 : id;
    size_t n;
    const char *d = tr_buffer_view(b, &n);
    return write_bytes(f, d, n);
}

/* open()'s file argument: a str or bytes path, an os.PathLike's __fspath__() (the file's
 * name is the path, as in CPython), or an int file descriptor. */
static TrValue open_target(TrValue v) {
    if (tr_str_check(v) || tr_int_check(v)) return v;
    if (tr_bytes_check(v)) {
        size_t n;
        const char *d = tr_buffer_view(v, &n);
        return memchr(d, 0, n) ? tr_err(TR_EXC_TYPE(ValueError), "embedded null byte") : v;
    }
    if (!tr_type_lookup(TR_TYPE(v), TR_INTERN("__fspath__")))
        return tr_err(TR_EXC_TYPE(TypeError), "expected str, bytes or os.PathLike object, not %s", TR_TYPE_NAME(v));
    TrValue r = tr_call_method(TR_INTERN("__fspath__"), &v, 1, 0);
    if (r && !tr_str_check(r) && !tr_bytes_check(r))
        return tr_err(TR_EXC_TYPE(TypeError), "expected %s.__fspath__() to return str or bytes, not %s",
                      TR_TYPE_NAME(v), TR_TYPE_NAME(r));
    return r;
}

/* open()'s newline argument: None, '', '\n', '\r' or '\r\n' into *out (TrFile.newline) */
int tr_file_parse_newline(const char *fname, TrValue v, const char **out) {
    *out = NEWLINE_UNIVERSAL;
    if (v == tr_None) return 0;
    if (!tr_str_check(v)) {
        tr_err(TR_EXC_TYPE(TypeError), "%s() argument 'newline' must be str or None, not %s", fname, TR_TYPE_NAME(v));
        return -1;
    }
    static const char *const values[] = {NEWLINE_UNTRANSLATED, "\n", "\r", "\r\n"};
    for (int i = 0; i < 4; i++)
        if (!strcmp(tr_str_cstr(v), values[i])) {
            *out = values[i];
            return 0;
        }
    tr_err(TR_EXC_TYPE(ValueError), "illegal newline value: %s", tr_str_cstr(v));
    return -1;
}

int tr_file_str_arg(const char *fname, const char *kw, TrValue *v) {
    if (!*v || *v == tr_None) {
        *v = 0;
        return 0;
    }
    if (tr_str_check(*v)) return 0;
    tr_err(TR_EXC_TYPE(TypeError), "%s() argument '%s' must be str or None, not %s", fname, kw, TR_TYPE_NAME(*v));
    return -1;
}

/* open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None) */
TrValue tr_file_open(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener", NULL};
    TrValue a[8];
    if (tr_parse_args("open", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    TrValue file = open_target(a[0]);
    if (!file) return 0;
    const char *mode = a[1] ? tr_str_cstr(a[1]) : "r";
    bool r = false, w = false, app = false, x = false, plus = false, bin = false, text = false;
    for (const char *m = mode; *m; m++) {
        switch (*m) {
        case 'r': r = true; break;
        case 'w': w = true; break;
        case 'a': app = true; break;
        case 'x': x = true; break;
        case '+': plus = true; break;
        case 'b': bin = true; break;
        case 't': text = true; break;
        default: return tr_err(TR_EXC_TYPE(ValueError), "invalid mode: '%s'", mode);
        }
    }
    if (r + w + app + x != 1 || (bin && text))
        return tr_err(TR_EXC_TYPE(ValueError), r + w + app + x > 1 ? "must have exactly one of create/read/write/append mode"
                                                                    : "invalid mode: '%s'", mode);
    const char *newline = NEWLINE_UNIVERSAL;
    if (a[5] && tr_file_parse_newline("open", a[5], &newline) < 0) return 0;
    if (bin && newline != NEWLINE_UNIVERSAL) return tr_err(TR_EXC_TYPE(ValueError), "binary mode doesn't take a newline argument");
    for (int i = 3; i <= 4; i++) {
        if (tr_file_str_arg("open", kw[i], &a[i]) < 0) return 0;
        if (a[i] && bin) return tr_err(TR_EXC_TYPE(ValueError), "binary mode doesn't take an %s argument", kw[i]);
    }
    TrCodec codec = {TR_CODEC_UTF8, 0};
    if (a[3] && tr_codec_lookup("open", a[3], &codec) < 0) return 0;
    codec.wrap_name = 0; /* a text file's codec errors are never wrapped */
    int64_t buffering = -1;
    if (a[2] && tr_index(a[2], &buffering) < 0) return 0;
    if (!buffering && !bin) return tr_err(TR_EXC_TYPE(ValueError), "can't have unbuffered text I/O");
    int closefd = 1; /* Clinic's bool(accept={int}): a C int through __index__ */
    if (a[6] && tr_as_c_int(a[6], &closefd) < 0) return 0;
    const char *cmode = r ? (plus ? "r+" : "r") : w ? (plus ? "w+" : "w") : app ? (plus ? "a+" : "a") : (plus ? "w+x" : "wx");
    FILE *fp;
    TrValue opener = a[7] && a[7] != tr_None && !tr_int_check(file) ? a[7] : 0;
    if (tr_int_check(file) || opener) {
        int64_t fd;
        if (opener) { /* opener(file, flags): the descriptor to use */
            if (!closefd) return tr_err(TR_EXC_TYPE(ValueError), "Cannot use closefd=False with file name");
            int flags = O_CLOEXEC | (plus ? O_RDWR : r ? O_RDONLY : O_WRONLY) | (w ? O_CREAT | O_TRUNC : 0) |
                        (app ? O_CREAT | O_APPEND : 0) | (x ? O_CREAT | O_EXCL : 0);
            TrValue got = tr_call(opener, (TrValue[]){file, tr_int_from_i64(flags)}, 2, 0);
            if (!got || tr_int_as_i64(got, &fd) < 0) return 0;
            if (fd < 0) return tr_err(TR_EXC_TYPE(ValueError), "opener returned %lld", (long long)fd);
        } else if (tr_int_as_i64(file, &fd) < 0) {
            return 0;
        }
        if (!closefd && (fd = dup((int)fd)) < 0) /* closefd=False: close a copy */
            return tr_err_errno(TR_EXC_TYPE(OSError), 0);
        fp = fdopen((int)fd, x ? (plus ? "w+" : "w") : cmode);
        if (!fp) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    } else {
        if (!closefd) return tr_err(TR_EXC_TYPE(ValueError), "Cannot use closefd=False with file name");
        size_t n;
        const char *path = tr_str_check(file) ? tr_fs_encode(file, &n) : tr_buffer_view(file, &n);
        if (!path) return 0;
        fp = fopen(path, cmode);
        if (!fp) return tr_err_errno(TR_EXC_TYPE(OSError), file);
    }
    /* a binary file is a FileIO (buffering=0: unbuffered) or the Buffered* of its mode */
    TrType *type = !bin ? &tr_file_type : !buffering ? &tr_fileio_type : buffered_type(r || plus, !r || plus);
    if (!buffering) setvbuf(fp, NULL, _IONBF, 0);
    TrFile *f = (TrFile *)tr_file_new(type, fp, file, bin ? raw_mode(mode) : tr_str_from_cstr(mode), r || plus, !r || plus, false);
    f->closefd = closefd;
    f->newline = newline;
    f->codec = codec;
    f->encoding = a[3];
    f->errors = a[4];
    f->decode_whole = !bin && !f->writable && codec.id != TR_CODEC_UTF8 && !tr_codec_ascii_lines(codec.id);
    if (app) fseek(fp, 0, SEEK_END); /* appending starts at the end, as tell() shows */
    if (app && (codec.id == TR_CODEC_UTF16 || codec.id == TR_CODEC_UTF32 || codec.id == TR_CODEC_UTF8SIG) &&
        ftell(fp) > 0) /* appending: no BOM in the middle */
        f->codec.id = codec.id == TR_CODEC_UTF8SIG ? TR_CODEC_UTF8 : codec.id + 1;
    return (TrValue)f;
}

bool tr_file_lends_stream(TrValue v) {
    TrType *t = TR_TYPE(v);
    bool binary = tr_type_is_subtype(t, &tr_fileio_type) || tr_type_is_subtype(t, &tr_bufreader_type) ||
                  tr_type_is_subtype(t, &tr_bufwriter_type) || tr_type_is_subtype(t, &tr_bufrandom_type);
    return binary && !((TrFile *)v)->pybuffer && ((TrFile *)v)->fp;
}

/* io.FileIO(file, mode='r', closefd=True, opener=None): a descriptor opened with the
 * flags of mode ('r', 'w', 'a', 'x', at most one '+', any 'b'), by opener(file, flags)
 * if given, or the int descriptor file itself; read and written unbuffered. */
TrValue tr_fileio_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"file", "mode", "closefd", "opener", NULL};
    TrValue a[4];
    if (tr_parse_args("FileIO", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    if (a[1] && !tr_str_check(a[1])) return tr_err(TR_EXC_TYPE(TypeError), "FileIO() argument 'mode' must be str, not %s", TR_TYPE_NAME(a[1]));
    const char *mode = a[1] ? tr_str_cstr(a[1]) : "r";
    int rwax = 0, plus = 0, flags = O_CLOEXEC;
    bool r = false, w = false;
    for (const char *m = mode; *m; m++) {
        switch (*m) {
        case 'r': rwax++; r = true; break;
        case 'w': rwax++; w = true; flags |= O_CREAT | O_TRUNC; break;
        case 'a': rwax++; w = true; flags |= O_CREAT | O_APPEND; break;
        case 'x': rwax++; w = true; flags |= O_CREAT | O_EXCL; break;
        case '+': plus++; r = w = true; break;
        case 'b': break;
        default: return tr_err(TR_EXC_TYPE(ValueError), "invalid mode: %s", mode);
        }
    }
    if (rwax != 1 || plus > 1)
        return tr_err(TR_EXC_TYPE(ValueError), "Must have exactly one of create/read/write/append mode and at most one plus");
    flags |= r && w ? O_RDWR : r ? O_RDONLY : O_WRONLY;
    int closefd = 1;
    if (a[2] && (closefd = tr_truthy(a[2])) < 0) return 0;
    TrValue file = a[0];
    int64_t fd = -1;
    if (tr_int_check(file) || tr_isinstance_type(file, &tr_bool_type)) {
        if (tr_int_as_i64(file, &fd) < 0) return 0;
        if (fd < 0) return tr_err(TR_EXC_TYPE(ValueError), "negative file descriptor");
        if (!closefd && (fd = dup((int)fd)) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0); /* a copy to close */
    } else {
        if (!closefd) return tr_err(TR_EXC_TYPE(ValueError), "Cannot use closefd=False with file name");
        if (!(file = open_target(file))) return 0;
        if (a[3] && a[3] != tr_None) {
            TrValue r = tr_call(a[3], (TrValue[]){file, tr_int_from_i64(flags)}, 2, 0);
            if (!r || tr_int_as_i64(r, &fd) < 0) return 0;
            if (fd < 0) return tr_err(TR_EXC_TYPE(ValueError), "opener returned %lld", (long long)fd);
        } else {
            size_t n;
            const char *path = tr_str_check(file) ? tr_fs_encode(file, &n) : tr_buffer_view(file, &n);
            if (!path) return 0;
            if ((fd = open(path, flags, 0666)) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), file);
        }
    }
    FILE *fp = fdopen((int)fd, r && w ? (flags & O_APPEND ? "a+" : "r+") : r ? "r" : flags & O_APPEND ? "a" : "w");
    if (!fp) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    setvbuf(fp, NULL, _IONBF, 0);
    char shown[8];
    snprintf(shown, sizeof shown, "%s%s", flags & O_EXCL ? "xb" : flags & O_APPEND ? "ab" : r ? "rb" : "wb", r && w ? "+" : "");
    TrFile *f = (TrFile *)tr_file_new(type, fp, file, tr_str_from_cstr(shown), r, w, false);
    f->closefd = closefd;
    return (TrValue)f;
}

/* Text read from a file: decoded with its codec and errors (strict UTF-8 by default:
 * invalid bytes are a UnicodeDecodeError), never an invalid str. */
static TrValue text_from(TrFile *f, const char *data, size_t n) {
    if (f->codec.id <= TR_CODEC_LATIN1) {
        size_t i = 0;
        while (i < n && (unsigned char)data[i] < 0x80) i++;
        if (i == n) return tr_str_new(data, n);
    }
    return tr_codec_decode(f->codec, data, n, 0, errors_of(f));
}

static TrValue make_data(TrFile *f, const char *data, size_t n) {
    return f->binary ? tr_bytes_new(data, n) : text_from(f, data, n);
}

/* The first read of a file whose lines are no byte lines (TrFile.decode_whole): its
 * rest decoded, then read from memory as UTF-8.  -1 with the error of the decoding. */
static int decode_whole(TrFile *f) {
    f->decode_whole = false;
    TrBuf b;
    tr_buf_init(&b);
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f->fp)) > 0) tr_buf_add(&b, buf, n);
    TrValue text = tr_codec_decode(f->codec, b.data ? b.data : "", b.len, 0, errors_of(f));
    if (!text) return -1;
    size_t len = TR_STR(text)->len;
    FILE *mem = fmemopen(TR_STR(text)->data, len ? len : 1, "r"); /* no text: its NUL, read past */
    if (!mem) { tr_err_errno(TR_EXC_TYPE(OSError), 0); return -1; }
    if (!len) fgetc(mem);
    if (!f->is_std) fclose(f->fp);
    f->fp = mem;
    f->text = text;
    f->codec.id = TR_CODEC_UTF8;
    return 0;
}

/* Once other threads exist: when fp has no buffered input, wait for its descriptor
 * to become readable with the GIL dropped, so that a read blocking on a pipe or a
 * terminal (input(), sys.stdin.readline()) lets the other threads run.  -1 if a
 * signal handler raised meanwhile. */
static int wait_readable(FILE *fp) {
    if (!tr_threads_started || fileno(fp) < 0) return 0; /* a cookie stream: its buffer's read waits */
#ifdef __GLIBC__
    if (fp->_IO_read_ptr < fp->_IO_read_end) return 0; /* buffered: no wait */
#endif
    struct pollfd pfd = {.fd = fileno(fp), .events = POLLIN};
    while (TR_WITHOUT_GIL(int, poll(&pfd, 1, -1)) < 0 && errno == EINTR)
        if (tr_handle_signals() < 0) return -1; /* a handler raised; else wait on (PEP 475) */
    return 0;
}

/* fgetc that resumes a read interrupted by a signal once the handlers ran (PEP 475);
 * EOF with an exception set if one raised. */
static int getc_resuming(FILE *fp) {
    int c;
    while ((c = fgetc(fp)) == EOF && ferror(fp) && errno == EINTR) {
        clearerr(fp);
        if (tr_handle_signals() < 0) return EOF;
    }
    return c;
}

/* before a read after a write (a stream that does both): the write goes out first */
static int switch_to_read(TrFile *f) {
    if (!f->wrote) return 0;
    f->wrote = false;
    return fflush(f->fp) == 0 ? 0 : -1;
}

/* Read one line (including its terminator, see TrFile.newline) into b; returns bytes
 * read, 0 at EOF. Binary files end lines at '\n' only.  A signal handler that raised
 * ends it early with the exception set (the callers check tr_err_occurred). */
static size_t read_line(TrFile *f, TrBuf *b, int64_t limit) {
    const char *nl = f->binary ? "\n" : f->newline;
    if (f->decode_whole && decode_whole(f) < 0) return 0;
    bool universal = nl == NEWLINE_UNIVERSAL || nl == NEWLINE_UNTRANSLATED;
    if (switch_to_read(f) < 0) return 0;
    int c;
    size_t n = 0;
    if (wait_readable(f->fp) < 0) return 0;
    while ((limit < 0 || (int64_t)n < limit) && (c = getc_resuming(f->fp)) != EOF) {
        if (c == '\r' && universal) {
            int d = getc_resuming(f->fp);
            bool keep_lf = d == '\n' && nl == NEWLINE_UNTRANSLATED && (limit < 0 || (int64_t)n + 1 < limit);
            f->seennl |= d == '\n' ? NL_CRLF : NL_CR;
            if (d != EOF && d != '\n') ungetc(d, f->fp);
            else if (d == '\n' && nl == NEWLINE_UNTRANSLATED && !keep_lf) ungetc(d, f->fp);
            tr_buf_addc(b, nl == NEWLINE_UNIVERSAL ? '\n' : '\r');
            n++;
            if (keep_lf) { tr_buf_addc(b, '\n'); n++; }
            break;
        }
        tr_buf_addc(b, (char)c);
        n++;
        if (c == '\n' && universal) {
            f->seennl |= NL_LF;
            break;
        }
        if (c == '\n' && !strcmp(nl, "\n")) break;
        if (c == '\r' && !strcmp(nl, "\r")) break;
        if (c == '\n' && !strcmp(nl, "\r\n") && n >= 2 && b->data[b->len - 2] == '\r') break;
    }
    return n;
}

/* a binary file's method over a Python raw stream is buffered.c's */
#define PYBUFFER(fn) \
    if (((TrFile *)args[0])->pybuffer) return tr_buffered_##fn(args, nargs, kwnames)

#define FILE_CHECK(f, want, op, closed_op) \
    TrFile *f = (TrFile *)args[0];        \
    if (check_op(f, want, op, closed_op) < 0) return 0

/* the continuation bytes of a UTF-8 character whose lead byte ends b */
static void complete_utf8(TrFile *f, TrBuf *b) {
    size_t lead = b->len, i = 0;
    while (lead > 0 && i < 4 && ((unsigned char)b->data[lead - 1] & 0xC0) == 0x80) lead--, i++;
    if (!lead) return;
    unsigned char c = (unsigned char)b->data[--lead];
    size_t want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    for (size_t have = b->len - lead; have < want; have++) {
        int next = getc_resuming(f->fp);
        if (next == EOF) return;
        if ((next & 0xC0) != 0x80) { ungetc(next, f->fp); return; }
        tr_buf_addc(b, (char)next);
    }
}

/* whether the text in b ends with a line end of f's newline mode */
static bool line_ended(TrFile *f, TrBuf *b) {
    char last = b->data[b->len - 1];
    const char *nl = f->newline;
    if (nl == NEWLINE_UNIVERSAL || !strcmp(nl, "\n")) return last == '\n';
    if (nl == NEWLINE_UNTRANSLATED) return last == '\n' || last == '\r';
    return !strcmp(nl, "\r") ? last == '\r' : last == '\n' && b->len >= 2 && b->data[b->len - 2] == '\r';
}

/* Text for read(size) (one_line false) and readline(size): at most size characters
 * (-1: no limit), universal newlines.  Never more bytes than characters wanted, then
 * the rest of a UTF-8 character cut at the end, so nothing is read past them (the
 * stream may not seek back: a pipe, a socket). */
static void read_chars(TrFile *f, TrBuf *b, int64_t size, bool one_line) {
    int64_t chars = 0;
    while (size < 0 || chars < size) {
        size_t start = b->len, n = read_line(f, b, size < 0 ? -1 : size - chars);
        if (!n || tr_err_occurred()) break;
        if (f->codec.id != TR_CODEC_UTF8) { /* a single-byte codec */
            chars += (int64_t)(b->len - start);
        } else {
            complete_utf8(f, b);
            for (size_t i = start; i < b->len; i++) chars += ((unsigned char)b->data[i] & 0xC0) != 0x80;
        }
        if (one_line && (size < 0 || line_ended(f, b))) break;
    }
}

/* FileIO.read(size) of a pipe, socket or terminal: one read of the descriptor (its C
 * stream is unbuffered, and such a stream has no position for the C library to keep),
 * so it gives what it has; resumed after a signal's handlers (PEP 475) */
static TrValue read_once(TrFile *f, size_t size) {
    char *buf = tr_alloc_atomic(size + 1);
    ssize_t n;
    if (wait_readable(f->fp) < 0) return 0;
    while ((n = TR_WITHOUT_GIL(ssize_t, read(fileno(f->fp), buf, size))) < 0) {
        if (errno != EINTR) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
        if (tr_handle_signals() < 0) return 0;
    }
    return tr_bytes_new(buf, (size_t)n);
}

static TrValue file_read(TrValue *args, size_t nargs, TrValue kwnames) {
    PYBUFFER(read);
    FILE_CHECK(f, 'r', "read", "read of");
    int64_t size = -1;
    if (nargs > 1 && args[1] != tr_None && tr_index(args[1], &size) < 0) return 0;
    TrBuf b;
    tr_buf_init(&b);
    if (!f->binary) {
        read_chars(f, &b, size, false);
        if (tr_err_occurred()) return 0;
        return text_from(f, b.data ? b.data : "", b.len);
    }
    if (switch_to_read(f) < 0) return tr_err_occurred() ? 0 : tr_err_errno(TR_EXC_TYPE(OSError), 0);
    struct stat st;
    if (size >= 0 && is_fileio(f) && fstat(fileno(f->fp), &st) == 0 && !S_ISREG(st.st_mode)) return read_once(f, (size_t)size);
    char buf[65536];
    while (size < 0 || (int64_t)b.len < size) {
        size_t want = size < 0 ? sizeof buf : (size_t)(size - b.len) < sizeof buf ? (size_t)(size - b.len) : sizeof buf;
        if (wait_readable(f->fp) < 0) return 0;
        size_t n = fread(buf, 1, want, f->fp);
        tr_buf_add(&b, buf, n);
        if (n < want && ferror(f->fp) && errno == EINTR) { /* resumed after the handlers (PEP 475) */
            clearerr(f->fp);
            if (tr_handle_signals() < 0) return 0;
            continue;
        }
        if (!n) break;
    }
    return tr_bytes_new(b.data ? b.data : "", b.len);
}

static TrValue file_readline(TrValue *args, size_t nargs, TrValue kwnames) {
    PYBUFFER(readline);
    FILE_CHECK(f, 'r', "read", "readline of");
    int64_t limit = -1;
    if (nargs > 1 && args[1] != tr_None && tr_index(args[1], &limit) < 0) return 0;
    if (f == (TrFile *)tr_sys_stdin) fflush(stdout);
    TrBuf b;
    tr_buf_init(&b);
    if (f->binary || limit < 0) read_line(f, &b, limit);
    else read_chars(f, &b, limit, true);
    if (tr_err_occurred()) return 0;
    return make_data(f, b.data ? b.data : "", b.len);
}

static TrValue file_readlines(TrValue *args, size_t nargs, TrValue kwnames) {
    if (((TrFile *)args[0])->pybuffer) { /* IOBase's, over readline() */
        TrValue l = tr_list_new(0), line;
        while ((line = tr_buffered_readline(args, 1, 0)) && tr_len(line) > 0) tr_list_append(l, line);
        return line ? l : 0;
    }
    FILE_CHECK(f, 'r', "read", "readline of");
    TrValue l = tr_list_new(0);
    for (;;) {
        TrBuf b;
        tr_buf_init(&b);
        if (!read_line(f, &b, -1) || tr_err_occurred()) break;
        tr_list_append(l, make_data(f, b.data, b.len));
    }
    return tr_err_occurred() ? 0 : l;
}

static TrValue file_write(TrValue *args, size_t nargs, TrValue kwnames) {
    PYBUFFER(write);
    FILE_CHECK(f, 'w', "write", f->binary ? "write to" : 0);
    if (tr_check_nargs("write", nargs - 1, 1, 1) < 0) return 0;
    TrValue s = args[1];
    if (f->binary) { /* any bytes-like object: bytes, bytearray, memoryview, array, mmap */
        TrBuffer b;
        if (tr_get_buffer(s, &b) < 0 || write_bytes(f, b.data, b.len) < 0) return 0;
        return tr_int_from_i64((int64_t)b.len);
    }
    if (!tr_str_check(s)) return tr_err(TR_EXC_TYPE(TypeError), "write() argument must be str, not %s", tr_arg_type_name(s));
    if (tr_file_write_str(args[0], s) < 0) return 0;
    if (f->fp == stderr) fflush(stderr);
    return tr_int_from_i64((int64_t)TR_STR(s)->nchars);
}

static TrValue file_writelines(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("writelines", nargs - 1, 1, 1) < 0) return 0;
    TrValue it = tr_iter(args[1]), line;
    if (!it) return 0;
    while ((line = tr_next(it))) {
        TrValue a[2] = {args[0], line};
        if (!file_write(a, 2, 0)) return 0;
    }
    return tr_err_occurred() ? 0 : tr_None;
}

/* the bytes fp has read ahead (0 where the C library does not tell) */
static size_t read_ahead(FILE *fp) {
#ifdef __GLIBC__
    return (size_t)(fp->_IO_read_end - fp->_IO_read_ptr);
#else
    return 0;
#endif
}

/* Up to size bytes (-1: what is read ahead) with at most one read of the descriptor,
 * as Buffered*.read1: what is read ahead, else one fill of the C stream's buffer, else
 * (size larger than that buffer, as CPython reads it past its buffer) size bytes. */
static TrValue read1_bytes(TrFile *f, int64_t size) {
    if (!size) return tr_bytes_new("", 0);
    if (switch_to_read(f) < 0) return tr_err_occurred() ? 0 : tr_err_errno(TR_EXC_TYPE(OSError), 0);
    if (!read_ahead(f->fp) && (size < 0 || size <= BUFSIZ)) {
        if (wait_readable(f->fp) < 0) return 0;
        int c = getc_resuming(f->fp);
        if (c == EOF) return tr_err_occurred() ? 0 : tr_bytes_new("", 0);
        ungetc(c, f->fp);
    }
    size_t avail = read_ahead(f->fp), want = size < 0 || (avail && (uint64_t)size > avail) ? avail : (size_t)size;
    if (!want) want = 1; /* no read-ahead to tell of: one byte at a time */
    char *buf = tr_alloc_atomic(want + 1);
    size_t n = fread(buf, 1, want, f->fp);
    return tr_bytes_new(buf, n);
}

static int size_arg(TrValue *args, size_t nargs, const char *fname, int64_t *n) {
    *n = -1;
    if (tr_check_nargs(fname, nargs - 1, 0, 1) < 0) return -1;
    return nargs > 1 && args[1] != tr_None && tr_index(args[1], n) < 0 ? -1 : 0;
}

static TrValue file_read1(TrValue *args, size_t nargs, TrValue kwnames) {
    PYBUFFER(read1);
    FILE_CHECK(f, 'r', "read1", "read of");
    int64_t size;
    return size_arg(args, nargs, "read1", &size) < 0 ? 0 : read1_bytes(f, size);
}

/* peek(size=0): the bytes read ahead, without consuming them (one fill when there are none) */
static TrValue file_peek(TrValue *args, size_t nargs, TrValue kwnames) {
    PYBUFFER(peek);
    FILE_CHECK(f, 'r', "peek", "peek of");
    int64_t size;
    if (size_arg(args, nargs, "peek", &size) < 0) return 0;
    if (switch_to_read(f) < 0) return tr_err_occurred() ? 0 : tr_err_errno(TR_EXC_TYPE(OSError), 0);
    if (!read_ahead(f->fp)) {
        if (wait_readable(f->fp) < 0) return 0;
        int c = getc_resuming(f->fp);
        if (c == EOF) return tr_err_occurred() ? 0 : tr_bytes_new("", 0);
        ungetc(c, f->fp);
        if (!read_ahead(f->fp)) return tr_bytes_new((char[]){(char)c}, 1);
    }
#ifdef __GLIBC__
    return tr_bytes_new(f->fp->_IO_read_ptr, read_ahead(f->fp));
#else
    return tr_bytes_new("", 0);
#endif
}

/* readinto(b) and readinto1(b): read(len(b)) / read1(len(b)) into the writable buffer b */
static TrValue readinto(TrValue *args, size_t nargs, TrValue kwnames, bool one) {
    if (tr_check_nargs(one ? "readinto1" : "readinto", nargs - 1, 1, 1) < 0) return 0;
    TrBuffer b;
    if (tr_get_buffer(args[1], &b) < 0) return 0;
    if (b.readonly)
        return tr_err(TR_EXC_TYPE(TypeError), "readinto() argument must be read-write bytes-like object, not %s", TR_TYPE_NAME(args[1]));
    TrValue n = tr_int_from_u64(b.len);
    TrValue got = one ? file_read1((TrValue[]){args[0], n}, 2, 0) : file_read((TrValue[]){args[0], n}, 2, 0);
    if (!got) return 0;
    size_t len;
    const char *d = tr_buffer_view(got, &len);
    if (len) memcpy(b.data, d, len);
    return tr_int_from_u64(len);
}

static TrValue file_readinto(TrValue *args, size_t nargs, TrValue kwnames) {
    if (!((TrFile *)args[0])->pybuffer && check_op((TrFile *)args[0], 'r', "read", "readinto of") < 0) return 0;
    return readinto(args, nargs, kwnames, false);
}

static TrValue file_readinto1(TrValue *args, size_t nargs, TrValue kwnames) {
    if (!((TrFile *)args[0])->pybuffer && check_op((TrFile *)args[0], 'r', "read", "readinto of") < 0) return 0;
    return readinto(args, nargs, kwnames, true);
}

/* FileIO.readall(): read() to the end */
static TrValue file_readall(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("readall", nargs - 1, 0, 0) < 0) return 0;
    return file_read(args, 1, 0);
}

/* f.reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None,
 * write_through=None): flushes first; a new encoding resets errors to 'strict' */
static TrValue file_reconfigure(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"$encoding", "$errors", "$newline", "$line_buffering", "$write_through", NULL};
    TrValue a[5];
    if (nargs > 1) return tr_err(TR_EXC_TYPE(TypeError), "reconfigure() takes no positional arguments");
    if (tr_parse_args("reconfigure", args + 1, 0, kwnames, kw, 0, a) < 0) return 0;
    TrFile *f = (TrFile *)args[0];
    for (int i = 0; i < 2; i++) {
        if (a[i] == tr_None) a[i] = 0;
        if (a[i] && !tr_str_check(a[i])) return tr_err(TR_EXC_TYPE(TypeError), "bad argument type for built-in operation");
    }
    const char *newline = f->newline;
    if (a[2] && tr_file_parse_newline("reconfigure", a[2], &newline) < 0) return 0;
    int flags[2] = {f->line_buffering, f->write_through};
    for (int i = 0; i < 2; i++)
        if (a[3 + i] && a[3 + i] != tr_None && (flags[i] = tr_truthy(a[3 + i])) < 0) return 0;
    if (!f->s.closed && flush_file(f) < 0) return 0;
    f->line_buffering = flags[0];
    f->write_through = flags[1];
    TrCodec codec = f->codec;
    if (a[0] && tr_codec_lookup("reconfigure", a[0], &codec) < 0) return 0;
    if (a[0]) {
        f->codec.id = codec.id;
        f->codec_state = 0;
        f->encoding = a[0];
        f->errors = a[1] ? a[1] : TR_INTERN("strict");
    } else if (a[1]) f->errors = a[1];
    f->newline = newline;
    return tr_None;
}

static TrValue file_close(TrValue *args, size_t nargs, TrValue kwnames) {
    PYBUFFER(close);
    TrFile *f = (TrFile *)args[0];
    if (f->owner) { /* closing a layer below closes the file above, as in CPython */
        f->s.closed = true;
        return file_close(&f->owner, 1, 0);
    }
    for (TrFile *l = f; l->buffer; l = (TrFile *)l->buffer) ((TrFile *)l->buffer)->s.closed = true;
    if (f->detached) return f->binary ? binary_closed(f, 0) : closed_error(f);
    if (f->s.closed) return tr_None;
    if (f->raw) { /* TextIOWrapper: flush, then close the buffer, even if the flush failed */
        int flushed = flush_stream(f);
        TrValue exc = flushed < 0 ? tr_err_fetch() : 0;
        f->s.closed = true;
        if (f->fp && !f->is_std) fclose(f->fp); /* a cookie stream: closing it leaves the buffer open */
        f->fp = NULL;
        TrValue r = tr_call_method_cstr(f->raw, "close", 0);
        if (exc) tr_err_restore(exc);
        return r && !exc ? tr_None : 0;
    }
    f->s.closed = true;
    if (f->is_std) fflush(f->fp);
    else fclose(f->fp);
    return tr_None;
}

/* CPython's BufferedWriter keeps what a failed flush could not write, so once a flush
 * of stdout failed (a reader that is gone) every later one fails the same way, up to
 * the one at exit; glibc drops the data instead, hence this memory of the failure. */
static int stdout_flush_errno;

int tr_flush_stdout(void) {
    if (fflush(stdout) != 0) stdout_flush_errno = errno;
    if (!stdout_flush_errno) return 0;
    errno = stdout_flush_errno;
    return -1;
}

/* the C stream's pending bytes out (to a TextIOWrapper's buffer): -1 + error */
static int flush_stream(TrFile *f) {
    f->wrote = false;
    if ((f->fp == stdout ? tr_flush_stdout() : fflush(f->fp)) == 0) return 0;
    if (!tr_err_occurred()) tr_err_errno(TR_EXC_TYPE(OSError), 0); /* else the buffer's write raised */
    return -1;
}

/* flush(): the stream, then a TextIOWrapper's buffer */
static int flush_file(TrFile *f) {
    if (flush_stream(f) < 0) return -1;
    return f->raw && !tr_call_method_cstr(f->raw, "flush", 0) ? -1 : 0;
}

static TrValue file_flush(TrValue *args, size_t nargs, TrValue kwnames) {
    PYBUFFER(flush);
    TrFile *f = (TrFile *)args[0];
    if (f->detached && f->binary) return binary_closed(f, 0);
    if (f->s.closed && f->binary && f->writable && !is_fileio(f)) return binary_closed(f, "flush of");
    if (f->s.closed) return closed_error(f);
    return flush_file(f) < 0 ? 0 : tr_None;
}

/* a failed fseek/ftell: the buffer's own error, or errno's */
static TrValue seek_error(void) {
    return tr_err_occurred() ? 0 : tr_err_errno(TR_EXC_TYPE(OSError), 0);
}

/* seek(cookie, whence=0): a text file's cookie is its byte position (what tell() gave);
 * from the current position or the end only by 0, as in CPython */
static TrValue file_seek(TrValue *args, size_t nargs, TrValue kwnames) {
    PYBUFFER(seek);
    TrFile *f = (TrFile *)args[0];
    if (check_op(f, 0, 0, "seek of") < 0) return 0;
    int64_t off, whence = 0;
    if (tr_check_nargs("seek", nargs - 1, 1, 2) < 0 || tr_index(args[1], &off) < 0) return 0;
    if (nargs > 2 && tr_index(args[2], &whence) < 0) return 0;
    if (f->binary && !is_fileio(f) && (whence < 0 || whence > 2))
        return tr_err(TR_EXC_TYPE(ValueError), "whence value %lld unsupported", (long long)whence);
    if (!f->binary) {
        if (whence == 1 && off) return tr_err(tr_io_unsupported_operation, "can't do nonzero cur-relative seeks");
        if (whence == 2 && off) return tr_err(tr_io_unsupported_operation, "can't do nonzero end-relative seeks");
        if (whence < 0 || whence > 2)
            return tr_err(TR_EXC_TYPE(ValueError), "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
        if (off < 0) return tr_err(TR_EXC_TYPE(ValueError), "negative seek position %lld", (long long)off);
    }
    f->wrote = false;
    if (fseek(f->fp, (long)off, (int)whence) != 0) return seek_error();
    long pos = ftell(f->fp);
    return pos < 0 ? seek_error() : tr_int_from_i64(pos);
}

static TrValue file_tell(TrValue *args, size_t nargs, TrValue kwnames) {
    PYBUFFER(tell);
    TrFile *f = (TrFile *)args[0];
    if (check_op(f, 0, 0, 0) < 0) return 0;
    long pos = ftell(f->fp);
    return pos < 0 ? seek_error() : tr_int_from_i64(pos);
}

/* truncate(size=None): the file cut (or zero-extended) to size bytes, by default at the
 * current position, which stays where it is; returns size */
static TrValue file_truncate(TrValue *args, size_t nargs, TrValue kwnames) {
    PYBUFFER(truncate);
    TrFile *f = (TrFile *)args[0];
    if (tr_no_kwargs("truncate", kwnames) < 0 || tr_check_nargs("truncate", nargs - 1, 0, 1) < 0) return 0;
    if (f->binary && (f->s.closed || f->detached)) return binary_closed(f, "truncate of");
    if (f->s.closed) return tr_err(TR_EXC_TYPE(ValueError), "truncate of closed file");
    if (!f->writable) return unsupported_error(f, "truncate", "writable");
    if (f->raw) return flush_stream(f) < 0 ? 0 : tr_call_method(TR_INTERN("truncate"), (TrValue[]){f->raw, nargs > 1 ? args[1] : tr_None}, 2, 0);
    fflush(f->fp);
    int64_t size = ftell(f->fp);
    if (nargs > 1 && args[1] != tr_None && tr_index(args[1], &size) < 0) return 0;
    if (ftruncate(fileno(f->fp), (off_t)size) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return tr_int_from_i64(size);
}

/* a TextIOWrapper's method that is its buffer's: ValueError once detached */
static TrValue to_raw(TrFile *f, const char *method) {
    return f->detached ? closed_error(f) : tr_call_method_cstr(f->raw, method, 0);
}

/* a binary file's fileno(), isatty(), seekable(): a pybuffer's raw stream's, the
 * closed or detached error, or (false) the file's own */
static bool binary_done(TrFile *f, const char *method, TrValue *out) {
    *out = 0;
    if (f->pybuffer) return *out = tr_buffered_delegate((TrValue)f, method), true;
    return f->binary && check_op(f, 0, 0, 0) < 0;
}

static TrValue file_fileno(TrValue *args, size_t nargs, TrValue kwnames) {
    TrFile *f = (TrFile *)args[0];
    TrValue r;
    if (binary_done(f, "fileno", &r)) return r;
    return f->raw || f->detached ? to_raw(f, "fileno") : TR_FROM_SMALL(fileno(f->fp));
}

static TrValue file_isatty(TrValue *args, size_t nargs, TrValue kwnames) {
    TrFile *f = (TrFile *)args[0];
    TrValue r;
    if (binary_done(f, "isatty", &r)) return r;
    return f->raw || f->detached ? to_raw(f, "isatty") : tr_bool(isatty(fileno(f->fp)));
}

/* readable(), writable(), seekable(): what the file allows (ValueError once closed; a
 * BufferedWriter is never readable, closed or not, nor a BufferedReader writable) */
static TrValue ability(TrValue *args, bool able, const char *method) {
    TrFile *f = (TrFile *)args[0];
    if (f->pybuffer) return tr_buffered_delegate(args[0], method);
    if (f->binary) {
        if (!able && !f->detached && !is_fileio(f)) return tr_False;
        return check_op(f, 0, 0, 0) < 0 ? 0 : tr_bool(able);
    }
    return f->s.closed ? closed_error(f) : tr_bool(able);
}

static TrValue file_readable(TrValue *args, size_t nargs, TrValue kwnames) {
    return ability(args, ((TrFile *)args[0])->readable, "readable");
}

static TrValue file_writable(TrValue *args, size_t nargs, TrValue kwnames) {
    return ability(args, ((TrFile *)args[0])->writable, "writable");
}

static TrValue file_seekable(TrValue *args, size_t nargs, TrValue kwnames) {
    TrFile *f = (TrFile *)args[0];
    TrValue r;
    if (binary_done(f, "seekable", &r)) return r;
    if (f->raw && !f->s.closed) return to_raw(f, "seekable");
    return f->s.closed ? closed_error(f) : tr_bool(fseek(f->fp, 0, SEEK_CUR) == 0);
}

static TrValue file_enter(TrValue *args, size_t nargs, TrValue kwnames) {
    TrFile *f = (TrFile *)args[0];
    if (f->s.closed) return closed_error(f);
    return args[0];
}

static TrValue file_exit(TrValue *args, size_t nargs, TrValue kwnames) {
    if (!file_close(args, 1, 0)) return 0;
    return tr_False;
}

static TrValue file_iter(TrValue self) {
    TrFile *f = (TrFile *)self;
    if (f->pybuffer ? tr_buffered_closed(self) == tr_True : f->s.closed) return closed_error(f);
    return self;
}

static TrValue file_next(TrValue self) {
    TrFile *f = (TrFile *)self;
    if (f->pybuffer) {
        TrValue line = tr_buffered_readline(&self, 1, 0);
        return line && tr_len(line) > 0 ? line : 0;
    }
    if (f->binary && (f->s.closed || f->detached)) return binary_closed(f, "readline of");
    if (f->s.closed) return closed_error(f);
    TrBuf b;
    tr_buf_init(&b);
    if (!read_line(f, &b, -1) || tr_err_occurred()) return 0;
    return make_data(f, b.data, b.len);
}

/* f.encoding and f.errors: as open() had them, else CPython's defaults */
static TrValue file_get_encoding(TrValue self) {
    TrFile *f = (TrFile *)self;
    return f->encoding ? f->encoding : TR_INTERN(f->is_std ? "utf-8" : "UTF-8");
}

static TrValue file_get_errors(TrValue self) {
    TrFile *f = (TrFile *)self;
    return f->errors ? f->errors : TR_INTERN(f == (TrFile *)tr_sys_stderr ? "backslashreplace" : "strict");
}

static TrValue file_get_name(TrValue self) {
    TrFile *f = (TrFile *)self;
    if (f->pybuffer || (f->binary && f->detached)) return f->detached ? binary_closed(f, 0) : tr_getattr_cstr(f->raw, "name");
    return f->raw || f->detached ? (f->detached ? closed_error(f) : tr_getattr_cstr(f->raw, "name")) : f->name;
}

/* the repr shows name and mode where the file has them (a TextIOWrapper whose buffer
 * has no name, or detached, shows neither; only open() gives a mode) */
static TrValue file_repr(TrValue self) {
    TrFile *f = (TrFile *)self;
    if (f->pybuffer) return tr_buffered_repr(self);
    if (is_fileio(f)) {
        if (f->s.closed) return tr_str_from_cstr("<_io.FileIO [closed]>");
        return tr_str_fmt("<_io.FileIO name=%R mode='%s' closefd=%s>", f->name, tr_str_cstr(f->mode), f->closefd ? "True" : "False");
    }
    if (f->binary)
        return f->detached ? tr_str_fmt("<%s>", TR_TYPE(self)->name) : tr_str_fmt("<%s name=%R>", TR_TYPE(self)->name, f->name);
    TrValue name = file_get_name(self);
    if (!name) tr_err_clear();
    TrBuf b;
    tr_buf_init(&b);
    tr_buf_add(&b, "<_io.TextIOWrapper", 18);
    TrValue parts[3] = {name, f->mode, file_get_encoding(self)};
    static const char *const labels[] = {" name=", " mode=", " encoding="};
    for (int i = 0; i < 3; i++) {
        if (!parts[i]) continue;
        TrValue r = tr_repr(parts[i]);
        if (!r) return 0;
        tr_buf_add(&b, labels[i], strlen(labels[i]));
        tr_buf_add(&b, tr_str_cstr(r), TR_STR(r)->len);
    }
    tr_buf_addc(&b, '>');
    return tr_buf_finish(&b);
}

static TrValue file_get_closed(TrValue self) {
    TrFile *f = (TrFile *)self;
    if (f->pybuffer) return tr_buffered_closed(self);
    if (f->detached) return f->binary ? binary_closed(f, 0) : closed_error(f);
    return f->raw ? tr_getattr_cstr(f->raw, "closed") : tr_bool(f->s.closed);
}

static TrValue file_get_mode(TrValue self) {
    TrFile *f = (TrFile *)self;
    if (f->pybuffer || (f->binary && f->detached)) return f->detached ? binary_closed(f, 0) : tr_getattr_cstr(f->raw, "mode");
    return f->mode ? f->mode : tr_err(TR_EXC_TYPE(AttributeError), "'_io.TextIOWrapper' object has no attribute 'mode'");
}

/* f.newlines: the line ends read so far in the universal modes (None, one, or a tuple) */
static TrValue file_get_newlines(TrValue self) {
    TrFile *f = (TrFile *)self;
    if (f->binary || (f->newline != NEWLINE_UNIVERSAL && f->newline != NEWLINE_UNTRANSLATED) || !f->seennl) return tr_None;
    static const char *const ends[] = {"\r", "\n", "\r\n"};
    static const uint8_t bits[] = {NL_CR, NL_LF, NL_CRLF};
    TrValue seen[3];
    size_t n = 0;
    for (int i = 0; i < 3; i++)
        if (f->seennl & bits[i]) seen[n++] = tr_str_from_cstr(ends[i]);
    return n == 1 ? seen[0] : tr_tuple_from(seen, n);
}

static TrValue file_get_line_buffering(TrValue self) { return tr_bool(((TrFile *)self)->line_buffering); }
static TrValue file_get_write_through(TrValue self) { return tr_bool(((TrFile *)self)->write_through); }

/* the layer below f over the same C stream, made on first use (not closed by the GC on
 * its own: the file above owns the stream): a text file's Buffered*, a Buffered*'s FileIO */
static TrValue layer_below(TrFile *f, TrType *type) {
    if (!f->buffer) {
        TrValue mode = f->binary ? f->mode : raw_mode(tr_str_cstr(f->mode));
        TrFile *b = (TrFile *)tr_file_new(type, f->fp, f->name, mode, f->readable, f->writable, true);
        b->s.closed = f->s.closed;
        b->closefd = f->closefd;
        b->owner = (TrValue)f;
        f->buffer = (TrValue)b;
    }
    return f->buffer;
}

/* f.buffer of a text file: its Buffered* (None once detached, as in CPython) */
static TrValue file_get_buffer(TrValue self) {
    TrFile *f = (TrFile *)self;
    if (f->raw || f->detached) return f->detached ? tr_None : f->raw;
    return layer_below(f, buffered_type(f->readable, f->writable));
}

/* f.raw of a Buffered*: its FileIO */
static TrValue file_get_raw(TrValue self) {
    TrFile *f = (TrFile *)self;
    if (f->pybuffer || f->detached) return f->raw ? f->raw : tr_None;
    return layer_below(f, &tr_fileio_type);
}

static TrValue file_get_closefd(TrValue self) { return tr_bool(((TrFile *)self)->closefd); }

/* detach(): flushes, then hands over the buffer; every later use of the text file is
 * a ValueError.  open()'s .buffer then owns the C stream. */
static TrValue file_detach(TrValue *args, size_t nargs, TrValue kwnames) {
    PYBUFFER(detach);
    TrFile *f = (TrFile *)args[0];
    if (f->binary && (f->s.closed || f->detached))
        return f->writable || f->detached ? binary_closed(f, "flush of") : closed_error(f);
    if (f->s.closed) return closed_error(f);
    if (flush_file(f) < 0) return 0;
    TrValue buffer = f->raw ? f->raw : f->binary ? file_get_raw(args[0]) : file_get_buffer(args[0]);
    f->detached = f->s.closed = true;
    if (f->raw && !f->is_std) fclose(f->fp); /* a cookie stream */
    if (!f->raw) {
        TrFile *b = (TrFile *)buffer;
        b->owner = 0;
        if (!(b->is_std = f->is_std)) tr_file_close_when_dropped(b);
    }
    f->fp = NULL;
    f->raw = f->buffer = 0;
    return buffer;
}

static const TrMethodDef file_methods[] = {
    {"read", file_read, TR_METH_INSTANCE}, {"readline", file_readline, TR_METH_INSTANCE},
    {"readlines", file_readlines, TR_METH_INSTANCE}, {"write", file_write, TR_METH_INSTANCE},
    {"writelines", file_writelines, TR_METH_INSTANCE},
    {"close", file_close, TR_METH_INSTANCE},
    {"flush", file_flush, TR_METH_INSTANCE}, {"seek", file_seek, TR_METH_INSTANCE},
    {"tell", file_tell, TR_METH_INSTANCE}, {"truncate", file_truncate, TR_METH_INSTANCE},
    {"fileno", file_fileno, TR_METH_INSTANCE},
    {"isatty", file_isatty, TR_METH_INSTANCE}, {"__enter__", file_enter, TR_METH_INSTANCE},
    {"__exit__", file_exit, TR_METH_INSTANCE}, {"readable", file_readable, TR_METH_INSTANCE},
    {"writable", file_writable, TR_METH_INSTANCE}, {"seekable", file_seekable, TR_METH_INSTANCE},
    {0},
};
/* TextIOWrapper's and the Buffered*'s own; peek: BufferedReader's and BufferedRandom's */
static const TrMethodDef text_methods[] = {
    {"reconfigure", file_reconfigure, TR_METH_INSTANCE}, {"detach", file_detach, TR_METH_INSTANCE}, {0},
};
static const TrMethodDef buffered_methods[] = {
    {"read1", file_read1, TR_METH_INSTANCE}, {"readinto", file_readinto, TR_METH_INSTANCE},
    {"readinto1", file_readinto1, TR_METH_INSTANCE}, {"detach", file_detach, TR_METH_INSTANCE}, {0},
};
static const TrMethodDef peek_methods[] = {{"peek", file_peek, TR_METH_INSTANCE}, {0}};
static const TrMethodDef fileio_methods[] = {
    {"readinto", file_readinto, TR_METH_INSTANCE}, {"readall", file_readall, TR_METH_INSTANCE}, {0},
};

TrType tr_file_type = {
    .ob = {&tr_type_type}, .name = "_io.TextIOWrapper", .flags = TR_TF_BASETYPE, .base = &tr_textiobase_type,
    .basicsize = sizeof(TrFile), .dictoffset = offsetof(TrStream, dict),
    .new_ = tr_textio_new, .iter = file_iter, .next = file_next, .repr = file_repr,
};
TrType tr_fileio_type = {
    .ob = {&tr_type_type}, .name = "_io.FileIO", .flags = TR_TF_BASETYPE, .base = &tr_rawiobase_type,
    .basicsize = sizeof(TrFile), .dictoffset = offsetof(TrStream, dict),
    .new_ = tr_fileio_new, .iter = file_iter, .next = file_next, .repr = file_repr,
};
#define BUFFERED_TYPE(NAME)                                                                              \
    {.ob = {&tr_type_type}, .name = NAME, .flags = TR_TF_BASETYPE, .base = &tr_bufferediobase_type,   \
     .basicsize = sizeof(TrFile), .dictoffset = offsetof(TrStream, dict), .new_ = tr_buffered_new,   \
     .init = tr_buffered_init,                                                                 \
     .iter = file_iter, .next = file_next, .repr = file_repr}
TrType tr_bufreader_type = BUFFERED_TYPE("_io.BufferedReader"), tr_bufwriter_type = BUFFERED_TYPE("_io.BufferedWriter"),
       tr_bufrandom_type = BUFFERED_TYPE("_io.BufferedRandom");

void tr_init_file(void) {
    tr_init_iobase();
    TrType *types[] = {&tr_file_type, &tr_fileio_type, &tr_bufreader_type, &tr_bufwriter_type, &tr_bufrandom_type};
    for (int i = 0; i < 5; i++) {
        TrType *t = types[i];
        t->module = TR_INTERN("_io"); /* the name is "_io.X", as CPython's tp_name */
        t->qualname = tr_str_from_cstr(strchr(t->name, '.') + 1);
        tr_type_ready(t);
        tr_type_add_methods(t, file_methods);
        tr_type_add_methods(t, t == &tr_file_type ? text_methods : t == &tr_fileio_type ? fileio_methods : buffered_methods);
        if (t == &tr_bufreader_type || t == &tr_bufrandom_type) tr_type_add_methods(t, peek_methods);
        tr_type_add_getter(t, "closed", file_get_closed);
        tr_type_add_getter(t, "name", file_get_name);
        tr_type_add_getter(t, "mode", file_get_mode);
        if (t != &tr_file_type) tr_type_add_getter(t, t == &tr_fileio_type ? "closefd" : "raw", t == &tr_fileio_type ? file_get_closefd : file_get_raw);
    }
    tr_type_add_getter(&tr_file_type, "buffer", file_get_buffer);
    tr_type_add_getter(&tr_file_type, "encoding", file_get_encoding);
    tr_type_add_getter(&tr_file_type, "errors", file_get_errors);
    tr_type_add_getter(&tr_file_type, "newlines", file_get_newlines);
    tr_type_add_getter(&tr_file_type, "line_buffering", file_get_line_buffering);
    tr_type_add_getter(&tr_file_type, "write_through", file_get_write_through);
    if (!isatty(1)) setvbuf(stdout, NULL, _IOFBF, 1 << 16);
    tr_sys_stdout = tr_file_from_fd(1, "<stdout>", "w");
    tr_sys_stderr = tr_file_from_fd(2, "<stderr>", "w");
    tr_sys_stdin = tr_file_from_fd(0, "<stdin>", "r");
    tr_add_roots(&tr_sys_stdout, sizeof tr_sys_stdout);
    tr_add_roots(&tr_sys_stderr, sizeof tr_sys_stderr);
    tr_add_roots(&tr_sys_stdin, sizeof tr_sys_stdin);
    TrValue ns = tr_dict_new();
    tr_dict_set_str(ns, "__module__", TR_INTERN("io"));
    tr_io_unsupported_operation = (TrType *)tr_class_new_with_meta(
        &tr_type_type, TR_INTERN("UnsupportedOperation"),
        tr_tuple_pack(2, (TrValue)TR_EXC_TYPE(OSError), (TrValue)TR_EXC_TYPE(ValueError)), ns, 0, 0);
    tr_add_roots(&tr_io_unsupported_operation, sizeof tr_io_unsupported_operation);
}

/* PyObject_AsFileDescriptor: the descriptor of an int or of an object with fileno() */
int tr_object_fd(TrValue obj, int *fd) {
    TrValue v = obj;
    if (!tr_int_check(obj)) {
        TrValue meth = tr_getattr_opt(obj, TR_INTERN("fileno"));
        if (!meth) {
            if (tr_err_occurred()) return -1;
            tr_err(TR_EXC_TYPE(TypeError), "argument must be an int, or have a fileno() method.");
            return -1;
        }
        if (!(v = tr_call0(meth))) return -1;
        if (!tr_int_check(v)) {
            tr_err(TR_EXC_TYPE(TypeError), "fileno() returned a non-integer");
            return -1;
        }
    }
    int64_t i;
    if (tr_int_as_i64(v, &i) < 0) return -1;
    if (i < 0) {
        tr_err(TR_EXC_TYPE(ValueError), "file descriptor cannot be a negative integer (%lld)", (long long)i);
        return -1;
    }
    if (i > INT32_MAX) {
        tr_err(TR_EXC_TYPE(OverflowError), "fd is greater than maximum");
        return -1;
    }
    *fd = (int)i;
    return 0;
}
