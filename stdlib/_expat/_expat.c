/* _expat.c — the C core of xml.etree.ElementTree's XMLParser, on the expat library
 * (libexpat1-dev), as CPython's _elementtree drives it: a namespace-aware parser
 * (separator "}", so a name in a namespace arrives as "{uri}local") whose feed(data,
 * final) returns the events the data produced, in document order, for the Tauraro side
 * (stdlib/xml/etree/ElementTree.tr) to dispatch to its target: one flat list, four
 * items an event (a tuple each would double the allocations of a parse), None where an
 * event has fewer values:
 *   START tag attrib-dict  END tag  DATA text  START_NS prefix uri  END_NS prefix ("" for
 *   the default namespace, as CPython's end_ns gets it; None in sax mode)
 *   COMMENT text  PI target data  DOCTYPE name pubid sysid
 *   ERROR message code (line, column)  -- always last: what follows is dropped
 *   CDATA_START  CDATA_END  -- only from a parser made with cdata=True (xml.dom.minidom
 *   keeps CDATA sections as nodes; ElementTree merges their text, as CPython's does)
 * Character data arrives in the pieces expat reports (a custom target sees them so,
 * as under CPython).  An entity reference expat cannot expand (a document with an
 * external DTD) is looked up in the parser's entity dict, as CPython does, and is an
 * "undefined entity &name;" error when absent.  An encoding expat does not know (it
 * reads UTF-8, UTF-16, ISO-8859-1 and US-ASCII) is decoded through bytes.decode, one
 * byte a character, as CPython's pyexpat does.  Names repeat: each parser keeps the
 * last one made for each of 256 hash slots and hands that out again.
 * Assumes: expat allocates with malloc (its buffers hold document text, which the
 * collector would otherwise scan for pointers) and holds no pointer to a collected
 * object but the Parser itself, which a feed's caller keeps alive; the end of the
 * document or else a finaliser frees it.
 * str data is fed as UTF-8 with the encoding forced to utf-8, as CPython's feed does.
 * A parser made with sax=True serves xml.sax.expatreader: names as expat gives them
 * (namespaces=True: "uri local prefix" triplets, CPython's namespace_prefixes with " " as
 * separator; else the qualified names, xmlns attributes kept), None for an absent prefix
 * or uri, each event preceded by POS line column (where expat was when it reported the
 * event, for the SAX Locator), and the handlers CPython's SAX driver binds: the DTD's end,
 * notation and unparsed entity declarations, skipped entities (named "%name" for a
 * parameter entity), external entities skipped, no default handler:
 *   DOCTYPE_END  NOTATION name pubid sysid  UNPARSED_ENTITY name (pubid, sysid) notation
 *   SKIPPED name  ENTITY_DECL name  POS line column
 * (ENTITY_DECL, any entity declaration, is for plistlib, which refuses them). */
#include "tr.h"
#include "expat_shared.h"

enum { EV_START, EV_END, EV_DATA, EV_START_NS, EV_END_NS, EV_COMMENT, EV_PI, EV_DOCTYPE, EV_ERROR, EV_CDATA_START, EV_CDATA_END,
       EV_DOCTYPE_END, EV_NOTATION, EV_UNPARSED_ENTITY, EV_SKIPPED, EV_ENTITY_DECL, EV_POS };

typedef struct {
    TrObject ob;
    XML_Parser parser; /* 0 once a final feed has parsed the whole document */
    unsigned long end_line, end_column; /* where that document ended */
    TrValue events; /* the list the current feed() fills */
    TrValue entity; /* dict: entity name -> replacement text */
    bool sax;       /* made for xml.sax: raw names, positions, the SAX driver's handlers */
    bool failed;    /* this feed queued an ERROR event (later events are dropped, as CPython
                       ignores them once a handler set an error) or raised */
    TrValue names[256]; /* recent names by hash slot, ElementTree's form */
} Parser;

static TrType parser_type;

static void parser_finalize(void *obj, void *data) {
    Parser *p = obj;
    if (p->parser) XML_ParserFree(p->parser);
}

/* A document parsed whole leaves expat nothing to do but answer "parsing finished", so
 * its parser (buffers and name tables, often several times the document) is freed at
 * once rather than when the collector finds the Parser dead: ElementTree.parse and
 * fromstring make a parser per document, and that malloc'd memory, which the collector
 * does not see, kept bm_xml_etree's peak at twice CPython's. */
