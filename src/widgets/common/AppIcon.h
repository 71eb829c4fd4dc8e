#pragma once

#include <QIcon>

namespace fr {

// The window icon, painted rather than loaded: Qt's SVG support is not among the studio's
// dependencies, and a painted icon is crisp at every size. packaging/ ships the same drawing
// as resources/icons/fittingroom.svg for desktop menus.
QIcon appIcon();

} // namespace fr
