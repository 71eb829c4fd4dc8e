#!/bin/sh
# Regenerates the sample inputs with ImageMagick 6 drawing commands (no photographs involved).
# Usage: resources/samples/generate.sh   (writes next to this script)
set -eu
IM=${CONVERT:-/usr/bin/convert}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
jpeg="-strip -sampling-factor 4:2:0 -interlace none -quality 86"

# product.jpg: a blue crew-neck T-shirt, flat lay on a light studio background.
SHIRT="polygon 425,230 300,262 135,470 250,548 292,478 282,1052 718,1052 708,478 750,548 865,470 700,262 575,230 537,262 500,273 463,262"
$IM -size 1000x1200 gradient:'#f8f8f6-#e2e2de' bg.png
$IM -size 1000x1200 xc:black -fill white -draw "$SHIRT" mask.png
$IM -size 1400x1400 radial-gradient:'#5b9be0-#1c4479' -gravity center -crop 1000x1200+0+0 +repage cloth.png
$IM cloth.png mask.png -alpha off -compose CopyOpacity -composite shirt.png
$IM mask.png -blur 0x18 -level 0,220% -fill '#000000' -colorize 0 \
    \( +clone -fill black -colorize 100 \) +swap -alpha off -compose CopyOpacity -composite \
    -channel A -evaluate multiply 0.35 +channel shadow.png
$IM bg.png \( shadow.png -geometry +14+22 \) -compose Over -composite \
    shirt.png -compose Over -composite \
    -fill '#173b66' -stroke none -draw "path 'M 425,230 Q 500,316 575,230 Q 500,250 425,230 Z'" \
    -fill none -stroke '#163a66' -strokewidth 5 -draw "$SHIRT" \
    -stroke '#2b5f9c' -strokewidth 16 -draw "path 'M 425,232 Q 500,316 575,232'" \
    -stroke '#14365f' -strokewidth 3 \
    -draw "path 'M 438,236 Q 500,300 562,236'" \
    -draw "line 153,447 261,521" -draw "line 847,447 739,521" \
    -draw "line 284,1020 716,1020" \
    -stroke '#ffffff30' -strokewidth 10 \
    -draw "path 'M 360,520 Q 380,760 350,980'" -draw "path 'M 610,560 Q 650,760 630,960'" \
    -stroke '#0c254530' -strokewidth 14 \
    -draw "path 'M 300,480 Q 330,700 310,1000'" -draw "path 'M 700,480 Q 680,720 690,1000'" \
    $jpeg "$here/product.jpg"

# model.jpg: a simple standing figure (head, hair, white T-shirt, jeans) in front of a wall.
$IM -size 768x1152 gradient:'#efe9e2-#d9d0c6' \
    -fill '#00000022' -stroke none -draw "ellipse 384,1090 170,26 0,360" \
    -fill '#e8b894' -stroke '#b98363' -strokewidth 3 \
    -draw "roundrectangle 350,250 418,320 12,12" \
    -draw "roundrectangle 176,330 238,720 30,30" -draw "roundrectangle 530,330 592,720 30,30" \
    -draw "ellipse 207,735 30,34 0,360" -draw "ellipse 561,735 30,34 0,360" \
    -draw "ellipse 384,190 82,100 0,360" \
    -fill '#3a2618' -stroke none \
    -draw "path 'M 300,190 Q 300,80 384,78 Q 470,80 468,190 Q 450,120 384,118 Q 318,120 300,190 Z'" \
    -fill '#2b1a10' -draw "ellipse 352,190 9,6 0,360" -draw "ellipse 416,190 9,6 0,360" \
    -fill none -stroke '#a0523d' -strokewidth 4 -draw "path 'M 356,240 Q 384,258 412,240'" \
    -fill '#f4f4f2' -stroke '#b8b8b4' -strokewidth 3 \
    -draw "polygon 300,300 468,300 590,340 600,470 540,470 530,420 530,660 238,660 238,420 228,470 168,470 178,340" \
    -fill '#d8d8d4' -stroke none -draw "path 'M 350,300 Q 384,345 418,300 Z'" \
    -fill '#2f4f7a' -stroke '#1f3656' -strokewidth 3 \
    -draw "polygon 240,650 528,650 540,1050 404,1050 390,760 378,760 364,1050 228,1050" \
    -fill '#1e1e22' -stroke none \
    -draw "roundrectangle 212,1040 372,1084 18,18" -draw "roundrectangle 396,1040 556,1084 18,18" \
    $jpeg "$here/model.jpg"