static void parser_finish(Parser *p) {
    p->end_line = XML_GetCurrentLineNumber(p->parser);
    p->end_column = XML_GetCurrentColumnNumber(p->parser);
    XML_ParserFree(p->parser);
    p->parser = 0;
}

static TrValue text(const XML_Char *s, size_t len) { return tr_str_new(s, len); }
static TrValue text_or_none(const XML_Char *s) { return s ? tr_str_from_cstr(s) : tr_None; }

/* "uri}local" (expat's namespaced name) as ElementTree's "{uri}local", from the
 * parser's cache when it made that name last in its slot (an XML name has no '{', so a
 * cached name starting with one came from a namespaced name) */
static TrValue qualified_name(Parser *p, const XML_Char *name) {
    uint32_t hash = 2166136261u;
    for (const unsigned char *c = (const unsigned char *)name; *c; c++) hash = (hash ^ *c) * 16777619u;
    TrValue *slot = &p->names[hash & 255];
    if (*slot) {
        const char *cached = tr_str_cstr(*slot);
        if (!strcmp(cached[0] == '{' ? cached + 1 : cached, name)) return *slot;
    }
    if (!strchr(name, '}')) return *slot = tr_str_from_cstr(name);
    size_t len = strlen(name);
    char *buf = tr_alloc_atomic(len + 2);
    buf[0] = '{';
    memcpy(buf + 1, name, len + 1);
    return *slot = tr_str_new(buf, len + 1);
}

/* An element or attribute name: ElementTree's form, or expat's for SAX */
static TrValue name_of(Parser *p, const XML_Char *name) { return p->sax ? tr_str_from_cstr(name) : qualified_name(p, name); }

/* An exception (an allocation failed): the parse stops there. */
static void stop(Parser *p) {
    p->failed = true;
    XML_StopParser(p->parser, XML_FALSE);
}

/* Queues an event: its kind and three values (0 for None); a failed allocation stops
 * the parse with the error set. */
static void push(Parser *p, int kind, TrValue a, TrValue b, TrValue c) {
    if (p->failed) return;
    TrValue items[4] = {tr_int_from_i64(kind), a ? a : tr_None, b ? b : tr_None, c ? c : tr_None};
    for (int i = 0; i < 4; i++)
        if (!items[i] || tr_list_append(p->events, items[i]) < 0) return stop(p);
}

static void queue(Parser *p, int kind, TrValue a, TrValue b, TrValue c) {
    if (p->sax)
        push(p, EV_POS, tr_int_from_i64((int64_t)XML_GetCurrentLineNumber(p->parser)),
             tr_int_from_i64((int64_t)XML_GetCurrentColumnNumber(p->parser)), 0);
    push(p, kind, a, b, c);
}

static void queue_error(Parser *p, int code, TrValue message, int64_t line, int64_t column) {
    TrValue position = tr_tuple_pack(2, tr_int_from_i64(line), tr_int_from_i64(column));
    if (message && position) queue(p, EV_ERROR, message, tr_int_from_i64(code), position);
}

/* expat's error code at (line, column), with pyexpat's message "<text>: line L, column C" */
static void queue_expat_error(Parser *p, enum XML_Error code, unsigned long line, unsigned long column) {
    queue_error(p, code, tr_str_fmt("%s: line %lu, column %lu", XML_ErrorString(code), line, column), (int64_t)line,
                (int64_t)column);
}

static void on_start(void *data, const XML_Char *name, const XML_Char **atts) {
    Parser *p = data;
    TrValue attrib = tr_dict_new();
    for (size_t i = 0; attrib && atts[i]; i += 2)
        if (tr_dict_set(attrib, name_of(p, atts[i]), tr_str_from_cstr(atts[i + 1])) < 0) attrib = 0;
    if (!attrib) return stop(p);
    queue(p, EV_START, name_of(p, name), attrib, 0);
}

static void on_end(void *data, const XML_Char *name) { queue(data, EV_END, name_of(data, name), 0, 0); }

static void on_data(void *data, const XML_Char *s, int len) { queue(data, EV_DATA, text(s, (size_t)len), 0, 0); }

