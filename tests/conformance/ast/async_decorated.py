@decorator
async def f():
    pass
class C:
    @staticmethod
    async def m():
        await x
