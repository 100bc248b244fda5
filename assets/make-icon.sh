#!/usr/bin/env bash
# Draws assets/icon.png, the 128x128 package icon of NewsFacts and NewsFacts.Cli, with ImageMagick 6
# (Debian: apt-get install imagemagick). Shapes only, no fonts: a news page whose lines of text end in a
# pair of braces (facts compiled into code), on a rounded square. -strip and the date settings keep
# timestamps out of the file, so the same drawing makes the same bytes.
set -euo pipefail
cd "$(dirname "$0")"
convert=/usr/bin/convert   # the Debian binary (another `convert` may come first on PATH)

"$convert" -size 128x128 xc:none \
  -fill '#1f3b63' -draw 'roundrectangle 2,2 125,125 22,22' \
  -fill '#ffffff' -draw 'roundrectangle 24,18 92,110 6,6' \
  -fill '#1f3b63' -draw 'rectangle 32,28 84,38' \
  -fill '#9aa9bd' -draw 'rectangle 32,46 84,50' -draw 'rectangle 32,56 84,60' \
                  -draw 'rectangle 32,66 70,70' -draw 'rectangle 32,76 64,80' \
                  -draw 'rectangle 32,86 58,90' -draw 'rectangle 32,96 52,100' \
  -fill '#f2a33a' -draw 'roundrectangle 62,72 112,114 10,10' \
  -stroke '#1f3b63' -strokewidth 5 -fill none \
  -draw 'path "M 80,80 Q 73,80 73,87 L 73,90 Q 73,93 69,93 Q 73,93 73,96 L 73,99 Q 73,106 80,106"' \
  -draw 'path "M 94,80 Q 101,80 101,87 L 101,90 Q 101,93 105,93 Q 101,93 101,96 L 101,99 Q 101,106 94,106"' \
  -strip -define png:exclude-chunks=date,time +set date:create +set date:modify \
  PNG32:icon.png
