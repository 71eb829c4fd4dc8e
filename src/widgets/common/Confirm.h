#pragma once

#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace fr {

// Questions to the user that never block the event loop: a window-modal QMessageBox opened with
// open(), answered through a callback. Tests queue answers with setNextAnswer() and read what
// was asked, so no test ever waits on a real dialog.
class Confirm
{
public:
    using Done = std::function<void(bool accepted)>;
    static void ask(QWidget *parent, const QString &title, const QString &text,
                    const QString &acceptLabel, Done done);

    // Test seam: the next question is answered at once (asynchronously) with this answer.
    static void setNextAnswer(std::optional<bool> answer);
    static int askedCount();
    static QString lastText();
    static void resetForTests();
};

} // namespace fr
