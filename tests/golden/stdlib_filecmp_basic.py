# filecmp: cmp shallow and deep, cmpfiles, dircmp attributes and reports, over trees
# made in a temporary directory (paths printed relative to it).
import filecmp
import os
import tempfile

with tempfile.TemporaryDirectory() as root:
    os.chdir(root)

    def write(path, data, mtime=1_000_000):
        os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
        with open(path, 'w') as f:
            f.write(data)
        os.utime(path, (mtime, mtime))

    write('a/same.txt', 'hello\n')
    write('b/same.txt', 'hello\n')
    write('a/diff.txt', 'one\n')
    write('b/diff.txt', 'two\n')
    write('a/sametime.txt', 'aaaa\n', 5)
    write('b/sametime.txt', 'bbbb\n', 5)
    write('a/size.txt', 'short\n')
    write('b/size.txt', 'much longer\n')
    write('a/only_a.txt', 'x')
    write('b/only_b.txt', 'y')
    write('a/sub/inner.txt', 'in\n')
    write('b/sub/inner.txt', 'IN\n')
    write('a/sub/deeper/x.txt', 'x\n')
    write('b/sub/deeper/x.txt', 'x\n')
    write('a/kind', 'file here')
    os.makedirs('b/kind')
    write('a/.git/config', 'ignored')
    write('b/tags', 'ignored too')
    os.symlink('missing-target', 'a/broken')
    os.symlink('missing-target', 'b/broken')

    print(filecmp.cmp('a/same.txt', 'b/same.txt'), filecmp.cmp('a/diff.txt', 'b/diff.txt'))
    print(filecmp.cmp('a/sametime.txt', 'b/sametime.txt'), filecmp.cmp('a/sametime.txt', 'b/sametime.txt', shallow=False))
    print(filecmp.cmp('a/size.txt', 'b/size.txt', False), filecmp.cmp('a/sub', 'b/sub'))
    print(filecmp.cmp('a/diff.txt', 'a/diff.txt', shallow=False))
    filecmp.clear_cache()
    try:
        filecmp.cmp('a/nope', 'b/nope')
    except FileNotFoundError as e:
        print('FileNotFoundError', e.strerror)
    print(filecmp.cmpfiles('a', 'b', ['same.txt', 'diff.txt', 'sametime.txt', 'nope', 'sub']))
    print(filecmp.cmpfiles('a', 'b', ['sametime.txt'], shallow=False))

    d = filecmp.dircmp('a', 'b')
    print(d.left_list, d.right_list)
    print(d.common, d.left_only, d.right_only)
    print(d.common_dirs, d.common_files, d.common_funny)
    print(d.same_files, d.diff_files, d.funny_files)
    print(sorted(d.subdirs), type(d.subdirs['sub']).__name__)
    d.report()
    print('--')
    d.report_partial_closure()
    print('--')
    d.report_full_closure()
    print('--')
    filecmp.dircmp('a', 'b', ignore=[], hide=['kind']).report()
    try:
        d.no_such_attribute
    except AttributeError as e:
        print('AttributeError', e)
    print(filecmp.DEFAULT_IGNORES, filecmp.BUFSIZE)

    class Mine(filecmp.dircmp):
        pass

    print(type(Mine('a', 'b').subdirs['sub']).__name__)
    os.chdir('/')
