/* _sqlite3.c — the C core of the `sqlite3` module on the SQLite library: open/close a
 * database, prepare statements, bind parameters (qmark sequences and :named dicts, with
 * CPython 3.11's error texts), step through rows converting SQLite values to
 * int/float/str/bytes/None, and user-defined functions, aggregates and collations.
 * The DB-API classes (Connection, Cursor, Row, exceptions) are Tauraro code in
 * stdlib/sqlite3/__init__.tr, which hands its exception classes to _init() so that
 * SQLite result codes raise the right one.  Programs importing it link -lsqlite3. */
#include "tr.h"
#include <sqlite3.h>

typedef struct Db {
    TrObject ob;
    sqlite3 *db; /* 0 once closed; sqlite3_close_v2 by a finalizer otherwise */
} Db;

typedef struct Stmt {
    TrObject ob;
    sqlite3_stmt *st;
    Db *owner;    /* keeps the database alive (finalizers run in reference order) */
    bool started; /* a step returned a row and the rows have not ended since */
} Stmt;

static TrType db_type = {.ob = {&tr_type_type}, .name = "Database", .basicsize = sizeof(Db)};
static TrType stmt_type = {.ob = {&tr_type_type}, .name = "Statement", .basicsize = sizeof(Stmt)};

/* The exception classes of sqlite3 (set by _init) and the live aggregate instances,
 * keyed by their SQLite context address (SQLite's memory is not scanned by the GC). */
static TrValue errors, aggregates;

enum { E_ERROR, E_INTERFACE, E_DATABASE, E_INTERNAL, E_OPERATIONAL, E_PROGRAMMING,
       E_INTEGRITY, E_DATA, E_NOTSUPPORTED, E_COUNT };
static const char *const error_names[E_COUNT] = {
    "Error", "InterfaceError", "DatabaseError", "InternalError", "OperationalError",
    "ProgrammingError", "IntegrityError", "DataError", "NotSupportedError",
};

static TrValue raise_kind(int kind, TrValue msg) {
    TrValue cls = errors ? tr_dict_get_str(errors, error_names[kind]) : 0;
    if (!cls) return tr_err(TR_EXC_TYPE(RuntimeError), "sqlite3: %s", tr_str_cstr(msg));
    TrValue exc = tr_call1(cls, msg);
    if (exc) tr_raise(exc);
    return 0;
}

static TrValue raise_msg(int kind, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    TrValue msg = tr_str_vfmt(fmt, ap);
    va_end(ap);
    return msg ? raise_kind(kind, msg) : 0;
}

/* The exception for SQLite result code rc (CPython's _pysqlite_seterror), carrying
 * sqlite_errorcode; the message is the database's error text. */
static TrValue raise_sqlite(sqlite3 *db, int rc) {
    int kind;
    switch (rc & 0xff) {
    case SQLITE_INTERNAL: case SQLITE_NOTFOUND: kind = E_INTERNAL; break;
    case SQLITE_NOMEM: return tr_err_nomem();
    case SQLITE_ERROR: case SQLITE_PERM: case SQLITE_ABORT: case SQLITE_BUSY:
    case SQLITE_LOCKED: case SQLITE_READONLY: case SQLITE_INTERRUPT: case SQLITE_IOERR:
    case SQLITE_FULL: case SQLITE_CANTOPEN: case SQLITE_PROTOCOL: case SQLITE_EMPTY:
    case SQLITE_SCHEMA: kind = E_OPERATIONAL; break;
    case SQLITE_CORRUPT: kind = E_DATABASE; break;
    case SQLITE_TOOBIG: kind = E_DATA; break;
    case SQLITE_CONSTRAINT: case SQLITE_MISMATCH: kind = E_INTEGRITY; break;
    case SQLITE_MISUSE: case SQLITE_RANGE: kind = E_INTERFACE; break;
    default: kind = E_DATABASE; break;
    }
    const char *text = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    int code = db ? sqlite3_extended_errcode(db) : rc;
    raise_kind(kind, tr_str_from_cstr(text));
    TrValue exc = tr_err_current();
    if (exc && !tr_err_is(TR_EXC_TYPE(MemoryError)) && !tr_err_is(TR_EXC_TYPE(RuntimeError))) {
        TrValue saved = tr_err_fetch();
        tr_setattr(saved, tr_str_intern("sqlite_errorcode"), TR_FROM_SMALL(code));
        tr_err_restore(saved);
    }
    return 0;
}

