/* file.h — the layout every io object starts with (TrStream: IOBase's, iobase.c), and the
 * file object that open() returns and that io.TextIOWrapper(buffer), io.FileIO and
 * io.Buffered*(raw) build (file.c, textio.c, buffered.c): one layout for the classes
 * FileIO, BufferedReader, BufferedWriter, BufferedRandom and TextIOWrapper, told apart
 * by their type.  A file reads and writes a C stream; for a TextIOWrapper over a
 * Python-level binary object that stream is a glibc cookie stream calling the object's
 * read1/read, write and seek; a Buffered* over a Python-level raw stream (pybuffer)
 * keeps its own buffer in the TrStream instead. */
#ifndef TR_FILE_H
#define TR_FILE_H
#include "tr.h"

typedef struct TrStream {
    TrObject ob;
    TrValue dict;          /* instance attributes of subclasses */
    bool closed;
    char *data;            /* BytesIO: bytes; StringIO: code points (see wide); pybuffer: pending bytes */
    size_t len, cap, pos;  /* in bytes or code points */
    char newline;          /* StringIO: its newline argument */
    bool wide;             /* StringIO: data holds uint32_t code points; else one byte each, all ASCII */
} TrStream;

int tr_stream_check_open(TrStream *s); /* 0, or -1 with CPython's ValueError when closed */
/* write n units at the position (zero-filling any gap past the end), advance it */
void tr_stream_write(TrStream *s, const void *src, size_t n, size_t unit);

typedef struct TrFile {
    TrStream s;    /* s.closed: the file's; s.data/len/pos: a pybuffer's bytes (buffered.c) */
    FILE *fp;
    TrValue name, mode; /* mode 0: a TextIOWrapper(buffer), which has none; a binary
                           file's is its FileIO's ('rb', 'wb', 'ab', 'xb', 'rb+', ...) */
    bool binary, readable, writable;
    bool pybuffer;       /* a Buffered* over a Python object raw (fp unused): buffered.c */
    bool closefd;        /* FileIO: close() closes the descriptor */
    size_t buffer_size;  /* pybuffer: its buffer_size */
    bool is_std; /* the C stream is not this object's to close: a standard stream's, a
                    text file's .buffer, a TextIOWrapper's over a binary file */
    bool line_buffering; /* flush after each write of a '\n' or '\r' */
    bool write_through;  /* hand each write to the buffer at once */
    bool detached;       /* detach() took the buffer: every operation is a ValueError */
    bool wrote;          /* a cookie stream's last operation was a write (flushed before a read) */
    bool has_read1;      /* a TextIOWrapper's buffer reads by read1(n), else by read(n) */
    uint8_t seennl;      /* line ends read in universal modes: NL_LF | NL_CR | NL_CRLF */
    TrValue buffer;  /* the layer below, over the same C stream, made on first use, or 0:
                        a text file's Buffered* (f.buffer), a Buffered*'s FileIO (f.raw) */
    TrValue owner;   /* such a layer: the file above it, or 0 */
    TrValue raw;     /* TextIOWrapper(buffer): the buffer object (fp reads and writes it);
                        pybuffer: the raw object; else 0 */
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

/* the newline argument of fname (open, TextIOWrapper, reconfigure) into *out: -1 + error */
int tr_file_parse_newline(const char *fname, TrValue v, const char **out);
/* encoding= and errors= of fname: 0 for None, else a str; -1 + TypeError */
int tr_file_str_arg(const char *fname, const char *kw, TrValue *v);
TrValue tr_file_new(TrType *type, FILE *fp, TrValue name, TrValue mode, bool r, bool w, bool is_std);
/* f, given its C stream after tr_file_new, closes it when collected open (a cookie
 * stream must not outlive its cookie f: glibc flushes every stream at exit) */
void tr_file_close_when_dropped(TrFile *f);
/* whether v is a binary file of open() whose C stream a TextIOWrapper can share */
bool tr_file_lends_stream(TrValue v);
/* io.FileIO(file, mode='r', closefd=True, opener=None) */
TrValue tr_fileio_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames);
/* textio.c: io.TextIOWrapper(buffer, ...), the type's constructor */
TrValue tr_textio_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames);

/* buffered.c: the Buffered* classes over a Python raw stream (pybuffer): the constructor
 * io.Buffered*(raw, buffer_size) and the methods file.c hands a pybuffer file */
TrValue tr_buffered_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames);
int tr_buffered_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames);
TrValue tr_buffered_read(TrValue *args, size_t nargs, TrValue kwnames);
TrValue tr_buffered_read1(TrValue *args, size_t nargs, TrValue kwnames);
TrValue tr_buffered_peek(TrValue *args, size_t nargs, TrValue kwnames);
TrValue tr_buffered_readline(TrValue *args, size_t nargs, TrValue kwnames);
TrValue tr_buffered_write(TrValue *args, size_t nargs, TrValue kwnames);
TrValue tr_buffered_flush(TrValue *args, size_t nargs, TrValue kwnames);
TrValue tr_buffered_close(TrValue *args, size_t nargs, TrValue kwnames);
TrValue tr_buffered_seek(TrValue *args, size_t nargs, TrValue kwnames);
TrValue tr_buffered_tell(TrValue *args, size_t nargs, TrValue kwnames);
TrValue tr_buffered_truncate(TrValue *args, size_t nargs, TrValue kwnames);
TrValue tr_buffered_detach(TrValue *args, size_t nargs, TrValue kwnames);
/* raw.<method>() (fileno, isatty, seekable, readable, writable); ValueError once detached */
TrValue tr_buffered_delegate(TrValue self, const char *method);
TrValue tr_buffered_closed(TrValue self);
TrValue tr_buffered_repr(TrValue self);

#endif