static void on_start_ns(void *data, const XML_Char *prefix, const XML_Char *uri) {
    if (((Parser *)data)->sax) return queue(data, EV_START_NS, text_or_none(prefix), text_or_none(uri), 0);
    queue(data, EV_START_NS, tr_str_from_cstr(prefix ? prefix : ""), tr_str_from_cstr(uri ? uri : ""), 0);
}

static void on_end_ns(void *data, const XML_Char *prefix) {
    queue(data, EV_END_NS, ((Parser *)data)->sax ? text_or_none(prefix) : tr_str_from_cstr(prefix ? prefix : ""), 0, 0);
}

static void on_comment(void *data, const XML_Char *s) { queue(data, EV_COMMENT, tr_str_from_cstr(s), 0, 0); }

static void on_pi(void *data, const XML_Char *target, const XML_Char *s) {
    queue(data, EV_PI, tr_str_from_cstr(target), tr_str_from_cstr(s), 0);
}

static void on_doctype(void *data, const XML_Char *name, const XML_Char *sysid, const XML_Char *pubid, int internal) {
    queue(data, EV_DOCTYPE, text_or_none(name), text_or_none(pubid), text_or_none(sysid));
}

static void on_doctype_end(void *data) { queue(data, EV_DOCTYPE_END, 0, 0, 0); }

static void on_notation(void *data, const XML_Char *name, const XML_Char *base, const XML_Char *sysid, const XML_Char *pubid) {
    queue(data, EV_NOTATION, tr_str_from_cstr(name), text_or_none(pubid), text_or_none(sysid));
}

static void on_skipped(void *data, const XML_Char *name, int parameter_entity) {
    queue(data, EV_SKIPPED, tr_str_fmt("%s%s", parameter_entity ? "%" : "", name), 0, 0);
}

/* An entity declaration (expat calls no unparsed-entity handler when this one is set):
 * ENTITY_DECL, then UNPARSED_ENTITY for one with a notation */
static void on_entity_decl(void *data, const XML_Char *name, int parameter_entity, const XML_Char *value, int length,
                           const XML_Char *base, const XML_Char *sysid, const XML_Char *pubid, const XML_Char *notation) {
    queue(data, EV_ENTITY_DECL, tr_str_from_cstr(name), 0, 0);
    if (!notation) return;
    TrValue ids = tr_tuple_pack(2, text_or_none(pubid), text_or_none(sysid));
    if (!ids) return stop(data);
    queue(data, EV_UNPARSED_ENTITY, tr_str_from_cstr(name), ids, text_or_none(notation));
}

/* An external entity: skipped, as CPython's SAX driver skips it unless asked */
static int on_external_entity(XML_Parser parser, const XML_Char *context, const XML_Char *base, const XML_Char *sysid,
                              const XML_Char *pubid) {
    return XML_STATUS_OK;
}

static void on_cdata_start(void *data) { queue(data, EV_CDATA_START, 0, 0, 0); }

static void on_cdata_end(void *data) { queue(data, EV_CDATA_END, 0, 0, 0); }

/* Everything no other handler takes; only "&name;" (a reference expat left unexpanded)
 * matters: the entity dict's text, or CPython's "undefined entity" error. */
static void on_default(void *data, const XML_Char *s, int len) {
    Parser *p = data;
    if (p->failed || len < 3 || s[0] != '&') return;
    TrValue value = tr_dict_get(p->entity, text(s + 1, (size_t)len - 2));
    if (value) return queue(p, EV_DATA, value, 0, 0);
    if (tr_err_occurred()) return stop(p);
    unsigned long line = XML_GetErrorLineNumber(p->parser), column = XML_GetErrorColumnNumber(p->parser);
    TrValue message = tr_str_fmt("undefined entity %.*s: line %lu, column %lu", len < 100 ? len : 100, s, line, column);
    queue_error(p, XML_ERROR_UNDEFINED_ENTITY, message, (int64_t)line, (int64_t)column);
    p->failed = true;
}

/* An encoding expat lacks: the character of each byte from bytes(range(256)).decode(
 * name, "replace") (-1 where it gives U+FFFD); LookupError for an unknown name,
 * ValueError for one that is not one byte a character. */