static bool utf8_valid(const unsigned char *p, size_t n) {
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        size_t k = c < 0x80 ? 0 : (c & 0xe0) == 0xc0 && c >= 0xc2 ? 1 : (c & 0xf0) == 0xe0 ? 2
                 : (c & 0xf8) == 0xf0 && c <= 0xf4 ? 3 : 9;
        if (k == 9 || i + k >= n + (k ? 0 : 1)) return false;
        uint32_t cp = k == 0 ? c : c & (0x3f >> k);
        for (size_t j = 1; j <= k; j++) {
            if ((p[i + j] & 0xc0) != 0x80) return false;
            cp = cp << 6 | (p[i + j] & 0x3f);
        }
        if ((k == 2 && (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000))) || (k == 3 && (cp < 0x10000 || cp > 0x10ffff)))
            return false;
        i += k + 1;
    }
    return true;
}

/* p[0:n] as a str, each byte of an invalid UTF-8 sequence read as U+FFFD */
static TrValue utf8_replaced(const unsigned char *p, size_t n) {
    TrBuf b;
    tr_buf_init(&b);
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        size_t len = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
        if (len && i + len <= n && utf8_valid(p + i, len)) {
            tr_buf_add(&b, (const char *)p + i, len);
            i += len;
        } else {
            tr_buf_adds(&b, "\xef\xbf\xbd");
            i++;
        }
    }
    return tr_buf_finish(&b);
}

/* ------------------------------------------------------------- values both ways */

/* A Python value as an SQLite value through one of two setters (binding a statement
 * parameter, or a user function's result): 0 ok, 1 unsupported type, -1 error set. */
typedef struct ValueSink {
    int (*set_int)(void *, int64_t);
    int (*set_double)(void *, double);
    int (*set_text)(void *, const char *, size_t);
    int (*set_blob)(void *, const void *, size_t);
    int (*set_null)(void *);
    void *target;
} ValueSink;

static int put_value(const ValueSink *s, TrValue v) {
    if (v == tr_None) return s->set_null(s->target);
    if (TR_IS_SMALL(v) || tr_int_check(v)) {
        int64_t i;
        if (tr_int_as_i64(v, &i) < 0) {
            if (tr_err_is(TR_EXC_TYPE(OverflowError))) {
                tr_err_clear();
                tr_err(TR_EXC_TYPE(OverflowError), "Python int too large to convert to SQLite INTEGER");
            }
            return -1;
        }
        return s->set_int(s->target, i);
    }
    if (tr_float_check(v)) return s->set_double(s->target, TR_FLOAT_VAL(v));
    if (tr_str_check(v)) return s->set_text(s->target, tr_str_cstr(v), TR_STR(v)->len);
    size_t n;
    const char *bytes = tr_buffer_view(v, &n);
    if (bytes) return s->set_blob(s->target, bytes, n);
    return 1;
}

typedef struct BindTarget { sqlite3_stmt *st; int index; } BindTarget;
static int bind_int(void *t, int64_t i) { BindTarget *b = t; return sqlite3_bind_int64(b->st, b->index, i); }
static int bind_double(void *t, double d) { BindTarget *b = t; return sqlite3_bind_double(b->st, b->index, d); }
static int bind_text(void *t, const char *p, size_t n) { BindTarget *b = t; return sqlite3_bind_text64(b->st, b->index, p, n, SQLITE_TRANSIENT, SQLITE_UTF8); }
static int bind_blob(void *t, const void *p, size_t n) { BindTarget *b = t; return sqlite3_bind_blob64(b->st, b->index, p, n, SQLITE_TRANSIENT); }
static int bind_null(void *t) { BindTarget *b = t; return sqlite3_bind_null(b->st, b->index); }

