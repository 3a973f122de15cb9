# Recursion: naive Fibonacci, Ackermann with small arguments, a recursive
# tree build and walk, and a recursive permutation count (n-queens).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def make_tree(depth):
    if depth == 0:
        return None
    return (make_tree(depth - 1), make_tree(depth - 1))


def count_nodes(tree):
    if tree is None:
        return 0
    left, right = tree
    return 1 + count_nodes(left) + count_nodes(right)


def queens(n, row=0, cols=0, diag1=0, diag2=0):
    if row == n:
        return 1
    solutions = 0
    for col in range(n):
        d1 = row + col
        d2 = row - col + n
        if not (cols >> col & 1 or diag1 >> d1 & 1 or diag2 >> d2 & 1):
            solutions += queens(n, row + 1, cols | 1 << col, diag1 | 1 << d1, diag2 | 1 << d2)
    return solutions


def main():
    checksum = fib(31)
    checksum += sum(ackermann(2, n) for n in range(150))
    checksum += sum(ackermann(3, n) for n in range(7))
    nodes = 0
    for depth in range(4, 19):
        nodes += count_nodes(make_tree(depth))
    checksum += nodes
    checksum += queens(10)
    print(fib(20), ackermann(2, 3), ackermann(3, 5), nodes, queens(6))
    print("checksum", checksum)


main()
