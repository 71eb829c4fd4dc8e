#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace fr {

// Tells the user a job finished while they were in another window: a desktop notification
// through the system tray when there is one, else the taskbar entry asks for attention.
class Notifier : public QObject
{
    Q_OBJECT
public:
    explicit Notifier(QWidget *window);
    // Does nothing while the window is active: the jobs panel already shows it.
    void jobFinished(const QString &title, const QString &text, bool problem);
    int shownCount() const { return m_shown; } // tests

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    int m_shown = 0;
};

} // namespace fr
