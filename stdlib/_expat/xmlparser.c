/* xmlparser.c — pyexpat's callback parser (xml.parsers.expat.ParserCreate) on expat:
 * an xmlparser object whose handler attributes (StartElementHandler, ...) are called
 * from inside expat's callbacks, as CPython's pyexpat calls them, so positions, the
 * split of character data and the effect of a handler that raises are expat's own.
 * An expat callback is bound only while its Tauraro handler is set (as pyexpat does: an
 * unset CharacterDataHandler lets the data reach the DefaultHandler).  buffer_text joins
 * character data in a buffer of buffer_size UTF-8 bytes, flushed before any other
 * handler that is set, at the end of each Parse and when the buffer would overflow.  A
 * handler that raises clears every handler and stops expat (a later Parse answers
 * "parsing finished"); the exception leaves Parse.
 * Assumes: the Parser object is allocated by the collector and holds its handlers and
 * intern dict, so they live as long as it does; expat and the character buffer are on
 * malloc, freed by a finaliser (an external entity parser's before its parent's).
 * Exposed by _expat's init (xmlparser_init). */
#include "tr.h"
#include "expat_shared.h"

enum {
    H_StartElement, H_EndElement, H_ProcessingInstruction, H_CharacterData, H_UnparsedEntityDecl,
    H_NotationDecl, H_StartNamespaceDecl, H_EndNamespaceDecl, H_Comment, H_StartCdataSection,
    H_EndCdataSection, H_Default, H_DefaultHandlerExpand, H_NotStandalone, H_ExternalEntityRef,
    H_StartDoctypeDecl, H_EndDoctypeDecl, H_EntityDecl, H_XmlDecl, H_ElementDecl, H_AttlistDecl,
    H_SkippedEntity, H_COUNT
};

typedef struct {
    TrObject ob;
    XML_Parser parser;
    TrValue handlers[H_COUNT]; /* 0 when unset */
    TrValue intern;            /* dict of the names handed out, or None */
    TrValue parent;            /* the parser an external entity parser was made from: expat
                                  needs it freed last, which the collector's finaliser order
                                  gives while this points to it */
    bool ordered, specified, ns_prefixes, in_callback;
    char *buffer;              /* malloc'd character buffer while buffer_text, else NULL */
    int buffer_size, buffer_used;
} XmlParser;

static TrType xmlparser_type;
static TrValue expat_error; /* xml.parsers.expat.ExpatError */

static void xmlparser_finalize(void *obj, void *data) {
    XmlParser *p = obj;
    XML_ParserFree(p->parser);
    free(p->buffer);
}

static TrValue str_or_none(const XML_Char *s) { return s ? tr_str_from_cstr(s) : tr_None; }

/* A name, the intern dict's copy when it has one */
static TrValue name_str(XmlParser *p, const XML_Char *s) {
    if (!s) return tr_None;
    TrValue v = tr_str_from_cstr(s);
    if (!v || p->intern == tr_None) return v;
    TrValue known = tr_dict_get(p->intern, v);
    if (known) return known;
    if (tr_err_occurred() || tr_dict_set(p->intern, v, v) < 0) return 0;
    return v;
}

static void bind(XmlParser *p, int h, bool on);

/* A handler raised: every handler goes, and expat stops where it is */
static void fail(XmlParser *p) {
    for (int h = 0; h < H_COUNT; h++) {
        p->handlers[h] = 0;
        bind(p, h, false);
    }
    XML_StopParser(p->parser, XML_FALSE);
}

/* Calls handler h with args (an argument of 0 is a failed allocation); 0 after fail() */
static TrValue call(XmlParser *p, int h, TrValue *args, size_t nargs) {
    for (size_t i = 0; i < nargs; i++)
        if (!args[i]) return fail(p), (TrValue)0;
    p->in_callback = true;
    TrValue r = tr_call(p->handlers[h], args, nargs, 0);
    p->in_callback = false;
    if (!r) fail(p);
    return r;
}

static int flush(XmlParser *p) {
    if (!p->buffer || !p->buffer_used) return 0;
    int used = p->buffer_used;
    p->buffer_used = 0;
    if (!p->handlers[H_CharacterData]) return 0;
    TrValue text = tr_str_new(p->buffer, (size_t)used);
    return call(p, H_CharacterData, &text, 1) ? 0 : -1;
}

/* Before a handler other than CharacterData: whether to call it (set, no error
 * pending, buffered text delivered first) */
static bool enter(XmlParser *p, int h) {
    if (!p->handlers[h] || tr_err_occurred()) return false;
    return flush(p) == 0 && p->handlers[h];
}

