/* file.h — the file object (file.c) that open() returns and that io.TextIOWrapper(buffer)
 * builds (textio.c): its layout, shared by those two files only.  A file reads and
 * writes a C stream; for a TextIOWrapper over a Python-level binary object that stream
 * is a glibc cookie stream calling the object's read1/read, write and seek. */
#ifndef TR_FILE_H
#define TR_FILE_H
#include "tr.h"

typedef struct TrFile {
    TrObject ob;
    FILE *fp;
    TrValue name, mode; /* mode 0: a TextIOWrapper(buffer), which has none */
    bool binary, readable, writable, closed;
    bool is_std; /* the C stream is not this object's to close: a standard stream's, a
                    text file's .buffer, a TextIOWrapper's over a binary file */
    bool line_buffering; /* flush after each write of a '\n' or '\r' */
    bool write_through;  /* hand each write to the buffer at once */
    bool detached;       /* detach() took the buffer: every operation is a ValueError */
    bool wrote;          /* a cookie stream's last operation was a write (flushed before a read) */
    bool has_read1;      /* a TextIOWrapper's buffer reads by read1(n), else by read(n) */
    uint8_t seennl;      /* line ends read in universal modes: NL_LF | NL_CR | NL_CRLF */
    TrValue buffer;  /* a text file's binary layer (f.buffer), made on first use, or 0 */
    TrValue owner;   /* a binary layer: its text file, or 0 */
    TrValue raw;     /* TextIOWrapper(buffer): the buffer object (fp reads and writes it), else 0 */
    /* open()'s newline, for reading text: NEWLINE_UNIVERSAL (None: \r, \n, \r\n end a
     * line and read as \n), NEWLINE_UNTRANSLATED ('': the same ends, kept as they are),
     * or the one terminator '\n', '\r' or '\r\n' (kept). */
    const char *newline;
    /* a text file: the codec of its bytes (a BOM codec turns into its plain form after
     * the first write), open()'s encoding and errors as given (0: the defaults, UTF-8
     * and 'strict'; a standard stream not reconfigured writes its text's bytes as
     * they are), and once decoded whole, its text (fp reads it from memory) */
    TrCodec codec;
    TrValue encoding, errors, text;
    bool decode_whole;    /* to do at the first read */
    int64_t codec_state; /* a stateful CJK codec's shift state across writes (iso2022, hz) */
} TrFile;

enum { NL_LF = 1, NL_CR = 2, NL_CRLF = 4 };

extern const char TR_NEWLINE_UNIVERSAL[], TR_NEWLINE_UNTRANSLATED[];

TrValue tr_file_make(FILE *fp, TrValue name, TrValue mode, bool binary, bool r, bool w, bool is_std);
/* the newline argument of fname (open, TextIOWrapper, reconfigure) into *out: -1 + error */
int tr_file_parse_newline(const char *fname, TrValue v, const char **out);
/* encoding= and errors= of fname: 0 for None, else a str; -1 + TypeError */
int tr_file_str_arg(const char *fname, const char *kw, TrValue *v);
/* textio.c: io.TextIOWrapper(buffer, ...), the type's constructor */
TrValue tr_textio_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames);

#endif