/* Binds v, or adapt(v) when v is not exactly of a type SQLite takes (adapt 0: never) */
static int bind_one(Stmt *s, int index, TrValue v, TrValue adapt) {
    if (adapt && !TR_IS_SMALL(v) && v != tr_None) {
        TrType *t = v->type;
        if (t != &tr_int_type && t != &tr_float_type && t != &tr_str_type && t != &tr_bytes_type &&
            t != &tr_bytearray_type && !(v = tr_call1(adapt, v)))
            return -1;
    }
    BindTarget target = {s->st, index};
    ValueSink sink = {bind_int, bind_double, bind_text, bind_blob, bind_null, &target};
    int rc = put_value(&sink, v);
    if (rc < 0) return -1;
    if (rc == 1) {
        raise_msg(E_PROGRAMMING, "Error binding parameter %d: type '%s' is not supported", index, TR_TYPE_NAME(v));
        return -1;
    }
    if (rc != SQLITE_OK) { raise_sqlite(s->owner->db, rc); return -1; }
    return 0;
}

/* Column i of the current row; text goes through text_factory unless it is None (str) */
static TrValue column_value(sqlite3_stmt *st, int i, TrValue text_factory) {
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_INTEGER: return tr_int_from_i64(sqlite3_column_int64(st, i));
    case SQLITE_FLOAT: return tr_float_new(sqlite3_column_double(st, i));
    case SQLITE_TEXT: {
        const unsigned char *p = sqlite3_column_text(st, i);
        size_t n = (size_t)sqlite3_column_bytes(st, i);
        if (text_factory != tr_None) {
            TrValue raw = tr_bytes_new((const char *)p, n);
            return text_factory == (TrValue)&tr_bytes_type ? raw : tr_call1(text_factory, raw);
        }
        if (!utf8_valid(p, n))
            return raise_msg(E_OPERATIONAL, "Could not decode to UTF-8 column '%s' with text '%s'",
                             sqlite3_column_name(st, i), tr_str_cstr(utf8_replaced(p, n)));
        return tr_str_new((const char *)p, n);
    }
    case SQLITE_BLOB: {
        const void *p = sqlite3_column_blob(st, i);
        return tr_bytes_new(p, (size_t)sqlite3_column_bytes(st, i));
    }
    default: return tr_None;
    }
}

static TrValue sqlite_value(sqlite3_value *v) {
    switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER: return tr_int_from_i64(sqlite3_value_int64(v));
    case SQLITE_FLOAT: return tr_float_new(sqlite3_value_double(v));
    case SQLITE_TEXT: {
        const unsigned char *p = sqlite3_value_text(v);
        size_t n = (size_t)sqlite3_value_bytes(v);
        return utf8_valid(p, n) ? tr_str_new((const char *)p, n) : tr_bytes_new((const char *)p, n);
    }
    case SQLITE_BLOB: return tr_bytes_new(sqlite3_value_blob(v), (size_t)sqlite3_value_bytes(v));
    default: return tr_None;
    }
}

/* ------------------------------------------------------------------ arguments */

static Db *arg_db(TrValue v) {
    if (TR_IS_SMALL(v) || v->type != &db_type) {
        tr_err(TR_EXC_TYPE(TypeError), "expected a _sqlite3 database");
        return 0;
    }
    Db *d = (Db *)v;
    if (!d->db) {
        raise_msg(E_PROGRAMMING, "Cannot operate on a closed database.");
        return 0;
    }
    return d;
}

static Stmt *arg_stmt(TrValue v) {
    if (TR_IS_SMALL(v) || v->type != &stmt_type) {
        tr_err(TR_EXC_TYPE(TypeError), "expected a _sqlite3 statement");
        return 0;
    }
    Stmt *s = (Stmt *)v;
    if (!s->owner->db) {
        raise_msg(E_PROGRAMMING, "Cannot operate on a closed database.");
        return 0;
    }
    return s;
}

static const char *arg_str(TrValue v, const char *what) {
    if (!tr_str_check(v)) {
        tr_err(TR_EXC_TYPE(TypeError), "%s must be str, not %s", what, TR_TYPE_NAME(v));
        return 0;
    }
    return tr_str_cstr(v);
}

/* ------------------------------------------------------------------ databases */

static void db_finalize(void *obj, void *cd) {
    (void)cd;
    Db *d = obj;
    if (d->db) sqlite3_close_v2(d->db);
    d->db = 0;
}

static void stmt_finalize(void *obj, void *cd) {
    (void)cd;
    Stmt *s = obj;
    if (s->st && s->owner->db) sqlite3_finalize(s->st);
    s->st = 0;
}

