ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of old books.", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "A cold kitchen.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Pitch black cellar.", "exits": {"up": "kitchen"}, "items": ["treasure"], "dark": True, "locked": True},
}

class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.state = "playing"
        self.moves = 0

    def handle(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, args = words[0], words[1:]
        handler = getattr(self, "do_" + verb, None)
        if handler is None:
            return "I don't know how to %r." % verb
        self.moves += 1
        return handler(*args)

    def do_look(self):
        r = ROOMS[self.room]
        if r.get("dark") and "lamp" not in self.inventory:
            return "It is too dark to see."
        items = ", ".join(r["items"]) or "nothing"
        return "%s Exits: %s. You see: %s." % (r["desc"], ", ".join(sorted(r["exits"])), items)

    def do_go(self, direction=None):
        if direction is None:
            return "Go where?"
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "You can't go %s." % direction
        target = exits[direction]
        if ROOMS[target].get("locked"):
            if "key" not in self.inventory:
                return "The way %s is locked." % direction
            ROOMS[target]["locked"] = False
            self.room = target
            return "You unlock the door and go %s." % direction
        self.room = target
        return "You go %s." % direction

    def do_take(self, item=None):
        r = ROOMS[self.room]
        if item not in r["items"]:
            return "There is no %s here." % item
        if r.get("dark") and "lamp" not in self.inventory:
            return "You fumble in the dark."
        r["items"].remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.state = "won"
        return "Taken: %s." % item

    def do_inventory(self):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")

    def do_quit(self):
        self.state = "quit"
        return "Bye."

script = ["look", "take lamp", "go down", "go east", "go down", "look", "go up", "go west", "go north",
          "take book", "take key", "take sword", "inventory", "dance", "", "go", "go south", "go east",
          "go down", "look", "take treasure", "look", "quit"]
g = Game()
for cmd in script:
    if g.state != "playing":
        print("(game over: %s, ignoring %r)" % (g.state, cmd))
        continue
    print("> %s\n%s" % (cmd, g.handle(cmd)))
print("final:", g.state, g.room, sorted(g.inventory), g.moves)
