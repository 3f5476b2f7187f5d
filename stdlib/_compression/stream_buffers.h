/* stream_buffers.h — what the C cores of bz2 (_bz2) and lzma (_lzma) share: a growing
 * output buffer, and the input side of their decompressor objects as CPython 3.11 keeps
 * it (input a call could not consume for want of output room is kept and put in front
 * of the next call's data; eof, needs_input, unused_data). */
#ifndef TRC_STREAM_BUFFERS_H
#define TRC_STREAM_BUFFERS_H
#include "tr.h"
#include <stdbool.h>

/* output bytes (GC memory, not scanned) */
typedef struct { unsigned char *data; size_t len, cap; } TrStreamOut;
void tr_stream_out_resize(TrStreamOut *o, size_t cap); /* cap >= len */
TrValue tr_stream_out_bytes(const TrStreamOut *o);

typedef struct {
    unsigned char *pending; /* input kept from the last call (GC memory, not scanned) */
    size_t pending_len;
    TrValue unused_data;    /* bytes after the end of the stream */
    bool eof, needs_input;
} TrDecompressInput;

void tr_decompress_input_init(TrDecompressInput *in);
/* The input of a decompress() call: the kept input followed by data (*len bytes). */
const unsigned char *tr_decompress_input_take(TrDecompressInput *in, const TrBuffer *data, size_t *len);
/* After the call consumed all but `left` bytes, which start at rest: keeps them (or makes
 * them unused_data at the end of the stream) and sets needs_input; output_full: the
 * output limit was reached with no input left, so the library may hold more output. */
void tr_decompress_input_done(TrDecompressInput *in, const unsigned char *rest, size_t left, bool output_full);
/* After a library error: the kept input is dropped, as CPython does. */
void tr_decompress_input_failed(TrDecompressInput *in);
#endif
