/* mmap.c — the `mmap` module: mmap.mmap over a file descriptor or anonymous memory
 * (fileno -1), as CPython 3.11's on Linux: file-like read/write/seek/readline, find and
 * rfind, item and slice access, resize (mremap), flush (msync), move, madvise, the
 * context manager, and the buffer protocol (bytes(m), memoryview(m), file.write(m)).
 * The mapped memory is outside the GC heap: close() unmaps it, and a finalizer unmaps a
 * mapping the program drops unclosed.  CPython refuses close() and resize() while a
 * buffer of the map is alive; trc cannot tell when one dies, so once a buffer has been
 * taken, the old memory is not unmapped but replaced by anonymous zero pages (a view
 * kept past close() reads zeros instead of crashing).  Assumes: Linux (mremap), glibc. */
#include "tr.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

enum { ACCESS_DEFAULT, ACCESS_READ, ACCESS_WRITE, ACCESS_COPY };

typedef struct Mmap {
    TrObject ob;
    char *data; /* NULL once closed */
    size_t size, pos;
    int64_t offset;
    int fd; /* our duplicate of the file's descriptor, -1 for anonymous memory */
    int access, flags, prot;
    bool exported; /* a buffer of data was handed out (see the top comment) */
} Mmap;

static TrType mmap_type, mmap_iter_type;

#define MM(v) ((Mmap *)(v))

static Mmap *valid(TrValue self) {
    if (!MM(self)->data) {
        tr_err(TR_EXC_TYPE(ValueError), "mmap closed or invalid");
        return NULL;
    }
    return MM(self);
}

static Mmap *writable(TrValue self) {
    Mmap *m = valid(self);
    if (m && m->access == ACCESS_READ) {
        tr_err(TR_EXC_TYPE(TypeError), "mmap can't modify a readonly memory map.");
        return NULL;
    }
    return m;
}

/* Let go of the memory [data, data+size): unmapped, or, when a buffer of it may still be
 * alive, swapped in one call for private zero pages at the same address. */
static void retire(Mmap *m) {
    if (m->exported)
        mmap(m->data, m->size, PROT_READ | PROT_WRITE, MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    else munmap(m->data, m->size);
}

static void mmap_finalize(void *obj, void *data) {
    Mmap *m = obj;
    if (m->data) munmap(m->data, m->size); /* unreachable: no buffer of it is alive either */
    if (m->fd >= 0) close(m->fd);
}

/* ---------------------------------------------------------------- construction */

/* mmap(fileno, length, flags=MAP_SHARED, prot=PROT_WRITE|PROT_READ, access=ACCESS_DEFAULT, offset=0) */
static TrValue mmap_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"fileno", "length", "flags", "prot", "access", "offset", NULL};
    TrValue a[6];
    if (tr_parse_args_old(NULL, args, nargs, kwnames, kw, 2, a) < 0) return 0;
    int fd, flags = MAP_SHARED, prot = PROT_WRITE | PROT_READ, access = ACCESS_DEFAULT;
    int64_t size, offset = 0;
    if (tr_as_c_int(a[0], &fd) < 0 || tr_index(a[1], &size) < 0 || (a[2] && tr_as_c_int(a[2], &flags) < 0) ||
        (a[3] && tr_as_c_int(a[3], &prot) < 0) || (a[4] && tr_as_c_int(a[4], &access) < 0) ||
        (a[5] && tr_index(a[5], &offset) < 0))
        return 0;
    if (size < 0) return tr_err(TR_EXC_TYPE(OverflowError), "memory mapped length must be positive");
    if (offset < 0) return tr_err(TR_EXC_TYPE(OverflowError), "memory mapped offset must be positive");
    if (access != ACCESS_DEFAULT && (flags != MAP_SHARED || prot != (PROT_WRITE | PROT_READ)))
        return tr_err(TR_EXC_TYPE(ValueError), "mmap can't specify both access and flags, prot.");
    switch (access) {
    case ACCESS_READ: flags = MAP_SHARED; prot = PROT_READ; break;
    case ACCESS_WRITE: flags = MAP_SHARED; prot = PROT_READ | PROT_WRITE; break;
    case ACCESS_COPY: flags = MAP_PRIVATE; prot = PROT_READ | PROT_WRITE; break;
    case ACCESS_DEFAULT: /* the access prot implies */
        if (!((prot & PROT_READ) && (prot & PROT_WRITE))) access = prot & PROT_WRITE ? ACCESS_WRITE : ACCESS_READ;
        break;
    default: return tr_err(TR_EXC_TYPE(ValueError), "mmap invalid access parameter.");
    }
    struct stat st;
    if (fd != -1 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        if (size == 0) {
            if (st.st_size == 0) return tr_err(TR_EXC_TYPE(ValueError), "cannot mmap an empty file");
            if (offset >= st.st_size) return tr_err(TR_EXC_TYPE(ValueError), "mmap offset is greater than file size");
            size = st.st_size - offset;
        } else if (offset > st.st_size || st.st_size - offset < size)
            return tr_err(TR_EXC_TYPE(ValueError), "mmap length is greater than file size");
    }
    int own_fd = -1;
    if (fd == -1) flags |= MAP_ANONYMOUS;
    else if ((own_fd = fcntl(fd, F_DUPFD_CLOEXEC, 0)) < 0)
        return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    void *data = mmap(NULL, (size_t)size, prot, flags, fd, offset);
    if (data == MAP_FAILED) {
        int e = errno;
        if (own_fd >= 0) close(own_fd);
        errno = e;
        return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    }
    Mmap *m = (Mmap *)tr_object_alloc(type, type->basicsize > sizeof(Mmap) ? type->basicsize : sizeof(Mmap));
    *m = (Mmap){m->ob, data, (size_t)size, 0, offset, own_fd, access, flags, prot, false};
    GC_register_finalizer(m, mmap_finalize, NULL, NULL, NULL);
    return (TrValue)m;
}

