# Handler selection: first matching clause, tuples, base classes.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup: {type(e).__name__}"
    except ArithmeticError as e:
        return f"arithmetic: {type(e).__name__}"
    except ValueError:
        return "value"
    except Exception as e:
        return f"other: {e!r}"

for exc in (KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(),
            UnicodeError(), TypeError("t"), LookupError()):
    print(classify(exc))
try:
    raise SystemExit(2)
except Exception:
    print("not reached")
except BaseException as e:
    print("BaseException catches SystemExit", e.code)
