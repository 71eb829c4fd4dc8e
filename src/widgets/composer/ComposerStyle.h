#pragma once

#include "widgets/common/Colors.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

class QLabel;

namespace fr::composer {

// Colours of the composer derived from the current palette, so light and dark themes both work
// and nothing fights the user's system colours.
QColor mutedText(const QPalette &palette);
QColor errorText(const QPalette &palette);
QColor warningText(const QPalette &palette);
QColor cardFill(const QPalette &palette);
QColor cardBorder(const QPalette &palette);
using fr::mix; // widgets/common/Colors.h

// Small secondary text (captions, info lines), muted or in the error colour.
void makeCaption(QLabel *label);
void makeError(QLabel *label);
void makeSectionTitle(QLabel *label);

// Icons drawn in the palette's text colour: the theme may have no lock or dice icon.
QIcon lockIcon(const QPalette &palette);
QIcon diceIcon(const QPalette &palette);
QIcon clearIcon(const QPalette &palette);

} // namespace fr::composer