/* CPython resets a statement as soon as its cursor is dropped; here an abandoned cursor
 * (`con.execute(sql).fetchone()`) keeps its statement active until the GC finalizes it,
 * and SQLite refuses DROP TABLE ("database table is locked") or redefining a function
 * while any statement is active.  On such a refusal the other active statements are
 * reset and the caller tries again; a cursor still reading one of them sees its rows
 * end (Stmt.started without sqlite3_stmt_busy, in f_step).  Returns whether any was. */
static bool reset_other_statements(Db *d, sqlite3_stmt *self) {
    bool any = false;
    for (sqlite3_stmt *st = sqlite3_next_stmt(d->db, 0); st; st = sqlite3_next_stmt(d->db, st))
        if (st != self && sqlite3_stmt_busy(st)) {
            sqlite3_reset(st);
            any = true;
        }
    return any;
}

/* _init(errors: dict name -> exception class) */
static TrValue f_init(TrValue *args, size_t nargs, TrValue kw) {
    if (tr_no_kwargs("_init", kw) || tr_check_nargs("_init", nargs, 1, 1)) return 0;
    errors = args[0];
    return tr_None;
}

/* open(path, timeout, uri, serialized) -> database; serialized (for connections shared
 * between threads) takes SQLite's connection mutex in every call */
static TrValue f_open(TrValue *args, size_t nargs, TrValue kw) {
    if (tr_no_kwargs("open", kw) || tr_check_nargs("open", nargs, 4, 4)) return 0;
    const char *path = arg_str(args[0], "database");
    double timeout;
    if (!path || tr_as_double(args[1], &timeout) < 0) return 0;
    int uri = tr_truthy(args[2]), serialized = tr_truthy(args[3]);
    if (uri < 0 || serialized < 0) return 0;
    sqlite3 *db = 0;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | (uri ? SQLITE_OPEN_URI : 0) |
                (serialized ? SQLITE_OPEN_FULLMUTEX : SQLITE_OPEN_NOMUTEX);
    int rc = sqlite3_open_v2(path, &db, flags, NULL);
    if (rc != SQLITE_OK) {
        if (!db) return tr_err_nomem();
        raise_sqlite(db, rc);
        sqlite3_close_v2(db);
        return 0;
    }
    double ms = timeout * 1000;
    sqlite3_busy_timeout(db, ms >= 2147483647.0 ? 2147483647 : ms > 0 ? (int)ms : 0);
    Db *d = (Db *)tr_object_alloc(&db_type, sizeof(Db));
    d->db = db;
    GC_register_finalizer(d, db_finalize, NULL, NULL, NULL);
    return (TrValue)d;
}

static TrValue f_close(TrValue *args, size_t nargs, TrValue kw) {
    if (tr_no_kwargs("close", kw) || tr_check_nargs("close", nargs, 1, 1)) return 0;
    if (TR_IS_SMALL(args[0]) || args[0]->type != &db_type) return tr_err(TR_EXC_TYPE(TypeError), "expected a _sqlite3 database");
    Db *d = (Db *)args[0];
    if (d->db) {
        /* statements left unfinalized make close_v2 defer closing until they go */
        sqlite3_stmt *st;
        while ((st = sqlite3_next_stmt(d->db, 0))) sqlite3_finalize(st);
        int rc = sqlite3_close_v2(d->db);
        if (rc != SQLITE_OK) return raise_sqlite(d->db, rc);
        d->db = 0;
    }
    return tr_None;
}

/* The rest of sql after one statement holds only whitespace and comments */
static bool only_comments(const char *p) {
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == ';') p++;
        if (p[0] == '-' && p[1] == '-') {
            while (*p && *p != '\n') p++;
        } else if (p[0] == '/' && p[1] == '*') {
            const char *end = strstr(p + 2, "*/");
            if (!end) return true;
            p = end + 2;
        } else {
            return *p == 0;
        }
    }
}

