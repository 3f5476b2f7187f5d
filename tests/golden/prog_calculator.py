class Token:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value
    def __repr__(self):
        return "%s:%s" % (self.kind, self.value)

def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("num", float(text) if "." in text else int(text)))
            i = j
        elif ch in "+-*/%^()":
            tokens.append(Token("op", ch))
            i += 1
        else:
            raise SyntaxError("unexpected character %r at %d" % (ch, i))
    tokens.append(Token("end", None))
    return tokens

class Parser:
    def __init__(self, tokens):
        self.toks, self.pos = tokens, 0
    def peek(self):
        return self.toks[self.pos]
    def take(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t
    def expect(self, v):
        t = self.take()
        if t.value != v:
            raise SyntaxError("expected %r, got %r" % (v, t.value))
    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            r = self.factor()
            if op == "*":
                v = v * r
            elif op == "/":
                v = v / r
            else:
                v = v % r
        return v
    def factor(self):
        base = self.unary()
        if self.peek().value == "^":
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek().value == "-":
            self.take()
            return -self.unary()
        if self.peek().value == "+":
            self.take()
            return self.unary()
        return self.atom()
    def atom(self):
        t = self.take()
        if t.kind == "num":
            return t.value
        if t.value == "(":
            v = self.expr()
            self.expect(")")
            return v
        raise SyntaxError("unexpected token %r" % (t,))

def evaluate(src):
    p = Parser(tokenize(src))
    v = p.expr()
    if p.peek().kind != "end":
        raise SyntaxError("trailing input at token %d" % p.pos)
    return v

print(tokenize("12 + 3.5*(4 - 1)"))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 7 % -3", "2 * (3 + (4 - 1)) / 3",
            "1.5 * 4", "--3", "2 ^ 100", "((((1))))", "100 - 99 - 1", "7 - -7", "1 / 3"]:
    print("%-25s = %r" % (src, evaluate(src)))
for bad in ["1 +", "(1 + 2", "1 2", "3 $ 4", "1 / 0", ")"]:
    try:
        print(evaluate(bad))
    except SyntaxError as e:
        print("%-8s SyntaxError: %s" % (bad, e))
    except ZeroDivisionError as e:
        print("%-8s ZeroDivisionError: %s" % (bad, e))
