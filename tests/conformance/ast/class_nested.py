class Outer:
    class Inner:
        class Deep:
            value = 1
    def method(self):
        class Local:
            pass
        return Local
