#include "Notifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace fr {

Notifier::Notifier(QWidget *window) : QObject(window), m_window(window) {}

void Notifier::jobFinished(const QString &title, const QString &text, bool problem)
{
    if (!m_window || m_window->isActiveWindow())
        return;
    ++m_shown;
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
            connect(m_tray, &QSystemTrayIcon::messageClicked, m_window, [w = m_window] {
                if (w) {
                    w->showNormal();
                    w->raise();
                    w->activateWindow();
                }
            });
        }
        m_tray->show();
        m_tray->showMessage(
            title, text, problem ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 8000);
    }
    QApplication::alert(m_window);
}

} // namespace fr
