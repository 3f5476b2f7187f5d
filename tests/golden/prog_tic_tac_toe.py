LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return None
def minimax(b, player, memo):
    key = (b, player)
    if key in memo:
        return memo[key]
    w = winner(b)
    if w:
        result = (1 if w == "X" else -1, None)
    elif "." not in b:
        result = (0, None)
    else:
        best = None
        for i in range(9):
            if b[i] == ".":
                nb = b[:i] + player + b[i + 1:]
                score, _ = minimax(nb, "O" if player == "X" else "X", memo)
                if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                    best = (score, i)
        result = best
    memo[key] = result
    return result
def show(b):
    return "\n".join([" ".join(b[r * 3:r * 3 + 3]) for r in range(3)])
memo = {}
board = "........."
player = "X"
while winner(board) is None and "." in board:
    score, move = minimax(board, player, memo)
    board = board[:move] + player + board[move + 1:]
    print("%s plays %d (eval %+d)" % (player, move, score))
    player = "O" if player == "X" else "X"
print(show(board))
print("result:", winner(board) or "draw", "positions explored:", len(memo))
for start in ["XX.OO....", "X.O.X.O..", "OX.XO...."]:
    s, m = minimax(start, "X", memo)
    print(start, "best move for X:", m, "eval", s)