static void on_start(void *data, const XML_Char *name, const XML_Char **atts) {
    XmlParser *p = data;
    if (!enter(p, H_StartElement)) return;
    int n = p->specified ? XML_GetSpecifiedAttributeCount(p->parser) : -1;
    if (n < 0)
        for (n = 0; atts[n]; n += 2) {}
    TrValue attrs = p->ordered ? tr_list_new(0) : tr_dict_new();
    for (int i = 0; attrs && i < n; i += 2) {
        TrValue key = name_str(p, atts[i]), value = tr_str_from_cstr(atts[i + 1]);
        if (!key || !value) attrs = 0;
        else if (p->ordered ? tr_list_append(attrs, key) < 0 || tr_list_append(attrs, value) < 0
                            : tr_dict_set(attrs, key, value) < 0)
            attrs = 0;
    }
    TrValue args[2] = {name_str(p, name), attrs};
    call(p, H_StartElement, args, 2);
}

/* The handlers whose arguments are strings (or None): one function each */
#define STR_HANDLER(NAME, PARAMS, ...)                                   \
    static void on_##NAME PARAMS {                                       \
        XmlParser *p = data;                                             \
        if (!enter(p, H_##NAME)) return;                                 \
        TrValue args[] = {__VA_ARGS__};                                  \
        call(p, H_##NAME, args, sizeof args / sizeof *args);             \
    }

STR_HANDLER(EndElement, (void *data, const XML_Char *name), name_str(p, name))
STR_HANDLER(ProcessingInstruction, (void *data, const XML_Char *target, const XML_Char *s), name_str(p, target),
            tr_str_from_cstr(s))
STR_HANDLER(UnparsedEntityDecl,
            (void *data, const XML_Char *name, const XML_Char *base, const XML_Char *sysid, const XML_Char *pubid,
             const XML_Char *notation),
            name_str(p, name), str_or_none(base), str_or_none(sysid), str_or_none(pubid), name_str(p, notation))
STR_HANDLER(NotationDecl, (void *data, const XML_Char *name, const XML_Char *base, const XML_Char *sysid, const XML_Char *pubid),
            name_str(p, name), str_or_none(base), str_or_none(sysid), str_or_none(pubid))
STR_HANDLER(StartNamespaceDecl, (void *data, const XML_Char *prefix, const XML_Char *uri), name_str(p, prefix),
            name_str(p, uri))
STR_HANDLER(EndNamespaceDecl, (void *data, const XML_Char *prefix), name_str(p, prefix))
STR_HANDLER(Comment, (void *data, const XML_Char *s), tr_str_from_cstr(s))
STR_HANDLER(Default, (void *data, const XML_Char *s, int len), tr_str_new(s, (size_t)len))
STR_HANDLER(DefaultHandlerExpand, (void *data, const XML_Char *s, int len), tr_str_new(s, (size_t)len))
STR_HANDLER(StartDoctypeDecl, (void *data, const XML_Char *name, const XML_Char *sysid, const XML_Char *pubid, int internal),
            name_str(p, name), str_or_none(sysid), str_or_none(pubid), tr_int_from_i64(internal))
STR_HANDLER(EntityDecl,
            (void *data, const XML_Char *name, int parameter, const XML_Char *value, int length, const XML_Char *base,
             const XML_Char *sysid, const XML_Char *pubid, const XML_Char *notation),
            name_str(p, name), tr_int_from_i64(parameter), value ? tr_str_new(value, (size_t)length) : tr_None,
            str_or_none(base), str_or_none(sysid), str_or_none(pubid), name_str(p, notation))
STR_HANDLER(XmlDecl, (void *data, const XML_Char *version, const XML_Char *encoding, int standalone),
            str_or_none(version), str_or_none(encoding), tr_int_from_i64(standalone))
STR_HANDLER(AttlistDecl,
            (void *data, const XML_Char *element, const XML_Char *attribute, const XML_Char *type, const XML_Char *dflt,
             int required),
            name_str(p, element), name_str(p, attribute), str_or_none(type), str_or_none(dflt), tr_int_from_i64(required))
STR_HANDLER(SkippedEntity, (void *data, const XML_Char *name, int parameter), name_str(p, name), tr_int_from_i64(parameter))

/* The handlers without arguments */
#define EMPTY_HANDLER(NAME)                                   \
    static void on_##NAME(void *data) {                       \
        XmlParser *p = data;                                  \
        if (enter(p, H_##NAME)) call(p, H_##NAME, NULL, 0);   \
    }

EMPTY_HANDLER(StartCdataSection)
EMPTY_HANDLER(EndCdataSection)
EMPTY_HANDLER(EndDoctypeDecl)

/* The handlers whose int result goes back to expat (0: an error) */
static int int_result(XmlParser *p, TrValue r) {
    int64_t v;
    if (!r) return 0;
    if (tr_index(r, &v) < 0) return fail(p), 0;
    return (int)v;
}

static int on_NotStandalone(void *data) {
    XmlParser *p = data;
    return enter(p, H_NotStandalone) ? int_result(p, call(p, H_NotStandalone, NULL, 0)) : 0;
}

static int on_ExternalEntityRef(XML_Parser parser, const XML_Char *context, const XML_Char *base, const XML_Char *sysid,
                                const XML_Char *pubid) {
    XmlParser *p = XML_GetUserData(parser);
    if (!enter(p, H_ExternalEntityRef)) return 0;
    TrValue args[4] = {str_or_none(context), str_or_none(base), str_or_none(sysid), str_or_none(pubid)};
    return int_result(p, call(p, H_ExternalEntityRef, args, 4));
}

/* An element declaration's model as pyexpat gives it: (type, quant, name, children) */
static TrValue content_model(const XML_Content *c) {
    TrValue children = tr_tuple_new(c->numchildren);
    for (unsigned i = 0; children && i < c->numchildren; i++) {
        TrValue child = content_model(&c->children[i]);
        if (!child) return 0;
        TR_TUPLE(children)->items[i] = child;
    }
    if (!children) return 0;
    return tr_tuple_pack(4, tr_int_from_i64(c->type), tr_int_from_i64(c->quant), str_or_none(c->name), children);
}

static void on_ElementDecl(void *data, const XML_Char *name, XML_Content *model) {
    XmlParser *p = data;
    if (enter(p, H_ElementDecl)) {
        TrValue args[2] = {name_str(p, name), content_model(model)};
        call(p, H_ElementDecl, args, 2);
    }
    XML_FreeContentModel(p->parser, model);
}

static void on_CharacterData(void *data, const XML_Char *s, int len) {
    XmlParser *p = data;
    if (tr_err_occurred() || !p->handlers[H_CharacterData]) return;
    if (!p->buffer) {
        TrValue text = tr_str_new(s, (size_t)len);
        call(p, H_CharacterData, &text, 1);
        return;
    }
    if (p->buffer_used + len > p->buffer_size && (flush(p) < 0 || !p->handlers[H_CharacterData])) return;
    if (len > p->buffer_size) {
        TrValue text = tr_str_new(s, (size_t)len);
        call(p, H_CharacterData, &text, 1);
        p->buffer_used = 0;
        return;
    }
    memcpy(p->buffer + p->buffer_used, s, (size_t)len);
    p->buffer_used += len;
}

/* Stands for CharacterData set to None inside a handler: expat keeps calling it */
static void on_no_data(void *data, const XML_Char *s, int len) {}

/* Binds or unbinds handler h's expat callback */
static void bind(XmlParser *p, int h, bool on) {
    XML_Parser x = p->parser;
#define SET(SETTER, FN) SETTER(x, on ? FN : NULL); break
    switch (h) {
    case H_StartElement: SET(XML_SetStartElementHandler, on_start);
    case H_EndElement: SET(XML_SetEndElementHandler, on_EndElement);
    case H_ProcessingInstruction: SET(XML_SetProcessingInstructionHandler, on_ProcessingInstruction);
    case H_CharacterData: SET(XML_SetCharacterDataHandler, on_CharacterData);
    case H_UnparsedEntityDecl: SET(XML_SetUnparsedEntityDeclHandler, on_UnparsedEntityDecl);
    case H_NotationDecl: SET(XML_SetNotationDeclHandler, on_NotationDecl);
    case H_StartNamespaceDecl: SET(XML_SetStartNamespaceDeclHandler, on_StartNamespaceDecl);
    case H_EndNamespaceDecl: SET(XML_SetEndNamespaceDeclHandler, on_EndNamespaceDecl);
    case H_Comment: SET(XML_SetCommentHandler, on_Comment);
    case H_StartCdataSection: SET(XML_SetStartCdataSectionHandler, on_StartCdataSection);
    case H_EndCdataSection: SET(XML_SetEndCdataSectionHandler, on_EndCdataSection);
    case H_Default: SET(XML_SetDefaultHandler, on_Default);
    case H_DefaultHandlerExpand: SET(XML_SetDefaultHandlerExpand, on_DefaultHandlerExpand);
    case H_NotStandalone: SET(XML_SetNotStandaloneHandler, on_NotStandalone);
    case H_ExternalEntityRef: SET(XML_SetExternalEntityRefHandler, on_ExternalEntityRef);
    case H_StartDoctypeDecl: SET(XML_SetStartDoctypeDeclHandler, on_StartDoctypeDecl);
    case H_EndDoctypeDecl: SET(XML_SetEndDoctypeDeclHandler, on_EndDoctypeDecl);
    case H_EntityDecl: SET(XML_SetEntityDeclHandler, on_EntityDecl);
    case H_XmlDecl: SET(XML_SetXmlDeclHandler, on_XmlDecl);
    case H_ElementDecl: SET(XML_SetElementDeclHandler, on_ElementDecl);
    case H_AttlistDecl: SET(XML_SetAttlistDeclHandler, on_AttlistDecl);
    case H_SkippedEntity: SET(XML_SetSkippedEntityHandler, on_SkippedEntity);
    }
#undef SET
}

static TrValue handler_get(TrValue obj, int h) {
    TrValue v = ((XmlParser *)obj)->handlers[h];
    return v ? v : tr_None;
}

static int handler_set(TrValue obj, int h, TrValue v) {
    XmlParser *p = (XmlParser *)obj;
    if (!v) return tr_err(TR_EXC_TYPE(RuntimeError), "Cannot delete attribute"), -1;
    if (h == H_CharacterData && flush(p) < 0) return -1;
    if (v == tr_None) {
        p->handlers[h] = 0;
        if (h == H_CharacterData && p->in_callback) XML_SetCharacterDataHandler(p->parser, on_no_data);
        else bind(p, h, false);
        return 0;
    }
    p->handlers[h] = v;
    bind(p, h, true);
    return 0;
}

/* Each handler attribute's getter and setter */
#define ACCESS(NAME)                                                                 \
    static TrValue get_##NAME(TrValue obj) { return handler_get(obj, H_##NAME); }     \
    static int set_##NAME(TrValue obj, TrValue v) { return handler_set(obj, H_##NAME, v); }
ACCESS(StartElement) ACCESS(EndElement) ACCESS(ProcessingInstruction) ACCESS(CharacterData)
ACCESS(UnparsedEntityDecl) ACCESS(NotationDecl) ACCESS(StartNamespaceDecl) ACCESS(EndNamespaceDecl)
ACCESS(Comment) ACCESS(StartCdataSection) ACCESS(EndCdataSection) ACCESS(Default) ACCESS(DefaultHandlerExpand)
ACCESS(NotStandalone) ACCESS(ExternalEntityRef) ACCESS(StartDoctypeDecl) ACCESS(EndDoctypeDecl)
ACCESS(EntityDecl) ACCESS(XmlDecl) ACCESS(ElementDecl) ACCESS(AttlistDecl) ACCESS(SkippedEntity)

#define HANDLER(NAME) {#NAME "Handler", get_##NAME, set_##NAME}
static const struct { const char *name; TrUnaryFn get; int (*set)(TrValue, TrValue); } handler_attributes[H_COUNT] = {
    HANDLER(StartElement), HANDLER(EndElement), HANDLER(ProcessingInstruction), HANDLER(CharacterData),
    HANDLER(UnparsedEntityDecl), HANDLER(NotationDecl), HANDLER(StartNamespaceDecl), HANDLER(EndNamespaceDecl),
    HANDLER(Comment), HANDLER(StartCdataSection), HANDLER(EndCdataSection), HANDLER(Default),
    {"DefaultHandlerExpand", get_DefaultHandlerExpand, set_DefaultHandlerExpand}, HANDLER(NotStandalone),
    HANDLER(ExternalEntityRef), HANDLER(StartDoctypeDecl), HANDLER(EndDoctypeDecl), HANDLER(EntityDecl),
    HANDLER(XmlDecl), HANDLER(ElementDecl), HANDLER(AttlistDecl), HANDLER(SkippedEntity),
};

/* The ExpatError for an error code at the parser's position, as pyexpat's set_error makes it */
static TrValue raise_error(XmlParser *p, enum XML_Error code) {
    int64_t line = (int64_t)XML_GetErrorLineNumber(p->parser), column = (int64_t)XML_GetErrorColumnNumber(p->parser);
    TrValue message = tr_str_fmt("%s: line %lld, column %lld", XML_ErrorString(code), (long long)line, (long long)column);
    TrValue exc = message ? tr_call1(expat_error, message) : 0;
    if (!exc || tr_setattr(exc, TR_INTERN("code"), tr_int_from_i64(code)) < 0 ||
        tr_setattr(exc, TR_INTERN("offset"), tr_int_from_i64(column)) < 0 ||
        tr_setattr(exc, TR_INTERN("lineno"), tr_int_from_i64(line)) < 0)
        return 0;
    tr_raise(exc);
    return 0;
}

/* What Parse and ParseFile return for expat's status */
static TrValue parse_result(XmlParser *p, int status) {
    if (tr_err_occurred()) return 0;
    if (!status) return raise_error(p, XML_GetErrorCode(p->parser));
    if (flush(p) < 0) return 0;
    return tr_int_from_i64(status);
}

enum { MAX_CHUNK = 1 << 20 };

/* Parse(data, isfinal=False, /): str (fed as UTF-8) or bytes-like */
static TrValue xmlparser_Parse(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/data", "/isfinal", NULL};
    TrValue a[2];
    if (nargs < 2) return tr_err(TR_EXC_TYPE(TypeError), "Parse() takes at least 1 positional argument (0 given)");
    if (tr_parse_args_keywords("Parse", args + 1, nargs - 1, kwnames, kw, 1, a) < 0) return 0;
    XmlParser *p = (XmlParser *)args[0];
    int final = a[1] ? tr_truthy(a[1]) : 0;
    if (final < 0) return 0;
    const char *s;
    size_t len;
    if (tr_str_check(a[0])) {
        XML_SetEncoding(p->parser, "utf-8");
        s = tr_str_cstr(a[0]);
        len = TR_STR(a[0])->len;
    } else {
        TrBuffer buf;
        if (tr_get_buffer(a[0], &buf) < 0) return 0;
        s = buf.data;
        len = buf.len;
    }
    int status = XML_STATUS_OK;
    for (; len > MAX_CHUNK && status; s += MAX_CHUNK, len -= MAX_CHUNK)
        status = XML_Parse(p->parser, s, MAX_CHUNK, 0);
    if (status) status = XML_Parse(p->parser, s, (int)len, final);
    return parse_result(p, status);
}

enum { READ_SIZE = 2048 };

/* ParseFile(file): file.read(2048) until it returns b"" */
static TrValue xmlparser_ParseFile(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/file", NULL};
    TrValue file;
    if (nargs < 2) return tr_err(TR_EXC_TYPE(TypeError), "ParseFile() takes exactly 1 positional argument (0 given)");
    if (tr_parse_args_keywords("ParseFile", args + 1, nargs - 1, kwnames, kw, 1, &file) < 0) return 0;
    XmlParser *p = (XmlParser *)args[0];
    TrValue read = tr_getattr(file, TR_INTERN("read"));
    if (!read) {
        tr_err_clear();
        return tr_err(TR_EXC_TYPE(TypeError), "argument must have 'read' attribute");
    }
    int status;
    for (;;) {
        TrValue chunk = tr_call1(read, tr_int_from_i64(READ_SIZE));
        if (!chunk) return 0;
        if (!tr_bytes_check(chunk) && TR_TYPE(chunk) != &tr_bytearray_type)
            return tr_err(TR_EXC_TYPE(TypeError), "read() did not return a bytes object (type=%s)", TR_TYPE_NAME(chunk));
        TrBuffer buf;
        if (tr_get_buffer(chunk, &buf) < 0) return 0;
        if (buf.len > READ_SIZE)
            return tr_err(TR_EXC_TYPE(ValueError), "read() returned too much data: %d bytes requested, %zu returned",
                          READ_SIZE, buf.len);
        void *dest = XML_GetBuffer(p->parser, READ_SIZE);
        if (!dest) return tr_err_nomem();
        memcpy(dest, buf.data, buf.len);
        status = XML_ParseBuffer(p->parser, (int)buf.len, buf.len == 0);
        if (tr_err_occurred()) return 0;
        if (!status || buf.len == 0) break;
    }
    return parse_result(p, status);
}

static TrValue xmlparser_SetBase(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("SetBase", nargs - 1, 1, 1) < 0 || tr_no_kwargs("SetBase", kwnames) < 0) return 0;
    if (!tr_str_check(args[1])) return tr_err(TR_EXC_TYPE(TypeError), "SetBase() argument must be str, not %s", TR_TYPE_NAME(args[1]));
    if (!XML_SetBase(((XmlParser *)args[0])->parser, tr_str_cstr(args[1]))) return tr_err_nomem();
    return tr_None;
}

static TrValue xmlparser_GetBase(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("GetBase", nargs - 1, 0, 0) < 0 || tr_no_kwargs("GetBase", kwnames) < 0) return 0;
    return str_or_none(XML_GetBase(((XmlParser *)args[0])->parser));
}

/* GetInputContext(): the bytes of the buffer around the current event, or None */
static TrValue xmlparser_GetInputContext(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("GetInputContext", nargs - 1, 0, 0) < 0 || tr_no_kwargs("GetInputContext", kwnames) < 0) return 0;
    XmlParser *p = (XmlParser *)args[0];
    if (!p->in_callback) return tr_None;
    int offset, size;
    const char *buffer = XML_GetInputContext(p->parser, &offset, &size);
    return buffer ? tr_bytes_new(buffer + offset, (size_t)(size - offset)) : tr_None;
}

