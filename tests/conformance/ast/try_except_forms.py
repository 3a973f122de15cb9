try:
    pass
except:
    pass
try:
    a()
except ValueError:
    b()
except (TypeError, KeyError) as e:
    c(e)
except Exception as exc:
    raise
else:
    d()
finally:
    e()
