/* stream_buffers.c — the output buffer and decompressor input bookkeeping shared by
 * the _bz2 and _lzma C modules (see stream_buffers.h). */
#include "stream_buffers.h"
#include <string.h>

void tr_stream_out_resize(TrStreamOut *o, size_t cap) {
    unsigned char *d = tr_alloc_atomic(cap ? cap : 1);
    if (o->len) memcpy(d, o->data, o->len);
    o->data = d;
    o->cap = cap;
}

TrValue tr_stream_out_bytes(const TrStreamOut *o) { return tr_bytes_new((const char *)o->data, o->len); }

void tr_decompress_input_init(TrDecompressInput *in) {
    in->pending = NULL;
    in->pending_len = 0;
    in->unused_data = tr_bytes_new("", 0);
    in->eof = false;
    in->needs_input = true;
}

const unsigned char *tr_decompress_input_take(TrDecompressInput *in, const TrBuffer *data, size_t *len) {
    if (!in->pending) {
        *len = data->len;
        return (const unsigned char *)data->data;
    }
    size_t total = in->pending_len + data->len;
    unsigned char *joined = tr_alloc_atomic(total ? total : 1);
    memcpy(joined, in->pending, in->pending_len);
    if (data->len) memcpy(joined + in->pending_len, data->data, data->len);
    *len = total;
    return joined;
}

void tr_decompress_input_done(TrDecompressInput *in, const unsigned char *rest, size_t left, bool output_full) {
    in->pending = NULL;
    in->pending_len = 0;
    if (in->eof) {
        in->needs_input = false;
        if (left) in->unused_data = tr_bytes_new((const char *)rest, left);
    } else if (left == 0) {
        in->needs_input = !output_full;
    } else {
        in->needs_input = false;
        in->pending = tr_alloc_atomic(left);
        memcpy(in->pending, rest, left);
        in->pending_len = left;
    }
}

void tr_decompress_input_failed(TrDecompressInput *in) {
    in->pending = NULL;
    in->pending_len = 0;
}