static TrValue xmlparser_SetParamEntityParsing(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("SetParamEntityParsing", nargs - 1, 1, 1) < 0 || tr_no_kwargs("SetParamEntityParsing", kwnames) < 0)
        return 0;
    int64_t flag;
    if (tr_index(args[1], &flag) < 0) return 0;
    return tr_int_from_i64(XML_SetParamEntityParsing(((XmlParser *)args[0])->parser, (enum XML_ParamEntityParsing)flag));
}

/* UseForeignDTD(flag=True): an error once parsing began, as expat reports it */
static TrValue xmlparser_UseForeignDTD(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/flag", NULL};
    TrValue a[1];
    if (tr_parse_args("UseForeignDTD", args + 1, nargs - 1, kwnames, kw, 0, a) < 0) return 0;
    int flag = a[0] ? tr_truthy(a[0]) : 1;
    if (flag < 0) return 0;
    XmlParser *p = (XmlParser *)args[0];
    enum XML_Error code = XML_UseForeignDTD(p->parser, (XML_Bool)flag);
    if (code != XML_ERROR_NONE) return raise_error(p, code);
    return tr_None;
}

/* ExternalEntityParserCreate(context, encoding=<the parent's>, /): a parser for an
 * external entity, from inside an ExternalEntityRefHandler, with the parent's handlers,
 * attribute modes and intern dict */
