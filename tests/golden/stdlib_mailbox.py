import mailbox, os, tempfile, shutil, email
from email.message import EmailMessage
from email.mime.text import MIMEText

tmp = tempfile.mkdtemp()
try:
    # mbox: add, iterate, get, remove, flush, lock.
    path = os.path.join(tmp, 'box.mbox')
    box = mailbox.mbox(path)
    box.lock()
    print(os.path.exists(path + '.lock'))
    m1 = MIMEText('first body\nFrom the start of a line\n')
    m1['Subject'] = 'one'
    m1.set_unixfrom('From alice@example.com Thu Jan  1 00:00:00 1970')
    k1 = box.add(m1)
    k2 = box.add(b'From bob@example.com Fri Jan  2 00:00:00 1970\nSubject: two\n\nsecond\n')
    k3 = box.add('Subject: three\n\nthird body')
    e = EmailMessage(); e['Subject'] = 'four'; e.set_content('fourth \u2603\n')
    mm = mailbox.mboxMessage(e); mm.set_from('carol@example.com', (2000, 1, 2, 3, 4, 5, 6, 2, 0)); mm.set_flags('RAO')
    k4 = box.add(mm)
    print(k1, k2, k3, k4, len(box), box.keys(), 2 in box, 9 in box)
    box.flush()
    box.unlock()
    print(os.path.exists(path + '.lock'))
    data = open(path, 'rb').read()
    print(data.count(b'\nFrom '), data.startswith(b'From alice@example.com'), b'>From the start' in data)
    print(data[data.index(b'From bob'):data.index(b'From bob') + 60])
    for key, msg in box.items():
        print(key, type(msg).__name__, msg['subject'], repr(msg.get_from().split()[0]), msg.get_flags(), repr(msg.get_payload()[:20]))
    print(repr(box.get_bytes(1)), repr(box.get_string(1)[:30]))
    print(repr(box.get_bytes(1, from_=True)[:30]))
    f = box.get_file(2); print(f.read(), f.tell()); f.seek(0); print(f.readline()); f.close()
    print(box.get_message(3).get_flags(), box[3]['status'], box[3]['x-status'])
    box.remove(1)
    del box[0]
    try:
        box.remove(7)
    except KeyError as ex:
        print('KeyError', ex)
    box.discard(7)
    print(box.keys(), len(box))
    box[2] = 'Subject: replaced\n\nnew body\n'
    box.flush()
    box.close()
    box = mailbox.mbox(path)
    print(box.keys(), [m['subject'] for m in box])
    print(box.get(9, 'missing'), box.pop(0)['subject'], box.keys())
    box.close()
    try:
        mailbox.mbox(os.path.join(tmp, 'none'), create=False)
    except mailbox.NoSuchMailboxError as ex:
        print('NoSuchMailboxError', os.path.basename(str(ex)))
    try:
        mailbox.mbox(path).add('Subject: caf\xe9\n\n')
    except ValueError as ex:
        print('ValueError', ex)
    b1 = mailbox.mbox(path); b1.lock()
    b2 = mailbox.mbox(path)
    try:
        b2.lock()
    except mailbox.ExternalClashError as ex:
        print('ExternalClashError', str(ex).split(':')[0])
    b1.unlock(); b2.lock(); b2.unlock(); b1.close(); b2.close()

    # Maildir.
    md = mailbox.Maildir(os.path.join(tmp, 'Mail'))
    print(sorted(os.listdir(os.path.join(tmp, 'Mail'))))
    a = md.add('Subject: alpha\n\nbody a\n')
    mdm = mailbox.MaildirMessage(b'Subject: beta\n\nbody b\n'); mdm.set_subdir('cur'); mdm.add_flag('S'); mdm.add_flag('F'); mdm.set_date(1000000000)
    b = md.add(mdm)
    c = md.add(mm)
    print(len(md), a in md, 'nope' in md, len(os.listdir(os.path.join(tmp, 'Mail', 'new'))), len(os.listdir(os.path.join(tmp, 'Mail', 'cur'))), os.listdir(os.path.join(tmp, 'Mail', 'tmp')))
    for key in sorted(md.keys(), key=lambda k: md[k]['subject']):
        msg = md[key]
        print(msg['subject'], msg.get_subdir(), msg.get_flags(), repr(msg.get_info()), type(msg).__name__, msg['status'])
    print(md.get_message(b).get_date(), os.path.getmtime(os.path.join(tmp, 'Mail', md._lookup(b))))
    print(md.get_bytes(a), md.get_string(a))
    with md.get_file(a) as f:
        print(f.readlines())
    md[a] = 'Subject: alpha2\n\nbody a2\n'
    print(md[a]['subject'], md[a].get_subdir())
    md.remove(a)
    try:
        md[a]
    except KeyError as ex:
        print('KeyError', ex == KeyError('No message with key: %s' % a))
    md.discard(a)
    print(len(md), sorted(m['subject'] for m in md.values()))
    md.flush(); md.lock(); md.unlock(); md.close()
    sub = md.add_folder('Archive'); sub.add('Subject: archived\n\nold\n')
    print(md.list_folders(), len(md.get_folder('Archive')))
    try:
        md.remove_folder('Archive')
    except mailbox.NotEmptyError as ex:
        print('NotEmptyError', ex)
    sub.clear(); md.remove_folder('Archive'); print(md.list_folders())
    conv = mailbox.mboxMessage(md[b]); print(conv.get_flags(), conv.get_from())
    print(mailbox.MaildirMessage(mm).get_flags(), mailbox.MaildirMessage(mm).get_subdir(), mailbox.MaildirMessage(mm).get_date())
    try:
        mailbox.Maildir(os.path.join(tmp, 'nomail'), create=False)
    except mailbox.NoSuchMailboxError:
        print('NoSuchMailboxError')
    try:
        mdm.set_subdir('old')
    except ValueError as ex:
        print('ValueError', ex)
    try:
        mailbox.Message(42)
    except TypeError as ex:
        print('TypeError', ex)
    fac = mailbox.Maildir(os.path.join(tmp, 'Mail'), factory=None)
    print(len(fac), issubclass(mailbox.mboxMessage, email.message.Message))