/* ---------------------------------------------------------------- file-like methods */

static TrValue mmap_close(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "close", 0, 0) < 0) return 0;
    Mmap *m = MM(args[0]);
    if (m->fd >= 0) close(m->fd);
    m->fd = -1;
    if (m->data) retire(m);
    m->data = NULL;
    return tr_None;
}

static TrValue mmap_exit(TrValue *args, size_t nargs, TrValue kwnames) {
    return mmap_close(args, 1, 0);
}

static TrValue mmap_enter(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "__enter__", 0, 0) < 0) return 0;
    return valid(args[0]) ? args[0] : 0;
}

static TrValue mmap_get_closed(TrValue self) { return tr_bool(!MM(self)->data); }

static size_t remaining(Mmap *m) { return m->pos < m->size ? m->size - m->pos : 0; }

/* read(n=None): n bytes from the position (the rest if None or negative) */
static TrValue mmap_read(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "read", 0, 1) < 0) return 0;
    Mmap *m = valid(args[0]);
    if (!m) return 0;
    int64_t n = -1;
    if (nargs > 1 && args[1] != tr_None) {
        if (!tr_int_check(args[1]) && !TR_TYPE(args[1])->index)
            return tr_err(TR_EXC_TYPE(TypeError), "argument should be integer or None, not '%s'", TR_TYPE_NAME(args[1]));
        if (tr_index(args[1], &n) < 0) return 0;
    }
    size_t left = remaining(m);
    size_t k = n < 0 || (uint64_t)n > left ? left : (size_t)n;
    TrValue r = tr_bytes_new(m->data + m->pos, k);
    m->pos += k;
    return r;
}

static TrValue mmap_read_byte(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "read_byte", 0, 0) < 0) return 0;
    Mmap *m = valid(args[0]);
    if (!m) return 0;
    if (m->pos >= m->size) return tr_err(TR_EXC_TYPE(ValueError), "read byte out of range");
    return TR_FROM_SMALL((unsigned char)m->data[m->pos++]);
}

static TrValue mmap_readline(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "readline", 0, 0) < 0) return 0;
    Mmap *m = valid(args[0]);
    if (!m) return 0;
    size_t left = remaining(m);
    const char *start = m->data + m->pos, *nl = memchr(start, '\n', left);
    size_t k = nl ? (size_t)(nl - start) + 1 : left;
    m->pos += k;
    return tr_bytes_new(start, k);
}