/* prepare(db, sql) -> statement, or None when sql holds no statement */
static TrValue f_prepare(TrValue *args, size_t nargs, TrValue kw) {
    if (tr_no_kwargs("prepare", kw) || tr_check_nargs("prepare", nargs, 2, 2)) return 0;
    Db *d = arg_db(args[0]);
    const char *sql = d ? arg_str(args[1], "sql") : 0;
    if (!sql) return 0;
    if (strlen(sql) != TR_STR(args[1])->len) return raise_msg(E_PROGRAMMING, "the query contains a null character");
    sqlite3_stmt *st = 0;
    const char *tail = 0;
    int rc = sqlite3_prepare_v2(d->db, sql, (int)TR_STR(args[1])->len + 1, &st, &tail);
    if (rc != SQLITE_OK) return raise_sqlite(d->db, rc);
    if (!st) return tr_None;
    if (tail && !only_comments(tail)) {
        sqlite3_finalize(st);
        return raise_msg(E_PROGRAMMING, "You can only execute one statement at a time.");
    }
    Stmt *s = (Stmt *)tr_object_alloc(&stmt_type, sizeof(Stmt));
    s->st = st;
    s->owner = d;
    GC_register_finalizer(s, stmt_finalize, NULL, NULL, NULL);
    return (TrValue)s;
}

/* bind(stmt, params, adapt): a sequence binds by position, a dict by :name; values not
 * exactly int, float, str, bytes, bytearray or None are bound as adapt(value) unless
 * adapt is None */
static TrValue f_bind(TrValue *args, size_t nargs, TrValue kw) {
    if (tr_no_kwargs("bind", kw) || tr_check_nargs("bind", nargs, 3, 3)) return 0;
    TrValue adapt = args[2] == tr_None ? 0 : args[2];
    Stmt *s = arg_stmt(args[0]);
    if (!s) return 0;
    TrValue params = args[1];
    int count = sqlite3_bind_parameter_count(s->st);
    sqlite3_reset(s->st);
    s->started = false;
    sqlite3_clear_bindings(s->st);
    if (tr_dict_check(params)) {
        for (int i = 1; i <= count; i++) {
            const char *name = sqlite3_bind_parameter_name(s->st, i);
            if (!name)
                return raise_msg(E_PROGRAMMING, "Binding %d has no name, but you supplied a dictionary (which has only names).", i);
            TrValue key = tr_str_from_cstr(name + 1);
            TrValue v = tr_getitem(params, key);
            if (!v) {
                if (!tr_err_is(TR_EXC_TYPE(KeyError))) return 0;
                tr_err_clear();
                return raise_msg(E_PROGRAMMING, "You did not supply a value for binding parameter %s.", name);
            }
            if (bind_one(s, i, v, adapt) < 0) return 0;
        }
        return tr_None;
    }
    bool sequence = tr_list_check(params) || tr_tuple_check(params) || tr_str_check(params) ||
                    tr_type_lookup(TR_TYPE(params), tr_str_intern("__getitem__"));
    if (!sequence) return raise_msg(E_PROGRAMMING, "parameters are of unsupported type");
    intptr_t n = tr_len(params);
    if (n < 0) return 0;
    if (n != count)
        return raise_msg(E_PROGRAMMING, "Incorrect number of bindings supplied. The current statement uses %d, and there are %zd supplied.",
                         count, (size_t)n);
    for (int i = 1; i <= count; i++) {
        TrValue v = tr_getitem(params, TR_FROM_SMALL(i - 1));
        if (!v || bind_one(s, i, v, adapt) < 0) return 0;
    }
    return tr_None;
}

/* step(stmt, text_factory) -> the next row as a tuple, or None when done */
static TrValue f_step(TrValue *args, size_t nargs, TrValue kw) {
    if (tr_no_kwargs("step", kw) || tr_check_nargs("step", nargs, 2, 2)) return 0;
    Stmt *s = arg_stmt(args[0]);
    if (!s) return 0;
    if (s->started && !sqlite3_stmt_busy(s->st)) { /* reset by reset_other_statements */
        s->started = false;
        return tr_None;
    }
    int rc = sqlite3_step(s->st);
    if ((rc & 0xff) == SQLITE_LOCKED && reset_other_statements(s->owner, s->st)) {
        sqlite3_reset(s->st);
        rc = sqlite3_step(s->st);
    }
    s->started = rc == SQLITE_ROW;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(s->st);
        return tr_None;
    }
    if (rc != SQLITE_ROW) {
        sqlite3_reset(s->st);
        return raise_sqlite(s->owner->db, rc);
    }
    int n = sqlite3_column_count(s->st);
    TrValue row = tr_tuple_new((size_t)n);
    for (int i = 0; i < n; i++) {
        TrValue v = column_value(s->st, i, args[1]);
        if (!v) {
            sqlite3_reset(s->st);
            return 0;
        }
        TR_TUPLE(row)->items[i] = v;
    }
    return row;
}

