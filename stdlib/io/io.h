/* io.h — what the io module's in-memory streams share: the runtime's stream layout
 * (TrStream, which every io type extends), its closed check and its byte/code point
 * buffer (runtime/file.h, iobase.c). */
#include "file.h"

typedef TrStream Stream;
#define ST(v) ((Stream *)(v))

void io_add_rwpair(TrValue module); /* rwpair.c: io.BufferedRWPair */
