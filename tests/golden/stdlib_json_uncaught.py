# An uncaught JSONDecodeError: its module-qualified name and CPython's message.
import json

print(json.loads('{"ok": true}'))
json.loads('{"a": 1,\n "b": }')
