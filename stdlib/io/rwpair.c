/* rwpair.c — io.BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE): one
 * binary stream over two raw ones (a pipe's two ends, a socket's reader and writer):
 * a BufferedReader over reader serves the reads, a BufferedWriter over writer the
 * writes; closed is the writer's; close() closes the writer, then the reader.
 * Assumes the Buffered* classes check reader/writer themselves (not readable/writable:
 * io.UnsupportedOperation). */
#include "io.h"

typedef struct RWPair {
    TrStream s;
    TrValue reader, writer; /* the Buffered* objects */
} RWPair;
#define RW(v) ((RWPair *)(v))

static int rwpair_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"reader", "writer", "buffer_size", NULL};
    TrValue a[3];
    if (tr_parse_args("BufferedRWPair", args, nargs, kwnames, kw, 2, a) < 0) return -1;
    TrValue size = a[2] ? a[2] : TR_FROM_SMALL(TR_DEFAULT_BUFFER_SIZE);
    TrValue reader = tr_call((TrValue)&tr_bufreader_type, (TrValue[]){a[0], size}, 2, 0);
    TrValue writer = reader ? tr_call((TrValue)&tr_bufwriter_type, (TrValue[]){a[1], size}, 2, 0) : 0;
    if (!writer) return -1;
    RW(self)->reader = reader;
    RW(self)->writer = writer;
    return 0;
}

/* the method of the same name on the reader (reading) or the writer, with its arguments */
static TrValue forward(TrValue *args, size_t nargs, TrValue kwnames, TrValue to, const char *name) {
    RWPair *p = RW(args[0]);
    if (!p->reader) return tr_err(TR_EXC_TYPE(ValueError), "I/O operation on uninitialized object");
    TrValue fwd[4] = {to};
    for (size_t i = 1; i < nargs && i < 4; i++) fwd[i] = args[i];
    return tr_call_method(tr_str_from_cstr(name), fwd, nargs < 4 ? nargs : 4, kwnames);
}

#define READER(fn) \
    static TrValue rwpair_##fn(TrValue *args, size_t nargs, TrValue kwnames) { return forward(args, nargs, kwnames, RW(args[0])->reader, #fn); }
#define WRITER(fn) \
    static TrValue rwpair_##fn(TrValue *args, size_t nargs, TrValue kwnames) { return forward(args, nargs, kwnames, RW(args[0])->writer, #fn); }
READER(read) READER(read1) READER(peek) READER(readline) READER(readinto) READER(readinto1) READER(readable)
WRITER(write) WRITER(flush) WRITER(writable)

/* isatty(): either end's */
static TrValue rwpair_isatty(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue w = forward(args, 1, 0, RW(args[0])->writer, "isatty");
    if (!w || w == tr_True) return w;
    return forward(args, 1, 0, RW(args[0])->reader, "isatty");
}

/* close(): the writer, then the reader even if that failed */
static TrValue rwpair_close(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue w = forward(args, 1, 0, RW(args[0])->writer, "close");
    TrValue exc = w ? 0 : tr_err_fetch();
    TrValue r = forward(args, 1, 0, RW(args[0])->reader, "close");
    if (exc) tr_err_restore(exc);
    return w && r ? tr_None : 0;
}

static TrValue rwpair_get_closed(TrValue self) {
    if (!RW(self)->writer) return tr_err(TR_EXC_TYPE(ValueError), "I/O operation on uninitialized object");
    return tr_getattr_cstr(RW(self)->writer, "closed");
}

static const TrMethodDef rwpair_methods[] = {
    {"read", rwpair_read}, {"read1", rwpair_read1}, {"peek", rwpair_peek}, {"readline", rwpair_readline},
    {"readinto", rwpair_readinto}, {"readinto1", rwpair_readinto1}, {"readable", rwpair_readable},
    {"write", rwpair_write}, {"flush", rwpair_flush}, {"writable", rwpair_writable}, {"isatty", rwpair_isatty},
    {"close", rwpair_close}, {0},
};

static TrType rwpair_type = {
    .ob = {&tr_type_type}, .name = "_io.BufferedRWPair", .flags = TR_TF_BASETYPE, .base = &tr_bufferediobase_type,
    .basicsize = sizeof(RWPair), .dictoffset = offsetof(TrStream, dict), .init = rwpair_init,
};

void io_add_rwpair(TrValue module) {
    rwpair_type.module = TR_INTERN("_io");
    rwpair_type.qualname = TR_INTERN("BufferedRWPair");
    tr_type_ready(&rwpair_type);
    tr_type_add_methods(&rwpair_type, rwpair_methods);
    tr_type_add_getter(&rwpair_type, "closed", rwpair_get_closed);
    tr_module_add(module, "BufferedRWPair", (TrValue)&rwpair_type);
}