static TrValue xmlparser_ExternalEntityParserCreate(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/context", "/encoding", NULL};
    TrValue a[2];
    if (tr_parse_args("ExternalEntityParserCreate", args + 1, nargs - 1, kwnames, kw, 1, a) < 0) return 0;
    if (a[0] != tr_None && !tr_str_check(a[0]))
        return tr_err(TR_EXC_TYPE(TypeError), "ExternalEntityParserCreate() argument 1 must be str or None, not %s",
                      TR_TYPE_NAME(a[0]));
    if (a[1] && !tr_str_check(a[1]))
        return tr_err(TR_EXC_TYPE(TypeError), "ExternalEntityParserCreate() argument 2 must be str, not %s",
                      TR_TYPE_NAME(a[1]));
    XmlParser *parent = (XmlParser *)args[0];
    XmlParser *p = (XmlParser *)tr_object_alloc(&xmlparser_type, sizeof(XmlParser));
    if (!p) return 0;
    p->parser = XML_ExternalEntityParserCreate(parent->parser, a[0] == tr_None ? NULL : tr_str_cstr(a[0]),
                                               a[1] ? tr_str_cstr(a[1]) : NULL);
    if (!p->parser) return tr_err_nomem();
    p->parent = (TrValue)parent;
    GC_register_finalizer(p, xmlparser_finalize, NULL, NULL, NULL);
    p->intern = parent->intern;
    p->ordered = parent->ordered;
    p->specified = parent->specified;
    p->ns_prefixes = parent->ns_prefixes;
    p->buffer_size = parent->buffer_size;
    if (parent->buffer && !(p->buffer = malloc((size_t)p->buffer_size))) return tr_err_nomem();
    XML_SetUserData(p->parser, p);
    for (int h = 0; h < H_COUNT; h++)
        if ((p->handlers[h] = parent->handlers[h])) bind(p, h, true);
    return (TrValue)p;
}

