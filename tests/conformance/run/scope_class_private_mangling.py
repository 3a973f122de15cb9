# Names __x in a class body are mangled to _Class__x.
class Account:
    __rate = 5
    def __init__(self):
        self.__balance = 100
    def balance(self):
        return self.__balance + self.__rate

a = Account()
print(a.balance())
print(sorted(vars(a)))
print("_Account__rate" in Account.__dict__)
try:
    a.__balance
except AttributeError as e:
    print(e)

class Sub(Account):
    def peek(self):
        return self._Account__balance
print(Sub().peek())