/* column_bytes(stmt, i): the current row's column i as bytes (for converters), or None */
static TrValue f_column_bytes(TrValue *args, size_t nargs, TrValue kw) {
    if (tr_no_kwargs("column_bytes", kw) || tr_check_nargs("column_bytes", nargs, 2, 2)) return 0;
    Stmt *s = arg_stmt(args[0]);
    int64_t i;
    if (!s || tr_index(args[1], &i) < 0) return 0;
    if (i < 0 || i >= sqlite3_column_count(s->st)) return tr_err(TR_EXC_TYPE(IndexError), "column index out of range");
    if (sqlite3_column_type(s->st, (int)i) == SQLITE_NULL) return tr_None;
    const void *p = sqlite3_column_blob(s->st, (int)i);
    return tr_bytes_new(p, (size_t)sqlite3_column_bytes(s->st, (int)i));
}

static TrValue f_reset(TrValue *args, size_t nargs, TrValue kw) {
    if (tr_no_kwargs("reset", kw) || tr_check_nargs("reset", nargs, 1, 1)) return 0;
    Stmt *s = arg_stmt(args[0]);
    if (!s) return 0;
    sqlite3_reset(s->st);
    s->started = false;
    return tr_None;
}

/* columns(stmt) -> tuple of (name, declared type or None) */
static TrValue f_columns(TrValue *args, size_t nargs, TrValue kw) {
    if (tr_no_kwargs("columns", kw) || tr_check_nargs("columns", nargs, 1, 1)) return 0;
    Stmt *s = arg_stmt(args[0]);
    if (!s) return 0;
    int n = sqlite3_column_count(s->st);
    TrValue cols = tr_tuple_new((size_t)n);
    for (int i = 0; i < n; i++) {
        const char *decl = sqlite3_column_decltype(s->st, i);
        TR_TUPLE(cols)->items[i] = tr_tuple_pack(2, tr_str_from_cstr(sqlite3_column_name(s->st, i)),
                                                 decl ? tr_str_from_cstr(decl) : tr_None);
    }
    return cols;
}

/* The counters of a database: changes(db), total_changes(db), lastrowid(db), and
 * autocommit(db) (no transaction open) */
