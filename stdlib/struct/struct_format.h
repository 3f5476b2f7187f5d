/* struct_format.h — what struct.c (the module, Struct and its iterator) and
 * struct_format.c (format strings and the packing engine) share: a parsed format and
 * the three operations on it, with struct.error as CPython raises it. */
#ifndef TRC_STRUCT_FORMAT_H
#define TRC_STRUCT_FORMAT_H
#include "tr.h"

extern TrValue tr_struct_error; /* the class struct.error */

typedef struct TrStructCode {
    char c;
    size_t count;          /* repeat count (length for s and p) */
    size_t size, offset;   /* bytes of one item, offset of the first */
} TrStructCode;

typedef struct TrStructFormat {
    bool native, little;
    size_t ncodes, size, nitems; /* nitems: values packed or unpacked */
    TrStructCode *codes;         /* GC memory */
} TrStructFormat;

/* parses a str or bytes format; -1 with struct.error or TypeError */
int tr_struct_parse(TrValue format, TrStructFormat *f);
/* packs f->nitems values (the caller checked the count) into the f->size bytes at out,
 * zeroing them first, as CPython does: on error the bytes packed so far stay */
int tr_struct_pack(const TrStructFormat *f, char *out, TrValue *vals);
/* the tuple of the values in the f->size bytes at data */
TrValue tr_struct_unpack(const TrStructFormat *f, const char *data);
#endif
