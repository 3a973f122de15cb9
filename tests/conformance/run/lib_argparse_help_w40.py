# The help wrapped at COLUMNS=40.
import argparse
import os

os.environ['COLUMNS'] = '40'
parser = argparse.ArgumentParser(
    prog='convert',
    description='Convert images between formats, resizing and cropping them '
                'on the way when asked to.')
parser.add_argument('source', help='the image to convert')
parser.add_argument('dest', nargs='?', help='where to write it (default: next to the source)')
parser.add_argument('-f', '--format', choices=['png', 'jpeg', 'gif'], default='png',
                    help='output format (default: %(default)s)')
parser.add_argument('-s', '--size', nargs=2, type=int, metavar=('W', 'H'),
                    help='resize to W by H pixels, keeping nothing of the aspect ratio')
parser.add_argument('--quality', type=int, default=85, help='JPEG quality')
parser.add_argument('--crop', metavar='X,Y,W,H', help='crop rectangle')
parser.add_argument('-v', '--verbose', action='count', default=0,
                    help='say more; repeat for even more')
parser.print_help()