# face.jpg: a head-and-shoulders face sketch on a soft blue backdrop.
$IM -size 512x512 radial-gradient:'#cfe0f0-#8fb0d0' \
    -fill '#3a2618' -stroke none -draw "ellipse 256,220 150,170 0,360" \
    -fill '#5c6f82' -draw "path 'M 90,512 Q 110,400 256,390 Q 402,400 422,512 Z'" \
    -fill '#e3b08d' -stroke '#b98363' -strokewidth 3 \
    -draw "roundrectangle 216,330 296,420 20,20" \
    -draw "ellipse 132,250 22,36 0,360" -draw "ellipse 380,250 22,36 0,360" \
    -draw "ellipse 256,250 120,150 0,360" \
    -fill '#3a2618' -stroke none \
    -draw "path 'M 136,230 Q 140,92 256,90 Q 372,92 376,230 Q 350,140 256,138 Q 162,140 136,230 Z'" \
    -fill white -stroke '#7a5a48' -strokewidth 2 \
    -draw "ellipse 210,240 24,13 0,360" -draw "ellipse 302,240 24,13 0,360" \
    -fill '#4a6a3a' -stroke none -draw "circle 210,240 210,250" -draw "circle 302,240 302,250" \
    -fill black -draw "circle 210,240 210,245" -draw "circle 302,240 302,245" \
    -fill none -stroke '#3a2618' -strokewidth 6 \
    -draw "path 'M 180,212 Q 210,198 238,210'" -draw "path 'M 274,210 Q 302,198 332,212'" \
    -stroke '#b98363' -strokewidth 4 -draw "path 'M 256,250 L 246,300 Q 256,308 268,300'" \
    -stroke '#b04a48' -strokewidth 6 -draw "path 'M 214,335 Q 256,362 298,335'" \
    $jpeg "$here/face.jpg"

# background.jpg: a room corner: painted wall with a window, baseboard, wooden floor.
$IM -size 1200x620 gradient:'#ece4d6-#d6cab6' wall.png
$IM -size 1200x280 gradient:'#a87a4e-#6e4a2c' floor.png
$IM wall.png floor.png -append \
    -fill '#f6f1e8' -stroke '#bcae98' -strokewidth 6 -draw "rectangle 760,120 1060,460" \
    -fill '#cfe3f2' -stroke none -draw "rectangle 776,136 904,290" -draw "rectangle 916,136 1044,290" \
    -draw "rectangle 776,302 904,444" -draw "rectangle 916,302 1044,444" \
    -fill '#ffffff40' -draw "polygon 760,460 1060,460 1000,640 700,640" \
    -fill '#f2ede4' -stroke '#c4b8a4' -strokewidth 2 -draw "rectangle 0,596 1200,622" \
    -stroke '#5a3a20' -strokewidth 2 \
    -draw "line 0,660 1200,660" -draw "line 0,710 1200,710" -draw "line 0,770 1200,770" \
    -draw "line 0,840 1200,840" -draw "line 300,622 290,660" -draw "line 820,660 812,710" \
    -draw "line 520,710 510,770" -draw "line 140,770 128,840" -draw "line 960,840 948,900" \
    -fill '#8a5a3c' -stroke '#5e3c26' -strokewidth 3 -draw "polygon 120,560 200,560 188,640 132,640" \
    -fill '#4f7f3e' -stroke '#355a2a' -draw "ellipse 160,500 70,70 0,360" \
    -draw "ellipse 120,450 40,56 0,360" -draw "ellipse 200,440 44,60 0,360" \
    -attenuate 0.25 +noise Gaussian \
    $jpeg "$here/background.jpg"
