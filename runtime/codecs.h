/* codecs.h — the tables of the single-byte codecs and of the codec names, shared by
 * codecs.c and the generated codec_tables.c (tools/gen_codec_tables.py). */
#ifndef TR_CODECS_H
#define TR_CODECS_H
#include "tr.h"

/* a single-byte codec: decode[b] is the code point of byte b, 0xFFFE where the byte
 * is undefined; it encodes the inverse (the last byte of two with one code point) */
typedef struct TrCharmap {
    const char *name; /* codecs.lookup(...).name */
    const uint16_t *decode;
} TrCharmap;
extern const TrCharmap tr_charmaps[];
extern const size_t tr_ncharmaps;

/* a normalised codec name (lower case, runs of other characters than letters, digits
 * and '.' as one '_'): an alias of encodings.aliases, or the name of a codec module,
 * which CPython only finds as it is (no '.' turned into '_') */
typedef struct TrCodecName {
    const char *key;
    int codec;
    bool alias;
} TrCodecName;
extern const TrCodecName tr_codec_keys[];
extern const size_t tr_ncodec_keys;

/* codecs.c: the error of an error handler the codec does not know (LookupError) or
 * cannot use (TypeError), wrapped as CPython's codecs written in Python do */
TrValue tr_codec_unknown_handler(TrCodec codec, bool decode, const char *errors);

/* codec_escape.c: unicode_escape and raw_unicode_escape (codec.id says which) */
TrValue tr_codec_escape_encode(TrCodec codec, TrValue str);
TrValue tr_codec_escape_decode(TrCodec codec, const char *d, size_t n, TrValue obj, const char *errors);

#endif