#define DB_COUNTER(NAME, EXPR)                                                     \
    static TrValue f_##NAME(TrValue *args, size_t nargs, TrValue kw) {             \
        if (tr_no_kwargs(#NAME, kw) || tr_check_nargs(#NAME, nargs, 1, 1)) return 0; \
        Db *d = arg_db(args[0]);                                                   \
        return d ? (EXPR) : 0;                                                     \
    }
DB_COUNTER(changes, tr_int_from_i64(sqlite3_changes(d->db)))
DB_COUNTER(total_changes, tr_int_from_i64(sqlite3_total_changes(d->db)))
DB_COUNTER(lastrowid, tr_int_from_i64(sqlite3_last_insert_rowid(d->db)))
DB_COUNTER(autocommit, tr_bool(sqlite3_get_autocommit(d->db)))

/* exec(db, script): runs every statement of script */
static TrValue f_exec(TrValue *args, size_t nargs, TrValue kw) {
    if (tr_no_kwargs("exec", kw) || tr_check_nargs("exec", nargs, 2, 2)) return 0;
    Db *d = arg_db(args[0]);
    const char *sql = d ? arg_str(args[1], "sql_script") : 0;
    if (!sql) return 0;
    if (strlen(sql) != TR_STR(args[1])->len) return tr_err(TR_EXC_TYPE(ValueError), "embedded null character");
    int rc = sqlite3_exec(d->db, sql, NULL, NULL, NULL);
    if ((rc & 0xff) == SQLITE_LOCKED && reset_other_statements(d, 0))
        rc = sqlite3_exec(d->db, sql, NULL, NULL, NULL);
    if (rc != SQLITE_OK) return raise_sqlite(d->db, rc);
    return tr_None;
}

static TrValue f_complete(TrValue *args, size_t nargs, TrValue kw) {
    if (tr_no_kwargs("complete_statement", kw) || tr_check_nargs("complete_statement", nargs, 1, 1)) return 0;
    const char *sql = arg_str(args[0], "complete_statement() argument");
    return sql ? tr_bool(sqlite3_complete(sql)) : 0;
}

/* ------------------------------------------------- user functions and friends */

typedef struct ResultTarget { sqlite3_context *ctx; } ResultTarget;
static int result_int(void *t, int64_t i) { sqlite3_result_int64(((ResultTarget *)t)->ctx, i); return 0; }
static int result_double(void *t, double d) { sqlite3_result_double(((ResultTarget *)t)->ctx, d); return 0; }
static int result_text(void *t, const char *p, size_t n) { sqlite3_result_text64(((ResultTarget *)t)->ctx, p, n, SQLITE_TRANSIENT, SQLITE_UTF8); return 0; }
static int result_blob(void *t, const void *p, size_t n) { sqlite3_result_blob64(((ResultTarget *)t)->ctx, p, n, SQLITE_TRANSIENT); return 0; }
static int result_null(void *t) { sqlite3_result_null(((ResultTarget *)t)->ctx); return 0; }

/* The result of a call (0: it raised) as the SQL function's result */
static void set_result(sqlite3_context *ctx, TrValue v, const char *failure) {
    ResultTarget target = {ctx};
    ValueSink sink = {result_int, result_double, result_text, result_blob, result_null, &target};
    if (!v || put_value(&sink, v) != 0) {
        tr_err_clear();
        sqlite3_result_error(ctx, failure, -1);
    }
}

static TrValue call_with_values(TrValue fn, int argc, sqlite3_value **argv) {
    TrValue args[argc > 0 ? argc : 1];
    for (int i = 0; i < argc; i++) args[i] = sqlite_value(argv[i]);
    return tr_call(fn, args, (size_t)argc, 0);
}

static void call_function(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    TrValue fn = sqlite3_user_data(ctx);
    set_result(ctx, call_with_values(fn, argc, argv), "user-defined function raised exception");
}

/* The aggregate instance of ctx, made on the first step (0: its __init__ raised) */
static TrValue aggregate_instance(sqlite3_context *ctx, bool create) {
    TrValue key = tr_int_from_u64((uintptr_t)sqlite3_aggregate_context(ctx, 1));
    TrValue inst = tr_dict_get(aggregates, key);
    if (inst || !create) return inst;
    inst = tr_call0(sqlite3_user_data(ctx));
    if (inst) tr_dict_set(aggregates, key, inst);
    return inst;
}

static void aggregate_step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    TrValue inst = aggregate_instance(ctx, true);
    if (!inst) {
        tr_err_clear();
        sqlite3_result_error(ctx, "user-defined aggregate's '__init__' method raised error", -1);
        return;
    }
    TrValue step = tr_getattr_cstr(inst, "step");
    if (!step || !call_with_values(step, argc, argv)) {
        tr_err_clear();
        sqlite3_result_error(ctx, "user-defined aggregate's 'step' method raised error", -1);
    }
}

static void aggregate_final(sqlite3_context *ctx) {
    TrValue inst = aggregate_instance(ctx, true);
    if (!inst) {
        tr_err_clear();
        sqlite3_result_error(ctx, "user-defined aggregate's '__init__' method raised error", -1);
        return;
    }
    tr_dict_del(aggregates, tr_int_from_u64((uintptr_t)sqlite3_aggregate_context(ctx, 1)));
    set_result(ctx, tr_call_method_cstr(inst, "finalize", 0), "user-defined aggregate's 'finalize' method raised error");
}

static int call_collation(void *fn, int n1, const void *p1, int n2, const void *p2) {
    TrValue a = tr_str_new(p1, (size_t)n1), b = tr_str_new(p2, (size_t)n2);
    TrValue r = tr_call2((TrValue)fn, a, b);
    int64_t c = 0;
    if (!r || !tr_int_check(r) || tr_int_as_i64(r, &c) < 0) {
        tr_err_clear();
        return 0;
    }
    return c < 0 ? -1 : c > 0;
}

/* create_function(db, name, narg, fn, deterministic); the caller keeps fn alive.  As in
 * CPython 3.11, fn None is registered too (calling it fails), not a removal. */
