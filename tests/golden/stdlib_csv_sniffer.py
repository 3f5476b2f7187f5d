# csv.Sniffer: sniff (quoted and unquoted samples, preferred delimiters, doublequote, skipinitialspace) and has_header
import csv
import io

samples = [
    'name,age,city\r\nAnn,30,Oslo\r\nBob,25,Rome\r\n',
    'a;b;c\n1;2;3\n4;5;6\n',
    'x\ty\tz\n1\t2\t3\n',
    '"a","b","c"\n"1","2","3"\n',
    "'a'|'b'|'c'\n'1'|'2'|'3'\n",
    'name, "quoted, name", x\nfoo, "bar", y\n',
    '"he said ""hi""",2\n"plain",3\n',
    'a:b:c\n1:2:3\n',
    'one two three\nfour five six\n',
    '"single column"\n"another"\n',
    'a,b;c\nd,e;f\ng,h;i\n',
    'abc\ndef\n',
    '',
    'k=v&k2=v2\nk3=v3&k4=v4\n',
]
sniffer = csv.Sniffer()
print(sniffer.preferred)
for sample in samples:
    try:
        d = sniffer.sniff(sample)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
              repr(d.lineterminator), d.quoting, d._name, issubclass(d, csv.Dialect))
    except csv.Error as e:
        print('Error:', e)

print(repr(sniffer.sniff('a,b;c\nd,e;f\n', delimiters=';').delimiter))
print(repr(sniffer.sniff('"a";"b"\n"c";"d"\n', delimiters=';').delimiter))
try:
    sniffer.sniff('a,b\nc,d\n', delimiters='|')
except csv.Error as e:
    print('Error:', e)

# a sniffed dialect drives a reader
data = 'id; name; score\n1; "Ann; A."; 9.5\n2; Bob; 7\n'
d = sniffer.sniff(data)
print(repr(d.delimiter), d.skipinitialspace, list(csv.reader(io.StringIO(data), d)))

headers = [
    'name,age\nAnn,30\nBob,25\nCy,41\n',
    '1,2\n3,4\n5,6\n',
    'code,value\nab,cd\nef,gh\n',
    'ab,cd\nef,gh\nij,kl\n',
    'title,year,rating\n"Up",2009,8.2\n"Cars",2006,7.1\n"Heat",1995,8.3\n',
    'x,y\n1,a\n2,bb\n3,ccc\n',
    'h1,h2\n1,2,3\n4,5\n',
]
for sample in headers:
    try:
        print(sniffer.has_header(sample))
    except csv.Error as e:   # has_header sniffs the sample first
        print('Error:', e)
