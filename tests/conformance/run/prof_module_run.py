# cProfile.run prints its report (here captured, its times masked); sort picks the order.
import contextlib
import cProfile
import io
from _profutil import masked

def step(i):
    return i * 2

def work():
    return [step(i) for i in range(4)]

for sort in ['stdname', 'name', -1]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        print(cProfile.run('work()', sort=sort))
    text = masked(out.getvalue())
    if sort == -1:
        text = '\n'.join(sorted(text.splitlines()))
    print(text)