/* The attributes besides the handlers */
#define POSITION(NAME, FN) \
    static TrValue get_##NAME(TrValue obj) { return tr_int_from_i64((int64_t)FN(((XmlParser *)obj)->parser)); }
POSITION(CurrentLineNumber, XML_GetCurrentLineNumber)
POSITION(CurrentColumnNumber, XML_GetCurrentColumnNumber)
POSITION(CurrentByteIndex, XML_GetCurrentByteIndex)
POSITION(ErrorCode, XML_GetErrorCode)
POSITION(ErrorLineNumber, XML_GetErrorLineNumber)
POSITION(ErrorColumnNumber, XML_GetErrorColumnNumber)
POSITION(ErrorByteIndex, XML_GetErrorByteIndex)

static TrValue get_intern(TrValue obj) { return ((XmlParser *)obj)->intern; }
static TrValue get_buffer_text(TrValue obj) { return tr_bool(((XmlParser *)obj)->buffer != NULL); }
static TrValue get_buffer_size(TrValue obj) { return tr_int_from_i64(((XmlParser *)obj)->buffer_size); }
static TrValue get_buffer_used(TrValue obj) { return tr_int_from_i64(((XmlParser *)obj)->buffer_used); }
static TrValue get_ordered(TrValue obj) { return tr_bool(((XmlParser *)obj)->ordered); }
static TrValue get_specified(TrValue obj) { return tr_bool(((XmlParser *)obj)->specified); }
static TrValue get_ns_prefixes(TrValue obj) { return tr_bool(((XmlParser *)obj)->ns_prefixes); }