finally:
    shutil.rmtree(tmp)
import mailbox, os, tempfile, shutil, io, warnings
tmp = tempfile.mkdtemp()
try:
    src = os.path.join(tmp, 'msg.txt')
    with open(src, 'w') as f:
        f.write('Subject: from a text file\n\nFrom here\nbody\r\n')
    box = mailbox.mbox(os.path.join(tmp, 'b'))
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        with open(src) as f:
            box.add(f)
        box.add(io.StringIO('Subject: sio\n\nx\n'))
        print([str(x.message) for x in w], [x.category.__name__ for x in w])
    with open(src, 'rb') as f:
        box.add(f)
    box.add(io.BytesIO(b'Subject: bio\n\ny'))
    box.flush()
    data = open(os.path.join(tmp, 'b'), 'rb').read()
    print(data.replace(b'From MAILER-DAEMON', b'\nX').count(b'\nX'), [m['subject'] for m in box], [m.get_payload() for m in box])
    box.close()
finally:
    shutil.rmtree(tmp)
import mailbox, os, tempfile, shutil
from email.mime.text import MIMEText
tmp = tempfile.mkdtemp()
try:
    p = os.path.join(tmp, 'box.mmdf')
    box = mailbox.MMDF(p)
    box.lock()
    m = MIMEText('one\nFrom x\n'); m['Subject'] = 'one'
    box.add(m)
    mm = mailbox.MMDFMessage('Subject: two\n\ntwo\n'); mm.set_from('a@b', (2001, 2, 3, 4, 5, 6, 5, 34, 0)); mm.set_flags('RF')
    box.add(mm)
    box.add(b'From c@d Sat Jan  1 00:00:00 2000\nSubject: three\n\nthree')
    box.flush(); box.unlock()
    print(open(p, 'rb').read().replace(open(p, 'rb').read()[open(p, 'rb').read().index(b'From MAILER'):open(p, 'rb').read().index(b'\n', open(p, 'rb').read().index(b'From MAILER'))], b'FROMLINE'))
    for k, msg in box.items():
        print(k, type(msg).__name__, msg['subject'], msg.get_flags(), repr(msg.get_payload()), msg.get_from().split()[0])
    box.remove(0); box.flush(); box.close()
    box = mailbox.MMDF(p); print(box.keys(), [m['subject'] for m in box], repr(box.get_bytes(1)))
    print(mailbox.mboxMessage(box[1]).get_flags(), mailbox.MaildirMessage(box[1]).get_flags(), isinstance(box[1], mailbox.mboxMessage))
    box.close()
finally:
    shutil.rmtree(tmp)
