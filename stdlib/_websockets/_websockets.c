/* _websockets.c — the C core of `websockets`: WebSocket framing (RFC 6455) on wslay's
 * event API, without I/O.  A Framer is one end of a connection (client: masks what it
 * sends; server: requires masked frames): feed(bytes) parses received bytes into
 * complete messages (wslay reassembles fragments, answers pings and echoes the close
 * frame), send()/send_fragments()/close() queue frames, and data_to_send() returns the bytes to write.
 * The Tauraro module websockets does the handshake and the I/O on asyncio streams.
 * Assumes: one thread; the caller writes data_to_send() after every feed/send/close. */
#include "tr.h"
#include <string.h>
#include <sys/random.h>
#include <wslay/wslay.h>

typedef struct Framer {
    TrObject ob;
    wslay_event_context_ptr ctx;  /* malloc'd by wslay; freed by release() */
    const char *in;               /* the bytes being fed */
    size_t inlen, inpos;
    TrBuf out;                    /* bytes produced by wslay_event_send */
    TrValue events;               /* list of (opcode, payload) received by feed() */
    int64_t max_size;             /* a longer message fails the connection (1009) */
    TrValue fragments;            /* list of bytes: the message being sent a frame per
                                   * item (send_fragments), or 0 */
    size_t frag_index, frag_offset;
} Framer;

static TrType framer_type;

static ssize_t recv_cb(wslay_event_context_ptr ctx, uint8_t *buf, size_t len, int flags, void *user) {
    Framer *f = user;
    size_t n = f->inlen - f->inpos;
    if (!n) {
        wslay_event_set_error(ctx, WSLAY_ERR_WOULDBLOCK);
        return -1;
    }
    if (n > len) n = len;
    memcpy(buf, f->in + f->inpos, n);
    f->inpos += n;
    return (ssize_t)n;
}

static ssize_t send_cb(wslay_event_context_ptr ctx, const uint8_t *data, size_t len, int flags, void *user) {
    tr_buf_add(&((Framer *)user)->out, (const char *)data, len);
    return (ssize_t)len;
}

static int genmask_cb(wslay_event_context_ptr ctx, uint8_t *buf, size_t len, void *user) {
    return getrandom(buf, len, 0) == (ssize_t)len ? 0 : -1;
}

/* A complete message.  A close frame is answered with the same code and reason (as
 * the websockets package does; wslay alone would echo the code only). */
static void msg_cb(wslay_event_context_ptr ctx, const struct wslay_event_on_msg_recv_arg *arg, void *user) {
    Framer *f = user;
    if (arg->opcode == WSLAY_CONNECTION_CLOSE) {
        int has_code = arg->msg_length >= 2;
        wslay_event_queue_close(ctx, has_code ? arg->status_code : 0, has_code ? arg->msg + 2 : NULL,
                                has_code ? arg->msg_length - 2 : 0);
    }
    TrValue payload = tr_bytes_new((const char *)arg->msg, arg->msg_length);
    tr_list_append(f->events, tr_tuple_pack(2, tr_int_from_i64(arg->opcode), payload));
}

/* The next frame of a fragmented message: the rest of the current item (wslay sends
 * what one call returns as one frame, at most len bytes). */
static ssize_t fragment_cb(wslay_event_context_ptr ctx, uint8_t *buf, size_t len,
                           const union wslay_event_msg_source *source, int *eof, void *user) {
    Framer *f = user;
    TrList *items = TR_LIST(f->fragments);
    TrBytes *item = (TrBytes *)tr_list_items(items)[f->frag_index];
    size_t n = item->len - f->frag_offset;
    if (n > len) n = len;
    memcpy(buf, item->data + f->frag_offset, n);
    f->frag_offset += n;
    if (f->frag_offset == item->len) {
        f->frag_index++;
        f->frag_offset = 0;
    }
    if (f->frag_index == items->len) {
        *eof = 1;
        f->fragments = 0;
    }
    return (ssize_t)n;
}

static const struct wslay_event_callbacks callbacks = {recv_cb, send_cb, genmask_cb, 0, 0, 0, msg_cb};

static Framer *framer_arg(TrValue self) {
    Framer *f = (Framer *)self;
    if (!f->ctx) tr_err(TR_EXC_TYPE(ValueError), "the framer was released");
    return f->ctx ? f : 0;
}

