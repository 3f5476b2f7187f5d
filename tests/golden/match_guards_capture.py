def classify(cmd):
    match cmd.split():
        case ["go", direction] if direction in ("north", "south"):
            return "move " + direction
        case ["go", other]:
            return "cannot go " + other
        case ["take", *items] if items:
            return "take " + ", ".join(items)
        case ["quit" | "exit" as word]:
            return "bye via " + word
        case [verb, *_]:
            return "unknown verb " + verb
        case []:
            return "nothing"
for c in ["go north", "go west", "take a b c", "take", "quit", "exit", "dance wildly", ""]:
    print(repr(c), "->", classify(c))
x = 5
match x:
    case n if n > 3:
        print("captured", n)
print("n still bound:", n)