static int set_flag(bool *flag, TrValue v) {
    int b = v ? tr_truthy(v) : (tr_err(TR_EXC_TYPE(AttributeError), "cannot delete attribute"), -1);
    if (b < 0) return -1;
    *flag = b;
    return 0;
}

static int set_ordered(TrValue obj, TrValue v) { return set_flag(&((XmlParser *)obj)->ordered, v); }
static int set_specified(TrValue obj, TrValue v) { return set_flag(&((XmlParser *)obj)->specified, v); }

static int set_ns_prefixes(TrValue obj, TrValue v) {
    XmlParser *p = (XmlParser *)obj;
    if (set_flag(&p->ns_prefixes, v) < 0) return -1;
    XML_SetReturnNSTriplet(p->parser, p->ns_prefixes);
    return 0;
}

static int set_buffer_text(TrValue obj, TrValue v) {
    XmlParser *p = (XmlParser *)obj;
    bool on;
    if (set_flag(&on, v) < 0) return -1;
    if (on && !p->buffer) {
        if (!(p->buffer = malloc((size_t)p->buffer_size))) return tr_err_nomem(), -1;
        p->buffer_used = 0;
    } else if (!on && p->buffer) {
        if (flush(p) < 0) return -1;
        free(p->buffer);
        p->buffer = NULL;
    }
    return 0;
}

