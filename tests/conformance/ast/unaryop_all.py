-x
+x
~x
not x
not not x
- -x
-(+(~y))