static TrValue mmap_write(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "write", 1, 1) < 0) return 0;
    Mmap *m = writable(args[0]);
    TrBuffer b;
    if (!m || tr_get_buffer(args[1], &b) < 0) return 0;
    if (m->pos > m->size || m->size - m->pos < b.len) return tr_err(TR_EXC_TYPE(ValueError), "data out of range");
    memmove(m->data + m->pos, b.data, b.len);
    m->pos += b.len;
    return tr_int_from_i64((int64_t)b.len);
}

static TrValue mmap_write_byte(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "write_byte", 1, 1) < 0) return 0;
    Mmap *m = writable(args[0]);
    int64_t v;
    if (!m || tr_index(args[1], &v) < 0) return 0;
    if (v < 0 || v > 255)
        return tr_err(TR_EXC_TYPE(OverflowError), "unsigned byte integer is %s", v < 0 ? "less than minimum" : "greater than maximum");
    if (m->pos >= m->size) return tr_err(TR_EXC_TYPE(ValueError), "write byte out of range");
    m->data[m->pos++] = (char)v;
    return tr_None;
}

/* seek(pos, whence=0): returns None in 3.11 */
static TrValue mmap_seek(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "seek", 1, 2) < 0) return 0;
    Mmap *m = valid(args[0]);
    int64_t dist;
    int how = 0;
    if (!m || tr_index(args[1], &dist) < 0 || (nargs > 2 && tr_as_c_int(args[2], &how) < 0)) return 0;
    int64_t where;
    switch (how) {
    case SEEK_SET: where = dist; break;
    case SEEK_CUR: where = (int64_t)m->pos + dist; break;
    case SEEK_END: where = (int64_t)m->size + dist; break;
    default: return tr_err(TR_EXC_TYPE(ValueError), "unknown seek type");
    }
    if (where < 0 || where > (int64_t)m->size) return tr_err(TR_EXC_TYPE(ValueError), "seek out of range");
    m->pos = (size_t)where;
    return tr_None;
}

static TrValue mmap_tell(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "tell", 0, 0) < 0) return 0;
    Mmap *m = valid(args[0]);
    return m ? tr_int_from_i64((int64_t)m->pos) : 0;
}

/* size(): the size of the file (fstat of the descriptor: EBADF for anonymous memory, as
 * CPython 3.11 on Linux) */
static TrValue mmap_size(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "size", 0, 0) < 0) return 0;
    Mmap *m = valid(args[0]);
    if (!m) return 0;
    struct stat st;
    if (fstat(m->fd, &st) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return tr_int_from_i64(st.st_size);
}

/* find/rfind(sub, start=pos, end=size) */
static TrValue find(TrValue *args, size_t nargs, TrValue kwnames, bool reverse) {
    if (tr_method_args(args, nargs, kwnames, reverse ? "rfind" : "find", 1, 3) < 0) return 0;
    Mmap *m = valid(args[0]);
    if (!m) return 0;
    TrBuffer sub;
    int64_t start = (int64_t)m->pos, end = (int64_t)m->size, size = (int64_t)m->size;
    if (tr_get_buffer(args[1], &sub) < 0 || (nargs > 2 && tr_index(args[2], &start) < 0) ||
        (nargs > 3 && tr_index(args[3], &end) < 0))
        return 0;
    int64_t *ends[2] = {&start, &end};
    for (int i = 0; i < 2; i++) {
        if (*ends[i] < 0) *ends[i] += size;
        if (*ends[i] < 0) *ends[i] = 0;
        else if (*ends[i] > size) *ends[i] = size;
    }
    if (end - start < (int64_t)sub.len) return TR_FROM_SMALL(-1);
    for (int64_t i = 0; i <= end - start - (int64_t)sub.len; i++) {
        int64_t at = reverse ? end - (int64_t)sub.len - i : start + i;
        if (!memcmp(m->data + at, sub.data, sub.len)) return tr_int_from_i64(at);
    }
    return TR_FROM_SMALL(-1);
}
static TrValue mmap_find(TrValue *a, size_t n, TrValue k) { return find(a, n, k, false); }
static TrValue mmap_rfind(TrValue *a, size_t n, TrValue k) { return find(a, n, k, true); }

