#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace fr {

class FashnClient;
class Session;

// Everything the user can set: the key (kept in the system keychain, never shown back in full,
// testable against /v1/credits), the backend, the library folder and file names, the output
// format, the confirmation threshold, the language, and for raised quotas the base URL, the
// in-flight limit and the rate limits. Nothing is written until OK.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Session *session, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    Ui::SettingsDialog *ui() const { return m_ui.get(); }
    // Sends the typed key (or the stored one) to /v1/credits and shows what came back.
    void testKey();
    void accept() override;

signals:
    // The key test finished with this text (tests wait for it).
    void keyTested(bool ok, const QString &text);
    // The settings were saved; keyChanged when a new key went into the keychain.
    void saved(bool keyChanged);

private:
    void load();
    void updateTemplatePreview();
    void updateBaseUrlProblem();
    void restoreLimits();
    bool save();

    Session *m_session;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    std::unique_ptr<FashnClient> m_testClient;
    QString m_storedKey;
    bool m_removeKey = false;
};

} // namespace fr