static int set_buffer_size(TrValue obj, TrValue v) {
    XmlParser *p = (XmlParser *)obj;
    if (!v) return tr_err(TR_EXC_TYPE(AttributeError), "cannot delete attribute"), -1;
    if (!tr_int_check(v)) return tr_err(TR_EXC_TYPE(TypeError), "buffer_size must be an integer"), -1;
    int64_t size;
    if (tr_index(v, &size) < 0) {
        if (!tr_err_is(TR_EXC_TYPE(OverflowError))) return -1;
        tr_err_clear();
        size = INT64_MAX;
    }
    if (size <= 0) return tr_err(TR_EXC_TYPE(ValueError), "buffer_size must be greater than zero"), -1;
    if (size > INT_MAX) return tr_err(TR_EXC_TYPE(ValueError), "buffer_size must not be greater than %d", INT_MAX), -1;
    if (p->buffer && size != p->buffer_size) {
        if (flush(p) < 0) return -1;
        char *bigger = realloc(p->buffer, (size_t)size);
        if (!bigger) return tr_err_nomem(), -1;
        p->buffer = bigger;
    }
    p->buffer_size = (int)size;
    return 0;
}

/* ParserCreate(encoding=None, namespace_separator=None, intern=<a new dict>) */
static TrValue py_ParserCreate(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"encoding", "namespace_separator", "intern", NULL};
    TrValue a[3];
    if (tr_parse_args_keywords("ParserCreate", args, nargs, kwnames, kw, 0, a) < 0) return 0;
    for (int i = 0; i < 2; i++)
        if (a[i] && a[i] != tr_None && !tr_str_check(a[i]))
            return tr_err(TR_EXC_TYPE(TypeError), "ParserCreate() argument '%s' must be str or None, not %s", kw[i],
                          TR_TYPE_NAME(a[i]));
    const char *encoding = a[0] && a[0] != tr_None ? tr_str_cstr(a[0]) : NULL;
    const char *separator = a[1] && a[1] != tr_None ? tr_str_cstr(a[1]) : NULL;
    if (separator && TR_STR(a[1])->nchars > 1)
        return tr_err(TR_EXC_TYPE(ValueError), "namespace_separator must be at most one character, omitted, or None");
    TrValue intern = a[2] ? a[2] : tr_dict_new();
    if (!intern) return 0;
    if (intern != tr_None && !tr_dict_check(intern)) return tr_err(TR_EXC_TYPE(TypeError), "intern must be a dictionary");
    XmlParser *p = (XmlParser *)tr_object_alloc(&xmlparser_type, sizeof(XmlParser));
    if (!p) return 0;
    p->parser = separator ? XML_ParserCreateNS(encoding, separator[0]) : XML_ParserCreate(encoding);
    if (!p->parser) return tr_err_nomem();
    GC_register_finalizer(p, xmlparser_finalize, NULL, NULL, NULL);
    p->intern = intern;
    p->buffer_size = 8192;
    XML_SetUserData(p->parser, p);
    XML_SetUnknownEncodingHandler(p->parser, expat_unknown_encoding, NULL);
    return (TrValue)p;
}

