# webbrowser with BROWSER set to harmless scripts that log their arguments: the try
# order, open/open_new/open_new_tab, get, register, the launcher classes' command lines,
# failing commands and the errors. No display and no terminal, so nothing else is found.
import os
import sys
import tempfile

tmp = tempfile.mkdtemp()
log = os.path.join(tmp, 'log')


def script(name, status=0):
    path = os.path.join(tmp, name)
    with open(path, 'w') as f:
        f.write('#!/bin/sh\necho "%s $*" >> %s\nexit %d\n' % (name, log, status))
    os.chmod(path, 0o755)
    return path


def show_log():
    if os.path.exists(log):
        with open(log) as f:
            print([line.replace(tmp, 'TMP') for line in f.read().splitlines()])
        os.remove(log)
    else:
        print('(nothing ran)')


good = script('goodbrowser')
bad = script('badbrowser', 1)
for name in ('DISPLAY', 'WAYLAND_DISPLAY', 'TERM'):
    os.environ.pop(name, None)
os.environ['BROWSER'] = os.pathsep.join([bad, good + ' --flag %s', ''])

import webbrowser

print(webbrowser.open('http://127.0.0.1/a'))
show_log()
print(webbrowser.open_new('http://127.0.0.1/b'), webbrowser.open_new_tab('http://127.0.0.1/c?x=1&y=2'))
show_log()
b = webbrowser.get()
print(type(b).__name__, b.name == bad, b.basename, b.args)
b2 = webbrowser.get(good + ' --flag %s')
print(type(b2).__name__, b2.name == good, b2.args, b2.open('u1'), b2.open_new('u2'), b2.open_new_tab('u3'))
show_log()
bg = webbrowser.get(good + ' %s &')
print(type(bg).__name__, bg.args)
print(webbrowser.GenericBrowser(bad).open('x'), webbrowser.GenericBrowser(os.path.join(tmp, 'missing')).open('x'))
show_log()
try:
    webbrowser.get('no-such-browser-anywhere')
except webbrowser.Error as e:
    print('Error:', e)


class Recorder(webbrowser.BaseBrowser):
    def open(self, url, new=0, autoraise=True):
        print('Recorder.open', self.name, url, new, autoraise)
        return True


webbrowser.register('rec', None, Recorder('rec'), preferred=True)
print(webbrowser.open('http://127.0.0.1/rec', autoraise=False), webbrowser.get('REC').name)
webbrowser.register('made', Recorder)
print(type(webbrowser.get('made')).__name__, webbrowser.get('made').name == '')
print(webbrowser._tryorder[0] == 'rec', webbrowser._tryorder[-1], len(webbrowser._tryorder))

for cls, new in [(webbrowser.Mozilla, 0), (webbrowser.Mozilla, 1), (webbrowser.Mozilla, 2), (webbrowser.Chrome, 1),
                 (webbrowser.Chrome, 2), (webbrowser.Netscape, 2), (webbrowser.Galeon, 2), (webbrowser.Opera, 0),
                 (webbrowser.Elinks, 1)]:
    print(cls.__name__, new, cls(good).open('http://h/%d' % new, new))
    show_log()
print(webbrowser.Netscape(good).open('http://h/', 0, autoraise=False))
show_log()
try:
    webbrowser.Mozilla(good).open('u', 5)
except webbrowser.Error as e:
    print('Error:', e)
try:
    webbrowser.BaseBrowser('x').open('u')
except NotImplementedError:
    print('NotImplementedError')
print(webbrowser.Chromium is webbrowser.Chrome, webbrowser.__all__)

for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