static TrValue f_create_function(TrValue *args, size_t nargs, TrValue kw) {
    if (tr_no_kwargs("create_function", kw) || tr_check_nargs("create_function", nargs, 5, 5)) return 0;
    Db *d = arg_db(args[0]);
    const char *name = d ? arg_str(args[1], "name") : 0;
    int64_t narg;
    if (!name || tr_index(args[2], &narg) < 0) return 0;
    int deterministic = tr_truthy(args[4]);
    if (deterministic < 0) return 0;
    int flags = SQLITE_UTF8 | (deterministic ? SQLITE_DETERMINISTIC : 0);
    int rc = sqlite3_create_function_v2(d->db, name, (int)narg, flags, args[3], call_function, NULL, NULL, NULL);
    if (rc == SQLITE_BUSY && reset_other_statements(d, 0))
        rc = sqlite3_create_function_v2(d->db, name, (int)narg, flags, args[3], call_function, NULL, NULL, NULL);
    if (rc != SQLITE_OK) return raise_msg(E_OPERATIONAL, "Error creating function");
    return tr_None;
}

/* create_aggregate(db, name, narg, class) */
static TrValue f_create_aggregate(TrValue *args, size_t nargs, TrValue kw) {
    if (tr_no_kwargs("create_aggregate", kw) || tr_check_nargs("create_aggregate", nargs, 4, 4)) return 0;
    Db *d = arg_db(args[0]);
    const char *name = d ? arg_str(args[1], "name") : 0;
    int64_t narg;
    if (!name || tr_index(args[2], &narg) < 0) return 0;
    int rc = sqlite3_create_function_v2(d->db, name, (int)narg, SQLITE_UTF8, args[3], NULL, aggregate_step,
                                        aggregate_final, NULL);
    if (rc == SQLITE_BUSY && reset_other_statements(d, 0))
        rc = sqlite3_create_function_v2(d->db, name, (int)narg, SQLITE_UTF8, args[3], NULL, aggregate_step,
                                        aggregate_final, NULL);
    if (rc != SQLITE_OK) return raise_msg(E_OPERATIONAL, "Error creating aggregate");
    return tr_None;
}

/* create_collation(db, name, fn or None) */
static TrValue f_create_collation(TrValue *args, size_t nargs, TrValue kw) {
    if (tr_no_kwargs("create_collation", kw) || tr_check_nargs("create_collation", nargs, 3, 3)) return 0;
    Db *d = arg_db(args[0]);
    const char *name = d ? arg_str(args[1], "name") : 0;
    if (!name) return 0;
    bool drop = args[2] == tr_None;
    int rc = sqlite3_create_collation_v2(d->db, name, SQLITE_UTF8, drop ? NULL : args[2],
                                         drop ? NULL : call_collation, NULL);
    if (rc == SQLITE_BUSY && reset_other_statements(d, 0))
        rc = sqlite3_create_collation_v2(d->db, name, SQLITE_UTF8, drop ? NULL : args[2],
                                         drop ? NULL : call_collation, NULL);
    if (rc != SQLITE_OK) return raise_sqlite(d->db, rc);
    return tr_None;
}

static const TrMethodDef functions[] = {
    {"_init", f_init}, {"open", f_open}, {"close", f_close}, {"prepare", f_prepare},
    {"bind", f_bind}, {"step", f_step}, {"column_bytes", f_column_bytes}, {"reset", f_reset},
    {"columns", f_columns}, {"changes", f_changes},
    {"total_changes", f_total_changes}, {"lastrowid", f_lastrowid}, {"autocommit", f_autocommit}, {"exec", f_exec},
    {"complete_statement", f_complete}, {"create_function", f_create_function},
    {"create_aggregate", f_create_aggregate}, {"create_collation", f_create_collation},
    {0},
};

TrValue trmod___sqlite3_init(void) {
    static TrValue m;
    if (m) return m;
    tr_add_roots(&m, sizeof m);
    tr_add_roots(&errors, sizeof errors);
    tr_add_roots(&aggregates, sizeof aggregates);
    db_type.module = stmt_type.module = tr_str_intern("_sqlite3");
    tr_type_ready(&db_type);
    tr_type_ready(&stmt_type);
    aggregates = tr_dict_new();
    m = tr_module_new("_sqlite3", 0, NULL, NULL);
    tr_module_add_functions(m, functions);
    tr_module_add(m, "sqlite_version", tr_str_from_cstr(sqlite3_libversion()));
    tr_module_add(m, "sqlite_version_number", TR_FROM_SMALL(sqlite3_libversion_number()));
    return m;
}
