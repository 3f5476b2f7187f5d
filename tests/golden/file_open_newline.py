# open(..., newline=...) when reading text: universal newlines translated (None), kept (''), or one fixed terminator
import os

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'file_open_newline.tmp.txt')
with open(path, 'w', newline='') as f:
    f.write('one\r\ntwo\rthree\nfour\r\r\nfive')
with open(path, 'rb') as f:
    print(f.read())
for newline in (None, '', '\n', '\r', '\r\n'):
    with open(path, newline=newline) as f:
        print(repr(newline), list(f))
    with open(path, newline=newline) as f:
        print(repr(newline), repr(f.read()))
    with open(path, newline=newline) as f:
        print(repr(newline), repr(f.readline()), repr(f.readline()), f.readlines())
with open(path, newline='') as f:
    print(repr(f.read(5)), repr(f.read(3)), repr(f.read()))
for bad in ('x', '\n\n'):
    try:
        open(path, newline=bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    open(path, newline=5)
except TypeError as e:
    print('TypeError:', e)
try:
    open(path, 'rb', newline='')
except ValueError as e:
    print('ValueError:', e)
os.remove(path)