/* flush(offset=0, size=len): msync of a shared writable map; nothing for the others */
static TrValue mmap_flush(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "flush", 0, 2) < 0) return 0;
    Mmap *m = valid(args[0]);
    if (!m) return 0;
    int64_t offset = 0, size = (int64_t)m->size;
    if ((nargs > 1 && tr_index(args[1], &offset) < 0) || (nargs > 2 && tr_index(args[2], &size) < 0)) return 0;
    if (size < 0 || offset < 0 || (int64_t)m->size - offset < size)
        return tr_err(TR_EXC_TYPE(ValueError), "flush values out of range");
    if (m->access == ACCESS_READ || m->access == ACCESS_COPY) return tr_None;
    if (TR_WITHOUT_GIL(int, msync(m->data + offset, (size_t)size, MS_SYNC)) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return tr_None;
}

/* move(dest, src, count): memmove within the map */
static TrValue mmap_move(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "move", 3, 3) < 0) return 0;
    if (!valid(args[0])) return 0;
    int64_t dest, src, count;
    if (tr_index(args[1], &dest) < 0 || tr_index(args[2], &src) < 0 || tr_index(args[3], &count) < 0) return 0;
    Mmap *m = writable(args[0]);
    if (!m) return 0;
    int64_t size = (int64_t)m->size;
    if (dest < 0 || src < 0 || count < 0 || size - dest < count || size - src < count)
        return tr_err(TR_EXC_TYPE(ValueError), "source, destination, or count out of range");
    memmove(m->data + dest, m->data + src, (size_t)count);
    return tr_None;
}

/* resize(newsize): the file is truncated or extended to offset + newsize and the map
 * follows it (mremap); anonymous memory is remapped */
static TrValue mmap_resize(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "resize", 1, 1) < 0) return 0;
    Mmap *m = valid(args[0]);
    int64_t n;
    if (!m || tr_index(args[1], &n) < 0) return 0;
    if (m->access != ACCESS_WRITE && m->access != ACCESS_DEFAULT)
        return tr_err(TR_EXC_TYPE(TypeError), "mmap can't resize a readonly or copy-on-write memory map.");
    if (n < 0 || INT64_MAX - n < m->offset) return tr_err(TR_EXC_TYPE(ValueError), "new size out of range");
    if (m->fd != -1 && ftruncate(m->fd, m->offset + n) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    void *data;
    if (!m->exported) data = mremap(m->data, m->size, (size_t)n, MREMAP_MAYMOVE);
    else { /* a new map beside the old one, which a buffer may still see */
        data = mmap(NULL, (size_t)n, m->prot, m->flags, m->fd, m->offset);
        if (data != MAP_FAILED && m->fd == -1) memcpy(data, m->data, m->size < (size_t)n ? m->size : (size_t)n);
        if (data != MAP_FAILED) retire(m);
    }
    if (data == MAP_FAILED) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    m->data = data;
    m->size = (size_t)n;
    return tr_None;
}

/* madvise(option, start=0, length=len - start) */
static TrValue mmap_madvise(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_method_args(args, nargs, kwnames, "madvise", 1, 3) < 0) return 0;
    Mmap *m = valid(args[0]);
    int option;
    int64_t start = 0, length;
    if (!m || tr_as_c_int(args[1], &option) < 0 || (nargs > 2 && tr_index(args[2], &start) < 0)) return 0;
    length = (int64_t)m->size - start;
    if (nargs > 3 && tr_index(args[3], &length) < 0) return 0;
    if (start < 0 || start >= (int64_t)m->size) return tr_err(TR_EXC_TYPE(ValueError), "madvise start out of bounds");
    if (length < 0) return tr_err(TR_EXC_TYPE(ValueError), "madvise length invalid");
    if (length > (int64_t)m->size - start) length = (int64_t)m->size - start;
    if (madvise(m->data + start, (size_t)length, option) < 0) return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    return tr_None;
}

/* ---------------------------------------------------------------- sequence protocol */