static TrValue wslay_failure(int rc) {
    return tr_err(TR_EXC_TYPE(RuntimeError), "wslay error %d", rc);
}

/* Framer(is_server, max_size) */
static TrValue framer_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("Framer", nargs, 2, 2) < 0) return 0;
    int64_t max_size;
    if (tr_index(args[1], &max_size) < 0) return 0;
    Framer *f = (Framer *)tr_object_alloc(&framer_type, sizeof(Framer));
    tr_buf_init(&f->out);
    f->events = tr_list_new(0);
    f->max_size = max_size;
    int rc = tr_truthy(args[0]) ? wslay_event_context_server_init(&f->ctx, &callbacks, f)
                                : wslay_event_context_client_init(&f->ctx, &callbacks, f);
    if (rc != 0) return wslay_failure(rc);
    if (max_size > 0) wslay_event_config_set_max_recv_msg_length(f->ctx, (uint64_t)max_size);
    return (TrValue)f;
}

/* feed(data) -> [(opcode, payload)]: the complete messages in data and before. */
static TrValue framer_feed_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("feed", nargs - 1, 1, 1) < 0) return 0;
    Framer *f = framer_arg(args[0]);
    TrBuffer view;
    if (!f || tr_get_buffer(args[1], &view) < 0) return 0;
    f->in = view.data;
    f->inlen = view.len;
    f->inpos = 0;
    int rc = wslay_event_recv(f->ctx);
    f->in = 0;
    f->inlen = f->inpos = 0;
    if (rc != 0) return wslay_failure(rc);
    TrValue events = f->events;
    f->events = tr_list_new(0);
    return events;
}

/* send(opcode, payload): queue a message (1 text, 2 binary, 9 ping, 10 pong). */
static TrValue framer_send_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("send", nargs - 1, 2, 2) < 0) return 0;
    Framer *f = framer_arg(args[0]);
    int64_t opcode;
    TrBuffer view;
    if (!f || tr_index(args[1], &opcode) < 0 || tr_get_buffer(args[2], &view) < 0) return 0;
    struct wslay_event_msg msg = {(uint8_t)opcode, (const uint8_t *)view.data, view.len};
    int rc = wslay_event_queue_msg(f->ctx, &msg);
    if (rc == WSLAY_ERR_NO_MORE_MSG) return tr_err(TR_EXC_TYPE(RuntimeError), "the connection is closing");
    return rc ? wslay_failure(rc) : tr_None;
}

/* send_fragments(opcode, [bytes, ...]): queue one message sent as a frame per
 * non-empty item (a long item takes several frames). */
static TrValue framer_send_fragments_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("send_fragments", nargs - 1, 2, 2) < 0) return 0;
    Framer *f = framer_arg(args[0]);
    int64_t opcode;
    if (!f || tr_index(args[1], &opcode) < 0) return 0;
    if (!tr_list_check(args[2])) return tr_err(TR_EXC_TYPE(TypeError), "fragments must be a list");
    if (f->fragments) return tr_err(TR_EXC_TYPE(RuntimeError), "a fragmented message is still being sent");
    TrValue items = tr_list_new(0);
    TrList *given = TR_LIST(args[2]);
    for (size_t i = 0; i < given->len; i++) {
        if (!tr_bytes_check(tr_list_items(given)[i])) return tr_err(TR_EXC_TYPE(TypeError), "fragments must be bytes");
        if (((TrBytes *)tr_list_items(given)[i])->len) tr_list_append(items, tr_list_items(given)[i]);
    }
    if (!TR_LIST(items)->len) tr_list_append(items, tr_bytes_new("", 0)); /* then one empty frame */
    f->fragments = items;
    f->frag_index = f->frag_offset = 0;
    struct wslay_event_fragmented_msg msg = {(uint8_t)opcode, {.data = 0}, fragment_cb};
    int rc = wslay_event_queue_fragmented_msg(f->ctx, &msg);
    if (rc) f->fragments = 0;
    if (rc == WSLAY_ERR_NO_MORE_MSG) return tr_err(TR_EXC_TYPE(RuntimeError), "the connection is closing");
    return rc ? wslay_failure(rc) : tr_None;
}