int expat_unknown_encoding(void *data, const XML_Char *name, XML_Encoding *info) {
    char all[256];
    for (int i = 0; i < 256; i++) all[i] = (char)i;
    TrValue args[3] = {tr_bytes_new(all, 256), tr_str_from_cstr(name), TR_INTERN("replace")};
    TrValue text = args[0] && args[1] ? tr_call_method(TR_INTERN("decode"), args, 3, 0) : 0;
    if (!text) return XML_STATUS_ERROR;
    if (!tr_str_check(text) || TR_STR(text)->nchars != 256) {
        tr_err(TR_EXC_TYPE(ValueError), "multi-byte encodings are not supported");
        return XML_STATUS_ERROR;
    }
    const char *p = tr_str_cstr(text);
    for (int i = 0; i < 256; i++) {
        uint32_t ch;
        p += tr_utf8_decode(p, &ch);
        info->map[i] = ch == 0xFFFD ? -1 : (int)ch;
    }
    info->data = NULL;
    info->convert = NULL;
    info->release = NULL;
    return XML_STATUS_OK;
}

/* _expat.parser(encoding, entity, cdata=False, *, sax=False, namespaces=True): encoding
 * None (the document says) or a name; cdata true: CDATA_START/CDATA_END events around a
 * CDATA section's text; sax true: a parser for xml.sax (see the top of this file),
 * entity not used then; namespaces false: names as written ("ex:nil"), no namespace
 * processing (pyexpat's ParserCreate without a separator, which xmlrpc.client and
 * plistlib use) */
static TrValue py_parser(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/encoding", "/entity", "/cdata", "$sax", "$namespaces", NULL};
    TrValue a[5];
    if (tr_parse_args("parser", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    if (a[0] != tr_None && !tr_str_check(a[0])) return tr_err(TR_EXC_TYPE(TypeError), "encoding must be str or None");
    int flags[3] = {0, 0, 1}; /* cdata, sax, namespaces */
    for (int i = 0; i < 3; i++)
        if (a[i + 2] && (flags[i] = tr_truthy(a[i + 2])) < 0) return 0;
    Parser *p = (Parser *)tr_object_alloc(&parser_type, sizeof(Parser));
    const char *encoding = a[0] == tr_None ? NULL : tr_str_cstr(a[0]);
    p->entity = a[1];
    p->sax = flags[1];
    p->parser = !flags[2] ? XML_ParserCreate(encoding) : XML_ParserCreateNS(encoding, p->sax ? ' ' : '}');
    if (!p->parser) return tr_err(TR_EXC_TYPE(MemoryError), "");
    GC_register_finalizer(p, parser_finalize, NULL, NULL, NULL);
    XML_SetUserData(p->parser, p);
    XML_SetElementHandler(p->parser, on_start, on_end);
    XML_SetCharacterDataHandler(p->parser, on_data);
    XML_SetNamespaceDeclHandler(p->parser, on_start_ns, on_end_ns);
    XML_SetCommentHandler(p->parser, on_comment);
    XML_SetProcessingInstructionHandler(p->parser, on_pi);
    XML_SetStartDoctypeDeclHandler(p->parser, on_doctype);
    XML_SetUnknownEncodingHandler(p->parser, expat_unknown_encoding, NULL);
    if (flags[0] || p->sax) XML_SetCdataSectionHandler(p->parser, on_cdata_start, on_cdata_end);
    if (!p->sax) {
        XML_SetDefaultHandlerExpand(p->parser, on_default);
        return (TrValue)p;
    }
    if (flags[2]) XML_SetReturnNSTriplet(p->parser, 1);
    XML_SetEndDoctypeDeclHandler(p->parser, on_doctype_end);
    XML_SetNotationDeclHandler(p->parser, on_notation);
    XML_SetSkippedEntityHandler(p->parser, on_skipped);
    XML_SetEntityDeclHandler(p->parser, on_entity_decl);
    XML_SetExternalEntityRefHandler(p->parser, on_external_entity);
    XML_SetParamEntityParsing(p->parser, XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE);
    return (TrValue)p;
}

/* parser.position(): (line, column) where expat is, as pyexpat's ErrorLineNumber and
 * ErrorColumnNumber give it */
static TrValue parser_position(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("position", nargs - 1, 0, 0) < 0 || tr_no_kwargs("position", kwnames) < 0) return 0;
    Parser *p = (Parser *)args[0];
    unsigned long line = p->parser ? XML_GetCurrentLineNumber(p->parser) : p->end_line;
    unsigned long column = p->parser ? XML_GetCurrentColumnNumber(p->parser) : p->end_column;
    return tr_tuple_pack(2, tr_int_from_i64((int64_t)line), tr_int_from_i64((int64_t)column));
}

/* _expat.error_string(code): expat's text for an error code, as pyexpat's ErrorString */
static TrValue py_error_string(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("error_string", nargs, 1, 1) < 0 || tr_no_kwargs("error_string", kwnames) < 0) return 0;
    int64_t code;
    if (tr_index(args[0], &code) < 0) return 0;
    const char *text = XML_ErrorString((enum XML_Error)code);
    return text ? tr_str_from_cstr(text) : tr_None;
}

