from http import HTTPStatus, HTTPMethod
import http

print(len(HTTPStatus), len(list(HTTPMethod)))
for s in HTTPStatus:
    print(int(s), s.name, repr(s.phrase), repr(s.description))
print(repr(HTTPStatus.OK), str(HTTPStatus.OK), f"{HTTPStatus.NOT_FOUND}", "%d %s" % (HTTPStatus.OK, HTTPStatus.OK))
print(HTTPStatus(404) is HTTPStatus.NOT_FOUND, HTTPStatus['IM_A_TEAPOT'].phrase, HTTPStatus.OK == 200, HTTPStatus.OK + 1)
print(isinstance(HTTPStatus.OK, int), HTTPStatus.OK.value, HTTPStatus.OK.name)
try:
    HTTPStatus(999)
except ValueError as e:
    print(type(e).__name__, e)
for m in HTTPMethod:
    print(repr(m), str(m), m.value, m.description)
print(HTTPMethod('GET') is HTTPMethod.GET, HTTPMethod.POST == 'POST', HTTPMethod.GET.upper())
try:
    HTTPMethod('get')
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(http.__all__))
print({HTTPStatus.OK: 'fine'}[200])