/* close(code, reason_bytes): queue the close frame (code 0: none). */
static TrValue framer_close_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("close", nargs - 1, 2, 2) < 0) return 0;
    Framer *f = framer_arg(args[0]);
    int64_t code;
    TrBuffer view;
    if (!f || tr_index(args[1], &code) < 0 || tr_get_buffer(args[2], &view) < 0) return 0;
    int rc = wslay_event_queue_close(f->ctx, (uint16_t)code, (const uint8_t *)view.data, view.len);
    if (rc == WSLAY_ERR_NO_MORE_MSG) return tr_None; /* already closing */
    return rc ? wslay_failure(rc) : tr_None;
}

/* data_to_send() -> bytes: the frames queued so far, serialized. */
static TrValue framer_data_to_send_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("data_to_send", nargs - 1, 0, 0) < 0) return 0;
    Framer *f = framer_arg(args[0]);
    if (!f) return 0;
    while (wslay_event_want_write(f->ctx)) {
        int rc = wslay_event_send(f->ctx);
        if (rc != 0) return wslay_failure(rc);
    }
    TrValue data = tr_bytes_new(f->out.data ? f->out.data : "", f->out.len);
    tr_buf_init(&f->out);
    return data;
}

/* state() -> (close_received, close_sent, code_received, code_sent, want_read) */
static TrValue framer_state_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("state", nargs - 1, 0, 0) < 0) return 0;
    Framer *f = framer_arg(args[0]);
    if (!f) return 0;
    return tr_tuple_pack(5, tr_bool(wslay_event_get_close_received(f->ctx)),
                         tr_bool(wslay_event_get_close_sent(f->ctx)),
                         tr_int_from_i64(wslay_event_get_status_code_received(f->ctx)),
                         tr_int_from_i64(wslay_event_get_status_code_sent(f->ctx)),
                         tr_bool(wslay_event_want_read(f->ctx)));
}

/* release(): free wslay's context (the connection is over). */
static TrValue framer_release_m(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("release", nargs - 1, 0, 0) < 0) return 0;
    Framer *f = (Framer *)args[0];
    if (f->ctx) wslay_event_context_free(f->ctx);
    f->ctx = 0;
    return tr_None;
}

/* positional_count(func): how many positional parameters a Python function takes
 * (serve() calls handler(ws) or the older handler(ws, path)); -1 if unknown. */
static TrValue ws_positional_count(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("positional_count", nargs, 1, 1) < 0) return 0;
    TrValue fn = args[0];
    int bound = 0;
    if (TR_TYPE(fn) == &tr_method_type) {
        fn = ((TrMethod *)fn)->func;
        bound = 1;
    }
    if (TR_TYPE(fn) != &tr_function_type) return tr_int_from_i64(-1);
    const TrCode *code = ((TrFunc *)fn)->code;
    if (code->flags & TR_CO_VARARGS) return tr_int_from_i64(-1);
    return tr_int_from_i64((int64_t)code->argcount - bound);
}

static const TrMethodDef framer_methods[] = {
    {"feed", framer_feed_m, TR_METH_INSTANCE},
    {"send", framer_send_m, TR_METH_INSTANCE},
    {"send_fragments", framer_send_fragments_m, TR_METH_INSTANCE},
    {"close", framer_close_m, TR_METH_INSTANCE},
    {"data_to_send", framer_data_to_send_m, TR_METH_INSTANCE},
    {"state", framer_state_m, TR_METH_INSTANCE},
    {"release", framer_release_m, TR_METH_INSTANCE},
    {0},
};

static const TrMethodDef websockets_functions[] = {
    {"positional_count", ws_positional_count, TR_METH_STATIC},
    {0},
};

static TrType framer_type = {.ob = {&tr_type_type}, .name = "Framer", .basicsize = sizeof(Framer)};

TrValue trmod___websockets_init(void) {
    static TrValue m;
    if (m) return m;
    tr_add_roots(&m, sizeof m);
    framer_type.module = TR_INTERN("_websockets");
    framer_type.new_ = framer_new;
    tr_type_ready(&framer_type);
    tr_type_add_methods(&framer_type, framer_methods);
    m = tr_module_new("_websockets", 0, NULL, NULL);
    tr_module_add_functions(m, websockets_functions);
    tr_module_add(m, "Framer", (TrValue)&framer_type);
    return m;
}
