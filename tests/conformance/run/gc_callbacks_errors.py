# A callback that raises is reported and the others still run.
import gc


class Bad:
    def __call__(self, phase, info):
        if phase == 'start':
            raise ValueError('oops in ' + phase)

    def __repr__(self):
        return 'Bad()'


def good(phase, info):
    print('good', phase, info['generation'])


gc.callbacks.extend([Bad(), good])
print('result', gc.collect(0))
gc.callbacks.clear()
print('done')
