/* zlib_shared.h — what zlib.c (whole buffers, the module) and zlib_stream.c
 * (compressobj/decompressobj) share: zlib.error with CPython's texts and a growing
 * output buffer. */
#ifndef TRC_ZLIB_SHARED_H
#define TRC_ZLIB_SHARED_H
#include "tr.h"
#include <zlib.h>

extern TrValue tr_zlib_error; /* the class zlib.error */

/* raises zlib.error("Error <err> <doing>: <reason>") for a zlib return code; returns 0 */
TrValue tr_zlib_raise(const z_stream *zs, int err, const char *doing);

/* an output buffer that grows by doubling (GC memory, not scanned) */
typedef struct { unsigned char *data; size_t len, cap; } TrZlibOut;
void tr_zlib_out_reserve(TrZlibOut *o, size_t extra);

/* the stream objects (zlib_stream.c), added to the module by its init */
TrValue tr_zlib_compressobj(TrValue *args, size_t nargs, TrValue kwnames);
TrValue tr_zlib_decompressobj(TrValue *args, size_t nargs, TrValue kwnames);
void tr_zlib_stream_types_ready(TrValue module);
#endif
