/* io.h — what the files of the io module share: the stream object every io type
 * extends (IOBase's layout), its closed check and its byte/code point buffer. */
#include "tr.h"

typedef struct Stream {
    TrObject ob;
    TrValue dict;          /* instance attributes of subclasses */
    bool closed;
    char *data;            /* BytesIO: bytes; StringIO: code points (see wide); buffered: pending bytes */
    size_t len, cap, pos;  /* in bytes or code points */
    char newline;          /* StringIO: its newline argument, one of the NEWLINE_* */
    bool wide;             /* StringIO: data holds uint32_t code points; else one byte each, all ASCII */
} Stream;
#define ST(v) ((Stream *)(v))

extern TrType iobase_type;
int check_open(Stream *s);   /* 0, or -1 with CPython's ValueError when closed */
/* write n units at the position (zero-filling any gap past the end), advance it */
void buf_write(Stream *s, const void *src, size_t n, size_t unit);
void io_add_buffered(TrValue module); /* buffered.c: BufferedWriter, BufferedReader */
