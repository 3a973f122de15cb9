try:
    try:
        pass
    except A:
        pass
except B:
    try:
        pass
    finally:
        pass
