r'a' R'a' u'a' U'a' f'a' F'a'
b'a' B'a'
rb'a' rB'a' Rb'a' RB'a' br'a' bR'a' Br'a' BR'a'
fr'a' fR'a' Fr'a' FR'a' rf'a' rF'a' Rf'a' RF'a'