/* ErrorString(code): expat's message, None for a code it has none for */
static TrValue py_ErrorString(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("pyexpat.ErrorString", nargs, 1, 1) < 0 || tr_no_kwargs("pyexpat.ErrorString", kwnames) < 0) return 0;
    int64_t code;
    if (tr_index(args[0], &code) < 0) return 0;
    return str_or_none(code < 0 || code > INT_MAX ? NULL : XML_ErrorString((enum XML_Error)code));
}

static TrValue no_instances(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_err(TR_EXC_TYPE(TypeError), "cannot create 'pyexpat.xmlparser' instances");
}

static TrType xmlparser_type = {
    .ob = {&tr_type_type}, .name = "pyexpat.xmlparser", .basicsize = sizeof(XmlParser), .new_ = no_instances,
};

/* Adds ParserCreate, ErrorString, ExpatError, XMLParserType and the version to _expat */
void xmlparser_init(TrValue m) {
    tr_add_roots(&expat_error, sizeof expat_error);
    TrValue ns = tr_dict_new();
    tr_dict_set_str(ns, "__module__", tr_str_from_cstr("xml.parsers.expat"));
    tr_dict_set_str(ns, "__qualname__", tr_str_from_cstr("ExpatError"));
    expat_error = tr_class_new(tr_str_from_cstr("ExpatError"), tr_tuple_pack(1, (TrValue)TR_EXC_TYPE(Exception)), ns, 0, 0);
    tr_module_add(m, "ExpatError", expat_error);
    static const TrMethodDef functions[] = {{"ParserCreate", py_ParserCreate}, {"ErrorString", py_ErrorString}, {0}};
    tr_module_add_functions(m, functions);
    static const TrMethodDef methods[] = {
        {"Parse", xmlparser_Parse, TR_METH_INSTANCE},
        {"ParseFile", xmlparser_ParseFile, TR_METH_INSTANCE},
        {"SetBase", xmlparser_SetBase, TR_METH_INSTANCE},
        {"GetBase", xmlparser_GetBase, TR_METH_INSTANCE},
        {"GetInputContext", xmlparser_GetInputContext, TR_METH_INSTANCE},
        {"SetParamEntityParsing", xmlparser_SetParamEntityParsing, TR_METH_INSTANCE},
        {"UseForeignDTD", xmlparser_UseForeignDTD, TR_METH_INSTANCE},
        {"ExternalEntityParserCreate", xmlparser_ExternalEntityParserCreate, TR_METH_INSTANCE},
        {0},
    };
    tr_type_ready(&xmlparser_type);
    tr_type_add_methods(&xmlparser_type, methods);
    static const struct { const char *name; TrUnaryFn get; } getters[] = {
        {"CurrentLineNumber", get_CurrentLineNumber}, {"CurrentColumnNumber", get_CurrentColumnNumber},
        {"CurrentByteIndex", get_CurrentByteIndex}, {"ErrorCode", get_ErrorCode},
        {"ErrorLineNumber", get_ErrorLineNumber}, {"ErrorColumnNumber", get_ErrorColumnNumber},
        {"ErrorByteIndex", get_ErrorByteIndex}, {"intern", get_intern}, {"buffer_used", get_buffer_used},
    };
    for (size_t i = 0; i < sizeof getters / sizeof *getters; i++) tr_type_add_getter(&xmlparser_type, getters[i].name, getters[i].get);
    for (int h = 0; h < H_COUNT; h++)
        tr_type_add_getset(&xmlparser_type, handler_attributes[h].name, handler_attributes[h].get, handler_attributes[h].set);
    tr_type_add_getset(&xmlparser_type, "buffer_text", get_buffer_text, set_buffer_text);
    tr_type_add_getset(&xmlparser_type, "buffer_size", get_buffer_size, set_buffer_size);
    tr_type_add_getset(&xmlparser_type, "ordered_attributes", get_ordered, set_ordered);
    tr_type_add_getset(&xmlparser_type, "specified_attributes", get_specified, set_specified);
    tr_type_add_getset(&xmlparser_type, "namespace_prefixes", get_ns_prefixes, set_ns_prefixes);
    xmlparser_type.module = TR_INTERN("pyexpat");
    xmlparser_type.qualname = TR_INTERN("xmlparser");
    tr_module_add(m, "XMLParserType", (TrValue)&xmlparser_type);
    XML_Expat_Version v = XML_ExpatVersionInfo();
    tr_module_add(m, "EXPAT_VERSION", tr_str_from_cstr(XML_ExpatVersion()));
    tr_module_add(m, "version_info", tr_tuple_pack(3, tr_int_from_i64(v.major), tr_int_from_i64(v.minor), tr_int_from_i64(v.micro)));
}
