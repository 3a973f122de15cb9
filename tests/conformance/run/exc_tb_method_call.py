# Traceback through methods of a class.
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount

    def pay_all(self, bills):
        for bill in bills:
            self.withdraw(bill)

acct = Account(100)
acct.pay_all([30, 50, 40])