/* parser.feed(data, final): the events of data (str or bytes-like), ending with an
 * ERROR event if the document is not well-formed */
static TrValue parser_feed(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("feed", nargs - 1, 2, 2) < 0 || tr_no_kwargs("feed", kwnames) < 0) return 0;
    Parser *p = (Parser *)args[0];
    int final = tr_truthy(args[2]);
    if (final < 0) return 0;
    const char *data;
    size_t len;
    if (tr_str_check(args[1])) {
        if (p->parser) XML_SetEncoding(p->parser, "utf-8");
        data = tr_str_cstr(args[1]);
        len = TR_STR(args[1])->len;
    } else {
        TrBuffer buf;
        if (tr_get_buffer(args[1], &buf) < 0) return 0;
        data = buf.data;
        len = buf.len;
    }
    if (len > INT_MAX) return tr_err(TR_EXC_TYPE(OverflowError), "size does not fit in an int");
    TrValue events = p->events = tr_list_new(0);
    p->failed = false;
    if (!p->parser) { /* what expat answers a finished parser */
        queue_expat_error(p, XML_ERROR_FINISHED, p->end_line, p->end_column);
        p->events = 0;
        return events;
    }
    enum XML_Status status = XML_Parse(p->parser, data, (int)len, final);
    if (tr_err_occurred()) {
        p->events = 0;
        return 0;
    }
    if (status == XML_STATUS_ERROR && !p->failed)
        queue_expat_error(p, XML_GetErrorCode(p->parser), XML_GetErrorLineNumber(p->parser), XML_GetErrorColumnNumber(p->parser));
    if (final && status == XML_STATUS_OK && !p->failed) parser_finish(p);
    p->events = 0;
    return events;
}

static TrValue no_instances(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_err(TR_EXC_TYPE(TypeError), "cannot create '_expat.%s' instances", type->name);
}

static TrType parser_type = {
    .ob = {&tr_type_type}, .name = "Parser", .basicsize = sizeof(Parser), .new_ = no_instances,
};

TrValue trmod___expat_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("_expat", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    static const TrMethodDef functions[] = {{"parser", py_parser}, {"error_string", py_error_string}, {0}};
    tr_module_add_functions(m, functions);
    static const TrMethodDef parser_methods[] = {{"feed", parser_feed, TR_METH_INSTANCE}, {"position", parser_position, TR_METH_INSTANCE}, {0}};
    tr_type_ready(&parser_type);
    tr_type_add_methods(&parser_type, parser_methods);
    parser_type.module = TR_INTERN("_expat");
    XML_Expat_Version v = XML_ExpatVersionInfo();
    tr_module_add(m, "version", tr_str_fmt("Expat %d.%d.%d", v.major, v.minor, v.micro));
    static const char *const kinds[] = {"START", "END", "DATA", "START_NS", "END_NS", "COMMENT", "PI", "DOCTYPE", "ERROR", "CDATA_START", "CDATA_END",
                                        "DOCTYPE_END", "NOTATION", "UNPARSED_ENTITY", "SKIPPED", "ENTITY_DECL", "POS", NULL};
    for (int i = 0; kinds[i]; i++) tr_module_add(m, kinds[i], tr_int_from_i64(i));
    xmlparser_init(m);
    return m;
}