static intptr_t mmap_len(TrValue self) {
    Mmap *m = valid(self);
    return m ? (intptr_t)m->size : -1;
}

static bool is_index(TrValue v) { return tr_int_check(v) || TR_TYPE(v)->index; }

/* an item index, negative from the end; -1 + IndexError outside */
static int item_index(Mmap *m, TrValue key, int64_t *i) {
    if (tr_index(key, i) < 0) {
        if (!tr_err_is(TR_EXC_TYPE(OverflowError))) return -1;
        tr_err_clear();
        tr_err(TR_EXC_TYPE(IndexError), "cannot fit '%s' into an index-sized integer", TR_TYPE_NAME(key));
        return -1;
    }
    if (*i < 0) *i += (int64_t)m->size;
    if (*i < 0 || *i >= (int64_t)m->size) {
        tr_err(TR_EXC_TYPE(IndexError), "mmap index out of range");
        return -1;
    }
    return 0;
}

static TrValue mmap_getitem(TrValue self, TrValue key) {
    Mmap *m = valid(self);
    if (!m) return 0;
    if (is_index(key)) {
        int64_t i;
        return item_index(m, key, &i) < 0 ? 0 : TR_FROM_SMALL((unsigned char)m->data[i]);
    }
    if (!tr_isinstance_type(key, &tr_slice_type)) return tr_err(TR_EXC_TYPE(TypeError), "mmap indices must be integers");
    int64_t start, stop, step, n;
    if (tr_slice_indices(key, (int64_t)m->size, &start, &stop, &step, &n) < 0) return 0;
    if (step == 1) return tr_bytes_new(m->data + start, (size_t)n);
    char *buf = tr_alloc_atomic((size_t)n + 1);
    for (int64_t k = 0; k < n; k++) buf[k] = m->data[start + k * step];
    return tr_bytes_new(buf, (size_t)n);
}

static int mmap_setitem(TrValue self, TrValue key, TrValue v) {
    Mmap *m = writable(self);
    if (!m) return -1;
    if (is_index(key)) {
        int64_t i, b;
        if (item_index(m, key, &i) < 0) return -1;
        if (!v) return tr_err(TR_EXC_TYPE(TypeError), "mmap doesn't support item deletion"), -1;
        if (!is_index(v)) return tr_err(TR_EXC_TYPE(TypeError), "mmap item value must be an int"), -1;
        if (tr_index(v, &b) < 0) return -1;
        if (b < 0 || b > 255) return tr_err(TR_EXC_TYPE(ValueError), "mmap item value must be in range(0, 256)"), -1;
        m->data[i] = (char)b;
        return 0;
    }
    if (!tr_isinstance_type(key, &tr_slice_type)) return tr_err(TR_EXC_TYPE(TypeError), "mmap indices must be integer"), -1;
    int64_t start, stop, step, n;
    if (tr_slice_indices(key, (int64_t)m->size, &start, &stop, &step, &n) < 0) return -1;
    if (!v) return tr_err(TR_EXC_TYPE(TypeError), "mmap object doesn't support slice deletion"), -1;
    TrBuffer b;
    if (tr_get_buffer(v, &b) < 0) return -1;
    if ((int64_t)b.len != n) return tr_err(TR_EXC_TYPE(IndexError), "mmap slice assignment is wrong size"), -1;
    for (int64_t k = 0; k < n; k++) m->data[start + k * step] = b.data[k];
    return 0;
}

/* iteration gives one-byte bytes objects, as CPython's sq_item */
typedef struct MmapIter { TrObject ob; TrValue m; size_t i; } MmapIter;

static TrValue mmap_iter(TrValue self) {
    MmapIter *it = (MmapIter *)tr_object_alloc(&mmap_iter_type, sizeof(MmapIter));
    it->m = self;
    return (TrValue)it;
}

static TrValue mmap_iter_next(TrValue self) {
    MmapIter *it = (MmapIter *)self;
    Mmap *m = valid(it->m);
    if (!m) return 0;
    if (it->i >= m->size) return 0;
    return tr_bytes_new(m->data + it->i++, 1);
}

static TrValue self_iter(TrValue self) { return self; }

