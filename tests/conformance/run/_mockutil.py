"""For the mock programs: reprs with the id masked, and assertion messages."""
import re


def mask(text):
    """text with mock ids masked."""
    return re.sub(r"id='\d+'", "id='...'", text)


def r(obj):
    """repr(obj) with mock ids masked."""
    return mask(repr(obj))


def fails(fn, *args, **kwargs):
    """Call fn; print the exception it raises (type and message) or 'ok'."""
    try:
        fn(*args, **kwargs)
    except Exception as e:
        print(f'{type(e).__name__}: {mask(str(e))}')
        if e.__cause__ is not None:
            print(f'  caused by {type(e.__cause__).__name__}: {mask(str(e.__cause__))}')
    else:
        print('ok')
