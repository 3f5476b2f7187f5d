class Parser:
    def __init__(self, text):
        self.text = text
    def numbers(self):
        return [self.convert(t) for t in self.text.split(",")]
    def convert(self, tok):
        if not tok.strip().isdigit():
            raise ValueError("bad token: %r" % tok)
        return int(tok)
print(Parser("1,2,3").numbers())
print(Parser("4, x ,6").numbers())
