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

/* codec_handlers.c: the error handlers.  tr_codec_unknown_handler raises the error of a
 * handler the codec does not know (LookupError) or cannot use (TypeError);
 * tr_codec_wrap_error wraps the error raised as CPython's codecs written in Python do
 * when codec.wrap_name is set (both return 0).  tr_codec_call_handler calls the
 * handler registered as errors on exc (the UnicodeEncodeError/UnicodeDecodeError of an
 * object of len characters or bytes): its replacement (str, or bytes when encoding) and
 * *newpos, where the codec goes on; 0 with the error (wrapped). */
bool tr_codec_builtin_handler(const char *errors); /* 'strict', 'ignore', 'replace', ... */
TrValue tr_codec_unknown_handler(TrCodec codec, bool decode, const char *errors);
TrValue tr_codec_wrap_error(TrCodec codec, bool decode);
TrValue tr_codec_call_handler(TrCodec codec, const char *errors, TrValue exc, size_t len, size_t *newpos);
/* A decoder's error at obj[start..end) under errors, a name it does not handle itself
 * ('strict', 'surrogatepass' where it cannot): raises the UnicodeDecodeError, or appends
 * a registered handler's replacement to b and sets *next; 0, or -1 with the error */
int tr_codec_decode_error(TrBuf *b, TrCodec codec, const char *errors, const char *encoding, TrValue obj,
                          size_t start, size_t end, const char *reason, size_t *next);
int tr_codec_register_error(TrValue name, TrValue handler); /* -1 + error */
TrValue tr_codec_registered_error(const char *name);        /* borrowed; 0 (no error) if none */
/* The ASCII text handler puts for code point c: backslashreplace's \xNN, \uNNNN or
 * \UNNNNNNNN, xmlcharrefreplace's &#N;, namereplace's \N{NAME} (else as
 * backslashreplace).  1, 0 if handler is none of these, -1 + error. */
#define TR_CODEC_ESCAPE_MAX 136
int tr_codec_escape_char(const char *handler, uint32_t c, char out[TR_CODEC_ESCAPE_MAX]);

/* a multibyte CJK codec (codec_cjk.c, its data generated into codec_cjk_tables.c by
 * tools/gen_cjk_tables.py): characters come from glibc's iconv converter `iconv`, but
 * where the fix-up lists (sorted by key) say otherwise.  single: a bit per byte that is
 * a character alone (all of 0x00..0x7f, themselves but where a fix-up says otherwise); any
 * other byte leads 2 bytes,
 * TR_CJK_GB18030: 4 when the second is a digit, TR_CJK_EUC3: 3 after 0x8f, TR_CJK_EUCKR: 8
 * for a KS X 1001 annex 3 make-up sequence (a4 d4 a4 x a4 y a4 z) */
#define TR_CJK_NONE 0xFFFFFFFFu
typedef struct TrCjkFix {
    uint32_t key; /* dec: the bytes, big-endian; enc: the code point; pair: the first one */
    uint32_t a;   /* dec: the code point (TR_CJK_NONE: undefined); enc: the bytes (0: none); pair: the second */
    uint32_t b;   /* dec: a second code point or 0 (undefined: the error's length if not 1); pair: the bytes */
} TrCjkFix;
enum { TR_CJK_DOUBLE, TR_CJK_GB18030, TR_CJK_EUC3, TR_CJK_EUCKR };
typedef struct TrCjk {
    const char *name, *iconv;
    const char *fallback; /* the codec of what iconv lacks (euc_jis_2004's JIS X 0212), or NULL */
    int kind;
    const uint8_t *single;
    const uint8_t *invalid; /* a bit per byte that is an error alone, no sequence's start (or NULL) */
    const TrCjkFix *dec;
    size_t ndec;
    const TrCjkFix *enc;
    size_t nenc;
    const TrCjkFix *pair;
    size_t npair;
} TrCjk;
extern const TrCjk tr_cjks[];
extern const size_t tr_ncjks;

/* codec_cjk.c: the CJK codecs (codec.id >= TR_CODEC_CJK; the stateful ones after
 * tr_cjks' are codec_iso2022.c's).  The _partial forms are an incremental codec's steps:
 * without final, decoding stops before a sequence the end cuts short (*used: the bytes
 * decoded) and encoding leaves the state shifted; *state is CPython's getstate() packing
 * (0 at the start). */
const char *tr_cjk_name(int id);
TrValue tr_cjk_encode(TrCodec codec, TrValue str, const char *errors);
TrValue tr_cjk_decode(TrCodec codec, const char *d, size_t n, TrValue obj, const char *errors);
TrValue tr_cjk_encode_partial(TrCodec codec, TrValue str, const char *errors, bool final, int64_t *state);
TrValue tr_cjk_decode_partial(TrCodec codec, const char *d, size_t n, TrValue obj, const char *errors, bool final,
                              size_t *used, int64_t *state);
/* for codec_iso2022.c: a stateless codec's characters; its index by name */
int tr_cjk_index(const char *name);
/* how many code points; 0: none, -n: none, an error of n bytes.  fallback: also what the
 * codec takes from another (euc_jis_2004's JIS X 0212) */
int tr_cjk_chars(int index, const unsigned char *d, size_t len, uint32_t out[2], bool fallback);
bool tr_cjk_put_char(TrBuf *b, int index, uint32_t c, bool fallback); /* false: none */
uint32_t *tr_cjk_code_points(TrValue str, size_t *n);
/* errors' stand-ins, as CPython's multibytecodec: for bytes d[start..*end) of data[0..n)
 * that do not decode (appended to b; *end: where decoding goes on; *obj: the bytes
 * object, made here if 0), or for code point cps[*i] of str that does not encode (the
 * replacement appended, a str through put(ctx, ...) strictly, bytes as they are; *i:
 * where encoding goes on); 0, or -1 with the error (the UnicodeError for 'strict') */
int tr_cjk_decode_error(TrBuf *b, TrCodec codec, const char *errors, const char *data, size_t n, TrValue *obj,
                        size_t start, size_t *end, const char *reason);
typedef bool (*TrCjkPut)(void *ctx, TrBuf *b, const uint32_t *cps, size_t *i, size_t n);
int tr_cjk_encode_error(TrBuf *b, TrCodec codec, const char *errors, TrValue str, const uint32_t *cps, size_t n,
                        size_t *i, TrCjkPut put, void *ctx);

/* codec_iso2022.c: iso2022_jp (-1, -2, -2004, -3, -ext), iso2022_kr and hz */
TrValue tr_iso2022_encode(TrCodec codec, TrValue str, const char *errors, bool final, int64_t *state);
TrValue tr_iso2022_decode(TrCodec codec, const char *d, size_t n, TrValue obj, const char *errors, bool final,
                          size_t *used, int64_t *state);
const char *tr_iso2022_name(int index);

/* codec_escape.c: unicode_escape and raw_unicode_escape (codec.id says which) */
TrValue tr_codec_escape_encode(TrCodec codec, TrValue str);
TrValue tr_codec_escape_decode(TrCodec codec, const char *d, size_t n, TrValue obj, const char *errors);

#endif
