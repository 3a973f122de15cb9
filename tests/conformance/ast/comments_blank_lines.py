# leading comment

x = 1  # trailing


# between
def f():
    # inside

    return x  # end
    # after
# final
