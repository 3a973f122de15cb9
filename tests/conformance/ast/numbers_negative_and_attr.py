-1
-1.5
1 .real
1.0.real
0x10.real
(1).bit_length()