import mailbox, os, tempfile, shutil
tmp = tempfile.mkdtemp()
try:
    mh = mailbox.MH(os.path.join(tmp, 'mh'))
    print(sorted(os.listdir(os.path.join(tmp, 'mh'))))
    mh.lock()
    k1 = mh.add('Subject: one\n\n1\n')
    m = mailbox.MHMessage('Subject: two\n\n2\n'); m.add_sequence('unseen'); m.add_sequence('flagged')
    k2 = mh.add(m)
    m3 = mailbox.MHMessage('Subject: three\n\n3\n'); m3.add_sequence('unseen')
    k3 = mh.add(m3)
    k4 = mh.add(b'Subject: four\n\n4\n')
    mh.unlock()
    print(k1, k2, k3, k4, mh.keys(), len(mh), 2 in mh, 9 in mh)
    print(mh.get_sequences(), open(os.path.join(tmp, 'mh', '.mh_sequences')).read())
    for k, msg in mh.items():
        print(k, type(msg).__name__, msg['subject'], msg.get_sequences())
    mh.remove(1)
    try:
        mh.remove(1)
    except KeyError as e:
        print('KeyError', e)
    mh[3] = mailbox.MHMessage('Subject: three again\n\n3b\n')
    print(mh.get_sequences(), mh.get_bytes(3), mh.get_string(2)[:20])
    mh.pack(); print(mh.keys(), mh.get_sequences())
    mh.set_sequences({'a': [1, 2, 3], 'b': [3], 'c': []}); print(open(os.path.join(tmp, 'mh', '.mh_sequences')).read())
    f = mh.get_folder if False else None
    sub = mh.add_folder('inbox'); sub.add('Subject: x\n\n')
    print(mh.list_folders(), len(mh.get_folder('inbox')))
    try:
        mh.remove_folder('inbox')
    except mailbox.NotEmptyError as e:
        print('NotEmptyError')
    sub.remove(1); mh.remove_folder('inbox'); print(mh.list_folders())
    md = mailbox.MaildirMessage(mh[1]); print(md.get_flags(), md.get_subdir())
    mb = mailbox.mboxMessage(mh[2]); print(mb.get_flags())
    back = mailbox.MHMessage(mb); print(back.get_sequences())
    mdm = mailbox.MaildirMessage('Subject: z\n\n'); mdm.add_flag('R'); print(mailbox.MHMessage(mdm).get_sequences())
    try:
        mailbox.MHMessage().add_sequence(1)
    except TypeError as e:
        print('TypeError', e)
    with open(os.path.join(tmp, 'mh', '.mh_sequences'), 'w') as f:
        f.write('bad line\n')
    try:
        mh.get_sequences()
    except mailbox.FormatError as e:
        print('FormatError', e)
    mh.close()
finally:
    shutil.rmtree(tmp)
import mailbox, os, tempfile, shutil, io
from email.mime.text import MIMEText
tmp = tempfile.mkdtemp()
try:
    p = os.path.join(tmp, 'RMAIL')
    box = mailbox.Babyl(p)
    box.lock()
    m = MIMEText('first\n'); m['Subject'] = 'one'; m['From'] = 'a@b'
    box.add(m)
    bm = mailbox.BabylMessage('Subject: two\nFrom: c@d\nX-Junk: 1\n\nsecond\n')
    bm.add_label('unseen'); bm.add_label('work'); bm.add_label('answered')
    bm.update_visible()
    box.add(bm)
    box.add('Subject: three\n\nthird')
    box.add(b'no headers at all')
    with open(os.path.join(tmp, 'src'), 'wb') as f:
        f.write(b'Subject: four\r\n\r\nfourth\r\nline\r\n')
    with open(os.path.join(tmp, 'src'), 'rb') as f:
        box.add(f)
    box.flush(); box.unlock()
    print(open(p, 'rb').read())
    print(box.get_labels(), box.keys())
    for k in box.keys():
        try:
            msg = box[k]
            print(k, type(msg).__name__, msg['subject'], msg.get_labels(), msg.get_visible().items(), repr(msg.get_payload()))
        except AssertionError:
            print(k, 'AssertionError (a BabylMessage is stored without visible headers, as CPython 3.11 does)')
    print(box.get_bytes(2), box.get_file(2).read())
    box.remove(0); box.remove(1); box[2] = 'Subject: replaced\n\nnew\n'; box.flush(); box.close()
    box = mailbox.Babyl(p); print(box.keys(), box.get_labels(), [box.get_bytes(k) for k in box.keys()]); box.close()
    print(open(p, 'rb').read()[:200])
    b2 = box[1] if False else None
    conv = mailbox.BabylMessage(bm)
    print(conv.get_labels(), conv.get_visible().items())
    print(mailbox.MaildirMessage(bm).get_flags(), mailbox.mboxMessage(bm).get_flags(), mailbox.MHMessage(bm).get_sequences())
    md = mailbox.MaildirMessage('Subject: q\n\n'); md.add_flag('TP')
    print(mailbox.BabylMessage(md).get_labels())
    mb = mailbox.mboxMessage('Subject: q\n\n'); mb.set_flags('DA')
    print(mailbox.BabylMessage(mb).get_labels())
    mh = mailbox.MHMessage('Subject: q\n\n'); mh.add_sequence('unseen'); mh.add_sequence('replied')
    print(mailbox.BabylMessage(mh).get_labels())
    try:
        bm.add_label(3)
    except TypeError as e:
        print('TypeError', e)
finally:
    shutil.rmtree(tmp)
