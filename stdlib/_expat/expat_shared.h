/* expat_shared.h — what _expat.c (the event parser) and xmlparser.c (pyexpat's callback
 * parser) share: the handler for encodings expat lacks, and xmlparser's part of the
 * module init.  Assumes expat.h's types. */
#include <expat.h>

/* An encoding expat does not know, one byte a character through bytes.decode */
int expat_unknown_encoding(void *data, const XML_Char *name, XML_Encoding *info);

/* Adds ParserCreate, ErrorString, ExpatError, XMLParserType and expat's version to m */
void xmlparser_init(TrValue m);