static int mmap_buffer(TrValue self, TrBuffer *view) {
    Mmap *m = valid(self);
    if (!m) return -1;
    m->exported = true;
    *view = (TrBuffer){m->data, m->size, 1, 'B', m->access == ACCESS_READ, self};
    return 0;
}

static TrValue mmap_repr(TrValue self) {
    Mmap *m = MM(self);
    const char *name = TR_TYPE(self) == &mmap_type ? "mmap.mmap" : TR_TYPE(self)->name;
    if (!m->data) return tr_str_fmt("<%s closed=True>", name);
    static const char *const access[] = {"ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE", "ACCESS_COPY"};
    return tr_str_fmt("<%s closed=False, access=%s, length=%zu, pos=%zu, offset=%lld>", name, access[m->access],
                      m->size, m->pos, (long long)m->offset);
}

static const TrMethodDef mmap_methods[] = {
    {"close", mmap_close}, {"read", mmap_read}, {"read_byte", mmap_read_byte}, {"readline", mmap_readline},
    {"write", mmap_write}, {"write_byte", mmap_write_byte}, {"seek", mmap_seek}, {"tell", mmap_tell},
    {"size", mmap_size}, {"find", mmap_find}, {"rfind", mmap_rfind}, {"flush", mmap_flush},
    {"move", mmap_move}, {"resize", mmap_resize}, {"madvise", mmap_madvise},
    {"__enter__", mmap_enter}, {"__exit__", mmap_exit}, {0},
};

static TrType mmap_type = {
    .ob = {&tr_type_type}, .name = "mmap", .flags = TR_TF_BASETYPE | TR_TF_ATOMIC, .basicsize = sizeof(Mmap),
    .new_ = mmap_new, .repr = mmap_repr, .len = mmap_len, .getitem = mmap_getitem, .setitem = mmap_setitem,
    .iter = mmap_iter, .buffer = mmap_buffer,
};

static TrType mmap_iter_type = {
    .ob = {&tr_type_type}, .name = "iterator", .basicsize = sizeof(MmapIter), .iter = self_iter,
    .next = mmap_iter_next,
};

#define C(constant) {#constant, constant}
static const TrIntConstant mmap_constants[] = {
    C(PROT_READ), C(PROT_WRITE), C(PROT_EXEC), C(MAP_SHARED), C(MAP_PRIVATE), C(MAP_ANON), C(MAP_ANONYMOUS),
    C(MAP_DENYWRITE), C(MAP_EXECUTABLE), C(MAP_POPULATE), C(MAP_STACK), C(ACCESS_DEFAULT), C(ACCESS_READ),
    C(ACCESS_WRITE), C(ACCESS_COPY), C(MADV_NORMAL), C(MADV_RANDOM), C(MADV_SEQUENTIAL), C(MADV_WILLNEED),
    C(MADV_DONTNEED), C(MADV_REMOVE), C(MADV_DONTFORK), C(MADV_DOFORK), C(MADV_HWPOISON), C(MADV_MERGEABLE),
    C(MADV_UNMERGEABLE), C(MADV_HUGEPAGE), C(MADV_NOHUGEPAGE), C(MADV_DONTDUMP), C(MADV_DODUMP), C(MADV_FREE),
};
#undef C

TrValue trmod_mmap_init(void) {
    static TrValue m;
    if (m) return m;
    mmap_type.module = TR_INTERN("mmap");
    tr_type_ready(&mmap_type);
    tr_type_add_methods(&mmap_type, mmap_methods);
    tr_type_add_getter(&mmap_type, "closed", mmap_get_closed);
    tr_type_ready(&mmap_iter_type);
    m = tr_module_new("mmap", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add(m, "mmap", (TrValue)&mmap_type);
    tr_module_add(m, "error", (TrValue)TR_EXC_TYPE(OSError));
    long page = sysconf(_SC_PAGESIZE);
    tr_module_add(m, "PAGESIZE", tr_int_from_i64(page));
    tr_module_add(m, "ALLOCATIONGRANULARITY", tr_int_from_i64(page));
    tr_module_add_int_constants(m, mmap_constants, sizeof mmap_constants / sizeof *mmap_constants);
    return m;
}
